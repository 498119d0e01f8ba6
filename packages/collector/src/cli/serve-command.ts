import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CollectorConfigInput } from '../config.js';
import { DEMO_PROGRAMME_ID, demoInvitation, ensureDemoProgramme } from '../demo/demo-programme.js';
import { startCollector, type RunningCollector } from '../server.js';
import { createStorage, SQLITE_FILE_NAME } from '../storage/create-storage.js';
import { CommandError } from './admin-commands.js';
import { integer, parse, storageFlags, UsageError } from './args.js';
import { loadConfig } from './load-config.js';

const serveFlags = {
  ...storageFlags,
  host: { type: 'string' },
  port: { type: 'string' },
  'cors-origin': { type: 'string', multiple: true },
  'frame-ancestor': { type: 'string', multiple: true },
  'trust-proxy': { type: 'boolean' },
  'rate-limit': { type: 'string' },
  'programme-rate-limit': { type: 'string' },
  'rate-limit-store': { type: 'string' },
  static: { type: 'string', multiple: true },
  'demo-login': { type: 'boolean' },
} as const;

// In the monorepo the demo's pages and the widget bundles sit at fixed places relative to dist/cli.
const repoPath = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

function rateLimitFlag(
  value: string | undefined,
  flag = '--rate-limit',
): CollectorConfigInput['rateLimit'] {
  if (value === undefined) return undefined;
  if (value === 'off') return false;
  const match = /^(\d+)\/(\d+(?:\.\d+)?)$/.exec(value);
  if (!match) throw new UsageError(`${flag} must be <burst>/<per-second>, e.g. 60/1, or "off"`);
  return { capacity: Number(match[1]), refillPerSecond: Number(match[2]) };
}

function rateLimitStoreFlag(value: string | undefined): CollectorConfigInput['rateLimitStore'] {
  if (value === undefined || value === 'memory' || value === 'postgres') return value;
  throw new UsageError('--rate-limit-store must be "memory" or "postgres"');
}

function staticFlag(values: string[] | undefined) {
  return values?.map((v) => {
    const at = v.indexOf('=');
    if (at < 1) throw new UsageError('--static must be <url-prefix>=<directory>, e.g. /=./public');
    return { urlPrefix: v.slice(0, at), directory: resolve(v.slice(at + 1)) };
  });
}

/** `serve` and `demo`: start the service, print where it is, stop cleanly on Ctrl-C / SIGTERM. */
export async function serveCommand(args: string[], mode: 'serve' | 'demo'): Promise<void> {
  const { values } = parse(args, serveFlags);
  const flags: CollectorConfigInput = {
    host: values.host,
    port: values.port === undefined ? undefined : integer(values.port, '--port'),
    dataDir: values['data-dir'],
    databaseUrl: values['database-url'],
    corsOrigins: values['cors-origin'],
    frameAncestors: values['frame-ancestor'],
    trustProxy: values['trust-proxy'],
    rateLimit: rateLimitFlag(values['rate-limit']),
    programmeRateLimit: rateLimitFlag(values['programme-rate-limit'], '--programme-rate-limit'),
    rateLimitStore: rateLimitStoreFlag(values['rate-limit-store']),
    staticSites: staticFlag(values.static),
    demoLogin: values['demo-login'],
  };
  const defaults: CollectorConfigInput =
    mode === 'demo'
      ? {
          port: 8787,
          dataDir: repoPath('.genbridge-data/demo'),
          staticSites: [
            { urlPrefix: '/', directory: repoPath('examples/intranet-demo') },
            { urlPrefix: '/widget/', directory: repoPath('packages/widget/bundle') },
          ],
        }
      : {};
  const config = loadConfig(values.config, flags, defaults);
  for (const site of config.staticSites) {
    if (!existsSync(site.directory)) {
      throw new CommandError(
        `${site.directory} does not exist (for ${site.urlPrefix}); build the widget bundles first: pnpm build`,
      );
    }
  }
  const storage = await createStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  let running: RunningCollector;
  try {
    if (mode === 'demo') {
      const seeded = await ensureDemoProgramme(storage);
      if (seeded.created)
        console.log(
          `Seeded the demo programme "${DEMO_PROGRAMME_ID}" with ${seeded.seeded} synthetic responses.`,
        );
    }
    running = await startCollector(config, { storage });
  } catch (error) {
    await storage.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new CommandError(
        `port ${config.port} on ${config.host} is in use; choose another with --port <n> or PORT=<n>`,
      );
    }
    throw error;
  }

  const where = config.databaseUrl
    ? 'PostgreSQL (GENBRIDGE_DATABASE_URL)'
    : `SQLite at ${resolve(config.dataDir, SQLITE_FILE_NAME)}`;
  const token = running.adminToken;
  const tokenLine =
    token.source === 'generated'
      ? `generated on first run and saved to ${token.file} (mode 0600)`
      : token.source === 'file'
        ? `in ${token.file}`
        : token.source === 'environment'
          ? 'from GENBRIDGE_ADMIN_TOKEN'
          : 'from the configuration file';
  console.log(`genbridge-collector listening on ${running.url}/`);
  console.log(`  storage:     ${where}`);
  console.log(`  admin token: ${tokenLine}`);
  if (mode === 'demo') {
    const invite = await demoInvitation(storage);
    console.log(
      `  demo:        open ${running.url}/ (programme "${DEMO_PROGRAMME_ID}"; its released reports are public because it is a demo)`,
    );
    console.log(
      `  invitation:  ${running.url}/baseline.html?invite=${invite}  (demo only: a fresh one each start)`,
    );
  }
  if (config.demoLogin)
    console.log(
      `  console:     ${running.url}/admin/  (DEMO sign-in: anyone can pick a role; never use with real data)`,
    );
  console.log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.error(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    console.log(`\n${signal}: stopping (finishing requests in flight, closing the database)...`);
    running.close().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('error while stopping:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
