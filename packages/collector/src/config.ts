import { z } from 'zod';
import { AuthConfig } from './auth/auth-config.js';

/**
 * Collector configuration, from a JSON file (`--config`), environment variables and CLI flags, in
 * rising precedence. Every key is optional; the defaults run a private collector on loopback.
 */
export const CollectorConfig = z
  .strictObject({
    /** Interface to listen on. Default 127.0.0.1: put a reverse proxy in front for other machines. */
    host: z.string().min(1).default('127.0.0.1'),
    port: z.number().int().min(0).max(65_535).default(8080),
    /** Holds the embedded database and the generated admin token. */
    dataDir: z.string().min(1).default('./genbridge-data'),
    /** PostgreSQL connection URL; when set, the embedded database is not used. */
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    /** Admin bearer token (at least 16 characters). Prefer GENBRIDGE_ADMIN_TOKEN or the generated file. */
    adminToken: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Browser origins allowed to call the API, e.g. ["https://intranet.example.com"]. */
    corsOrigins: z
      .array(z.url('must be an origin such as https://intranet.example.com'))
      .default([]),
    /** Origins allowed to frame the `/embed/` pages, e.g. ["https://contoso.sharepoint.com"]. */
    frameAncestors: z
      .array(z.url('must be an origin such as https://contoso.sharepoint.com'))
      .default([]),
    /** Trust X-Forwarded-For for the client address (only behind your own proxy). */
    trustProxy: z.boolean().default(false),
    /** Rate limit per client address: burst and sustained requests per second; false turns it off. */
    rateLimit: z
      .union([
        z.literal(false),
        z.strictObject({
          capacity: z.number().int().min(1),
          refillPerSecond: z.number().positive(),
        }),
      ])
      .default({ capacity: 60, refillPerSecond: 1 }),
    /** Rate limit per programme on its public endpoints (submissions, invitation status); false turns it off. */
    programmeRateLimit: z
      .union([
        z.literal(false),
        z.strictObject({
          capacity: z.number().int().min(1),
          refillPerSecond: z.number().positive(),
        }),
      ])
      .default({ capacity: 600, refillPerSecond: 20 }),
    /**
     * Where the rate limits count: `memory` (each collector its own) or `postgres` (shared by every
     * collector on `databaseUrl`, for several collectors behind one proxy).
     */
    rateLimitStore: z.enum(['memory', 'postgres']).default('memory'),
    maxBodyBytes: z
      .number()
      .int()
      .min(1024)
      .default(64 * 1024),
    /** Extra static directories, `{ urlPrefix, directory }` (the demo uses this). */
    staticSites: z
      .array(
        z.strictObject({
          urlPrefix: z.string().regex(/^\/(.*\/)?$/, 'must start and end with "/"'),
          directory: z.string(),
        }),
      )
      .default([]),
    ...AuthConfig,
  })
  .refine((config) => config.rateLimitStore !== 'postgres' || config.databaseUrl !== undefined, {
    path: ['rateLimitStore'],
    message: '"postgres" needs databaseUrl (the rate limit is counted in that database)',
  });
export type CollectorConfig = z.infer<typeof CollectorConfig>;
export type CollectorConfigInput = z.input<typeof CollectorConfig>;

/** Reads the `GENBRIDGE_*` environment variables (and PORT/HOST) into config keys. */
export function configFromEnv(env: NodeJS.ProcessEnv): CollectorConfigInput {
  const out: Record<string, unknown> = {};
  if (env.GENBRIDGE_HOST ?? env.HOST) out.host = env.GENBRIDGE_HOST ?? env.HOST;
  if (env.GENBRIDGE_PORT ?? env.PORT) out.port = Number(env.GENBRIDGE_PORT ?? env.PORT);
  if (env.GENBRIDGE_DATA_DIR) out.dataDir = env.GENBRIDGE_DATA_DIR;
  if (env.GENBRIDGE_DATABASE_URL) out.databaseUrl = env.GENBRIDGE_DATABASE_URL;
  if (env.GENBRIDGE_CORS_ORIGINS)
    out.corsOrigins = env.GENBRIDGE_CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (env.GENBRIDGE_FRAME_ANCESTORS)
    out.frameAncestors = env.GENBRIDGE_FRAME_ANCESTORS.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (env.GENBRIDGE_TRUST_PROXY)
    out.trustProxy = env.GENBRIDGE_TRUST_PROXY === 'true' || env.GENBRIDGE_TRUST_PROXY === '1';
  if (env.GENBRIDGE_RATE_LIMIT_STORE) out.rateLimitStore = env.GENBRIDGE_RATE_LIMIT_STORE;
  // GENBRIDGE_ADMIN_TOKEN is read by resolveAdminToken, so it is never copied into a config object.
  return out as CollectorConfigInput;
}
