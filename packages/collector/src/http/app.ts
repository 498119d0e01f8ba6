import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { responsesToCsv } from '@genbridge/scoring';
import { bearerToken, tokenMatches } from '../auth/admin-token.js';
import { responsesToXlsx } from '../exports/responses-xlsx.js';
import type { Storage } from '../storage/storage.js';
import { asStorageUnavailable, StorageUnavailableError } from '../storage/storage-unavailable.js';
import { clientAddress } from './client-address.js';
import { problem } from './problem.js';
import {
  createProgramme,
  describeProgramme,
  updateProgramme,
  type AdminResult,
} from './programme-admin.js';
import { programmeReport } from './programme-report.js';
import { TokenBuckets, type RateLimitOptions } from './rate-limit.js';
import { readJsonBody } from './read-json.js';
import { receiveResponse } from './responses-route.js';
import { securityHeaders } from './security-headers.js';
import { findStaticFile, staticResponse, type StaticSite } from './static-files.js';

/** Options of {@link createCollectorApp}. */
export interface CollectorAppOptions {
  storage: Storage;
  /** The admin bearer token (see `resolveAdminToken`). */
  adminToken: string;
  /** Origins allowed to call the API from a browser, e.g. `https://intranet.example.com`. Default: none (same origin only). */
  corsOrigins?: readonly string[];
  /** Per-client-address token bucket over `/api/*`; `false` turns it off. Default 60 burst, 1 per second. */
  rateLimit?: RateLimitOptions | false;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). Default false. */
  trustProxy?: boolean;
  /** Largest accepted request body. Default 64 KiB. */
  maxBodyBytes?: number;
  /** Directories served as static files outside `/api/` (the demo intranet, widget bundles). */
  staticSites?: readonly StaticSite[];
  /** Clock, for tests. */
  now?: () => Date;
  /** Where unexpected errors are reported. Default: console.error. */
  onError?: (error: unknown) => void;
}

/** /readyz answers within this even when the database does not. */
const READY_DEADLINE_MS = 3000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageUnavailableError('timeout')), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Default body limit: a complete exit survey with both open answers at their maximum is ~10 KB. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { capacity: 60, refillPerSecond: 1 };

/**
 * Builds the collector as a Hono app. Its `fetch(request)` is a web-standard handler: serve it with
 * `@hono/node-server`, mount it under a route of an existing Node server, or run it on any runtime
 * with Request/Response.
 */
export function createCollectorApp(options: CollectorAppOptions): Hono {
  const { storage, adminToken } = options;
  const now = options.now ?? (() => new Date());
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const allowedOrigins = new Set(options.corsOrigins ?? []);
  const report =
    options.onError ?? ((error: unknown) => console.error('genbridge-collector:', error));
  const app = new Hono();

  app.use('*', securityHeaders());
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (allowedOrigins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowHeaders: ['Content-Type', 'Authorization'],
      credentials: true,
      maxAge: 600,
    }),
  );
  if (options.rateLimit !== false) {
    const buckets = new TokenBuckets(options.rateLimit ?? DEFAULT_RATE_LIMIT);
    app.use('/api/*', async (c, next) => {
      const verdict = buckets.take(clientAddress(c, options.trustProxy ?? false));
      if (!verdict.allowed) {
        c.header('Retry-After', String(verdict.retryAfterSeconds));
        return problem(
          c,
          429,
          'rate_limited',
          `too many requests; try again in ${verdict.retryAfterSeconds} s`,
        );
      }
      await next();
    });
  }

  const isAdmin = (c: Context) => {
    const presented = bearerToken(c.req.header('authorization'));
    return presented !== undefined && tokenMatches(presented, adminToken);
  };
  const unauthorized = (c: Context) => {
    c.header('WWW-Authenticate', 'Bearer realm="genbridge"');
    return problem(
      c,
      401,
      'unauthorized',
      'this needs the admin token: "Authorization: Bearer <token>"',
    );
  };
  const requireAdmin: MiddlewareHandler = async (c, next) => {
    if (!isAdmin(c)) return unauthorized(c);
    await next();
  };
  const fail = (c: Context, result: Extract<AdminResult<unknown>, { ok: false }>) =>
    problem(c, result.status, result.code, result.error, result.errors);

  // Liveness: the process answers. It never waits on the database, so a slow or hung database
  // does not get a healthy collector restarted; /readyz is the one to route traffic by.
  app.get('/healthz', (c) => c.json({ status: 'ok', storage: storage.kind }));
  app.get('/readyz', async (c) => {
    try {
      await withDeadline(storage.checkWritable(), READY_DEADLINE_MS);
      return c.json({ status: 'ready', storage: storage.kind });
    } catch (error) {
      const unavailable = asStorageUnavailable(error) ?? new StorageUnavailableError('timeout');
      c.header('Retry-After', String(unavailable.retryAfterSeconds));
      return c.json(
        { status: 'unavailable', storage: storage.kind, reason: unavailable.reason },
        503,
      );
    }
  });

  app.post('/api/programmes/:id/responses', (c) =>
    receiveResponse(c, storage, { maxBodyBytes, now }),
  );

  app.get('/api/programmes', requireAdmin, async (c) => {
    const programmes = await storage.listProgrammes();
    return c.json({
      programmes: await Promise.all(programmes.map((p) => describeProgramme(storage, p))),
    });
  });
  app.post('/api/programmes', requireAdmin, async (c) => {
    const body = await readJsonBody(c, maxBodyBytes * 4);
    if (!body.ok) return body.response;
    const result = await createProgramme(storage, body.value);
    return result.ok
      ? c.json(await describeProgramme(storage, result.value), 201)
      : fail(c, result);
  });
  app.get('/api/programmes/:id', requireAdmin, async (c) => {
    const programme = await storage.getProgramme(c.req.param('id'));
    if (!programme)
      return problem(c, 404, 'programme_not_found', `there is no programme "${c.req.param('id')}"`);
    return c.json({
      ...(await describeProgramme(storage, programme)),
      instrument: programme.instrument,
    });
  });
  app.patch('/api/programmes/:id', requireAdmin, async (c) => {
    const body = await readJsonBody(c, maxBodyBytes * 4);
    if (!body.ok) return body.response;
    const result = await updateProgramme(storage, c.req.param('id'), body.value);
    return result.ok
      ? c.json(await describeProgramme(storage, result.value), 200)
      : fail(c, result);
  });
  app.delete('/api/programmes/:id/participants/:code', requireAdmin, async (c) => {
    const programme = await storage.getProgramme(c.req.param('id'));
    if (!programme)
      return problem(c, 404, 'programme_not_found', `there is no programme "${c.req.param('id')}"`);
    const deleted = await storage.deleteParticipant(programme.id, c.req.param('code'));
    return c.json({ programmeId: programme.id, participant: c.req.param('code'), deleted });
  });
  app.delete('/api/programmes/:id/responses', requireAdmin, async (c) => {
    const programme = await storage.getProgramme(c.req.param('id'));
    if (!programme)
      return problem(c, 404, 'programme_not_found', `there is no programme "${c.req.param('id')}"`);
    const before = c.req.query('before') ?? '';
    if (!/^\d{4}-\d{2}-\d{2}/.test(before) || Number.isNaN(Date.parse(before))) {
      return problem(c, 400, 'invalid_query', 'give ?before=<ISO 8601 date>', [
        { path: 'before', message: 'must be an ISO 8601 date or date-time' },
      ]);
    }
    const deleted = await storage.deleteResponsesBefore(programme.id, before);
    return c.json({ programmeId: programme.id, before: new Date(before).toISOString(), deleted });
  });

  app.get('/api/programmes/:id/report', async (c) => {
    const admin = isAdmin(c);
    const programme = await storage.getProgramme(c.req.param('id'));
    // Without the token, an unknown programme looks like a private one: ids are not disclosed.
    if (!admin && !programme?.publicReport) return unauthorized(c);
    if (!programme)
      return problem(c, 404, 'programme_not_found', `there is no programme "${c.req.param('id')}"`);
    return c.json(await programmeReport(storage, programme, now));
  });
  app.get('/api/programmes/:id/export.json', requireAdmin, async (c) => {
    const programme = await storage.getProgramme(c.req.param('id'));
    if (!programme)
      return problem(c, 404, 'programme_not_found', `there is no programme "${c.req.param('id')}"`);
    c.header('Content-Disposition', `attachment; filename="${programme.id}-responses.json"`);
    return c.json(await storage.listResponses(programme.id));
  });
  app.get('/api/programmes/:id/export.csv', requireAdmin, async (c) => {
    const programme = await storage.getProgramme(c.req.param('id'));
    if (!programme)
      return problem(c, 404, 'programme_not_found', `there is no programme "${c.req.param('id')}"`);
    const csv = responsesToCsv(await storage.listResponses(programme.id), programme.instrument);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${programme.id}-responses.csv"`);
    return c.body(csv, 200);
  });

  app.get('/api/programmes/:id/export.xlsx', requireAdmin, async (c) => {
    const programme = await storage.getProgramme(c.req.param('id'));
    if (!programme)
      return problem(c, 404, 'programme_not_found', `there is no programme "${c.req.param('id')}"`);
    const workbook = await responsesToXlsx(
      await storage.listResponses(programme.id),
      programme.instrument,
    );
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', `attachment; filename="${programme.id}-responses.xlsx"`);
    return c.body(new Uint8Array(workbook), 200);
  });

  const sites = options.staticSites ?? [];
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || sites.length === 0) return next();
    const found = await findStaticFile(sites, c.req.path);
    return found ? staticResponse(found, c.req.method) : next();
  });

  app.notFound((c) => problem(c, 404, 'not_found', `nothing at ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    const unavailable = asStorageUnavailable(error);
    if (unavailable) {
      report(unavailable);
      c.header('Retry-After', String(unavailable.retryAfterSeconds));
      return problem(
        c,
        503,
        'storage_unavailable',
        `the database is unavailable (${unavailable.reason.replace('_', ' ')}); nothing was stored, try again in ${unavailable.retryAfterSeconds} s`,
      );
    }
    report(error);
    return problem(
      c,
      500,
      'internal_error',
      'the collector failed to handle this request; it has been logged',
    );
  });
  return app;
}
