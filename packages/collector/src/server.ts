import { serve } from '@hono/node-server';
import { defaultConsoleDir } from './auth/console-dir.js';
import type { AddressInfo } from 'node:net';
import { resolveAdminToken, type ResolvedAdminToken } from './auth/admin-token.js';
import { CollectorConfig, type CollectorConfigInput } from './config.js';
import { createCollectorApp } from './http/app.js';
import { createStorage } from './storage/create-storage.js';
import type { Storage } from './storage/storage.js';

/** A running collector. */
export interface RunningCollector {
  url: string;
  storage: Storage;
  adminToken: ResolvedAdminToken;
  config: CollectorConfig;
  /** Stops accepting connections, lets requests in flight finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens storage, resolves the admin token and listens. Used by `genbridge-collector serve`. */
export async function startCollector(
  input: CollectorConfigInput,
  options: { storage?: Storage } = {},
): Promise<RunningCollector> {
  const config = CollectorConfig.parse(input);
  const adminToken = resolveAdminToken({ token: config.adminToken, dataDir: config.dataDir });
  const storage =
    options.storage ??
    (await createStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const app = createCollectorApp({
    storage,
    adminToken: adminToken.token,
    corsOrigins: config.corsOrigins,
    frameAncestors: config.frameAncestors,
    rateLimit: config.rateLimit,
    programmeRateLimit: config.programmeRateLimit,
    sharedRateLimit: config.rateLimitStore === 'postgres',
    trustProxy: config.trustProxy,
    maxBodyBytes: config.maxBodyBytes,
    staticSites: config.staticSites,
    auth: {
      publicUrl: config.publicUrl,
      oidc: config.oidc,
      proxyAuth: config.proxyAuth,
      demoLogin: config.demoLogin,
      sessionHours: config.sessionHours,
      consoleDir: config.consoleDir ?? defaultConsoleDir(),
    },
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, () =>
      resolve(s),
    );
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host}:${port}`,
    storage,
    adminToken,
    config,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Keep-alive connections would hold close() open; idle ones can go now.
          (server as unknown as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        await storage.close();
      })();
      return closing;
    },
  };
}
