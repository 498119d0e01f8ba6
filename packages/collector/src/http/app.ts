import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { responsesToCsv } from '@genbridge/scoring';
import type { AuthEnv } from '../auth/access-control.js';
import { installAuth, type AuthOptions } from '../auth/install-auth.js';
import { canReachProgramme, summaryFor } from '../auth/roles.js';
import { responsesToXlsx } from '../exports/responses-xlsx.js';
import type { Storage } from '../storage/storage.js';
import { asStorageUnavailable, StorageUnavailableError } from '../storage/storage-unavailable.js';
import { clientAddress } from './client-address.js';
import { embedRoutes } from './embed-pages.js';
import { openApiDocument } from './openapi.js';
import { COLLECTOR_VERSION } from '../version.js';
import { problem } from './problem.js';
import { DomainError, programmeNotFound } from '../domain/errors.js';
import { effectiveResponses } from '../domain/effective-responses.js';
import {
  invitationStatus,
  issueInvitations,
  listInvitations,
  revokeInvitation,
} from '../domain/invitations.js';
import { changeProgramme } from '../domain/programme-changes.js';
import { liveParticipation } from '../domain/live-participation.js';
import {
  createProgramme,
  describeProgramme,
  findProgramme,
  listProgrammes,
} from '../domain/programmes.js';
import { createRelease, getRelease, getReleaseSummary, listReleases } from '../domain/releases.js';
import { eraseParticipant, purgeResponses } from '../domain/responses.js';
import { surveyPrivacy } from '../domain/survey-settings.js';
import { addressGroup } from './address-group.js';
import { domainProblem } from './domain-errors.js';
import { HTTPResponse } from './http-response.js';
import { invitationToken } from './invitation-header.js';
import { ReleaseCache } from './release-cache.js';
import { notModified, storedReport } from './stored-report.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import { readJsonBody } from './read-json.js';
import { effectiveBodyLimit } from './file-limit.js';
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
  /** Token bucket per programme over its public endpoints (submissions, invitation status); `false` turns it off. Default 600 burst, 20 per second. */
  programmeRateLimit?: RateLimitOptions | false;
  /**
   * Count both rate limits in the database (`storage.rateWindows`), so they hold across several
   * collectors on one PostgreSQL. Default false: each process counts its own.
   */
  sharedRateLimit?: boolean;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). Default false. */
  trustProxy?: boolean;
  /** Largest accepted request body. Default 64 KiB (raised to fit `maxFileBytes`). */
  maxBodyBytes?: number;
  /**
   * Largest file a survey's file question may send (bytes; match the page's
   * `<genbridge-survey max-file-size>`). The body cap grows to fit one such file as a data URL, and
   * a larger file is refused with 400 `file_too_large` naming its field. Default: no file limit.
   */
  maxFileBytes?: number;
  /** Directories served as static files outside `/api/` (the demo intranet, widget bundles). */
  staticSites?: readonly StaticSite[];
  /**
   * Origins allowed to show the `/embed/` pages in an iframe (CSP `frame-ancestors`), e.g. a
   * SharePoint or Confluence site. Default: none (only the collector's own pages).
   */
  frameAncestors?: readonly string[];
  /** Sign-in: OpenID Connect, trusted proxy header, demo login (API tokens always work). */
  auth?: AuthOptions;
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
/** A launch e-mail to a few thousand people: bursts of hundreds, then a steady trickle. */
export const DEFAULT_PROGRAMME_RATE_LIMIT: RateLimitOptions = {
  capacity: 600,
  refillPerSecond: 20,
};

/**
 * Builds the collector as a Hono app. Its `fetch(request)` is a web-standard handler: serve it with
 * `@hono/node-server`, mount it under a route of an existing Node server, or run it on any runtime
 * with Request/Response.
 */
export function createCollectorApp(options: CollectorAppOptions): Hono<AuthEnv> {
  const { storage, adminToken } = options;
  const now = options.now ?? (() => new Date());
  const maxFileBytes = options.maxFileBytes;
  const maxBodyBytes = effectiveBodyLimit(
    options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxFileBytes,
  );
  const allowedOrigins = new Set(options.corsOrigins ?? []);
  const report =
    options.onError ?? ((error: unknown) => console.error('genbridge-collector:', error));
  const app = new Hono<AuthEnv>();

  app.use('*', securityHeaders({ frameAncestors: options.frameAncestors }));
  app.use(
    '/api/*',
    cors({
      origin: (origin) => (allowedOrigins.has(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'PATCH', 'DELETE'],
      allowHeaders: ['Content-Type', 'Authorization', 'If-None-Match', 'X-CSRF-Token'],
      exposeHeaders: ['ETag', 'Genbridge-Release', 'Retry-After'],
      credentials: true,
      maxAge: 600,
    }),
  );
  const rateLimited = (c: Context, seconds: number) => {
    c.header('Retry-After', String(seconds));
    return problem(c, 429, 'rate_limited', `too many requests; try again in ${seconds} s`);
  };
  if (options.sharedRateLimit && !storage.rateWindows)
    throw new Error(`a shared rate limit needs PostgreSQL storage, not ${storage.kind}`);
  const sharedWindows = options.sharedRateLimit ? storage.rateWindows : undefined;
  if (options.rateLimit !== false) {
    const buckets = createRateLimiter(
      options.rateLimit ?? DEFAULT_RATE_LIMIT,
      'address',
      sharedWindows,
    );
    app.use('/api/*', async (c, next) => {
      const address = addressGroup(clientAddress(c, options.trustProxy ?? false));
      const verdict = await buckets.take(address);
      if (!verdict.allowed) return rateLimited(c, verdict.retryAfterSeconds);
      await next();
    });
  }
  const programmeBuckets =
    options.programmeRateLimit === false
      ? undefined
      : createRateLimiter(
          options.programmeRateLimit ?? DEFAULT_PROGRAMME_RATE_LIMIT,
          'programme',
          sharedWindows,
        );

  // Who may call what: one table (auth/endpoint-roles.ts), enforced for every /api route below.
  installAuth(app, { ...options.auth, store: storage.auth, adminToken, now, onError: report });
  const unauthorized = (c: Context) => {
    c.header('WWW-Authenticate', 'Bearer realm="genbridge"');
    return problem(c, 401, 'unauthorized', 'sign in or send an API token to read this report');
  };
  const id = (c: Context) => c.req.param('id') ?? '';
  const releases = new ReleaseCache();
  const adminBody = async (c: Context) => {
    const body = await readJsonBody(c, maxBodyBytes * 4);
    if (!body.ok) throw new HTTPResponse(body.response);
    return body.value;
  };
  /**
   * Released reports are readable by whoever may reach the programme (a viewer only when granted),
   * and by anyone when the programme publishes its report. Without access an unknown programme
   * looks like a private one: ids are not disclosed.
   */
  const readableProgramme = async (c: Context<AuthEnv>) => {
    const identity = c.get('identity');
    const allowed = identity !== undefined && canReachProgramme(identity, id(c));
    const programme = await storage.getProgramme(id(c));
    if (!allowed && !programme?.publicReport) throw new HTTPResponse(unauthorized(c));
    if (!programme) throw programmeNotFound(id(c));
    return programme;
  };

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

  if (programmeBuckets) {
    // Per programme as well as per address: many addresses cannot flood one programme either.
    const limitProgramme: MiddlewareHandler = async (c, next) => {
      const verdict = await programmeBuckets.take(id(c));
      if (!verdict.allowed) return rateLimited(c, verdict.retryAfterSeconds);
      await next();
    };
    app.post('/api/programmes/:id/responses', limitProgramme);
    app.get('/api/programmes/:id/invitation/status', limitProgramme);
    app.get('/api/programmes/:id/survey-settings', limitProgramme);
  }
  app.post('/api/programmes/:id/responses', (c) =>
    receiveResponse(c, storage, { maxBodyBytes, maxFileBytes, now }),
  );
  app.get('/api/programmes/:id/invitation/status', async (c) =>
    c.json(await invitationStatus(storage, id(c), invitationToken(c.req.header('authorization')))),
  );

  // What the survey promises participants about open answers follows these (issue 14, finding 4).
  app.get('/api/programmes/:id/survey-settings', async (c) => {
    const programme = await findProgramme(storage, id(c));
    c.header('Cache-Control', 'no-cache');
    return c.json({ programmeId: programme.id, privacy: surveyPrivacy(programme) });
  });

  app.get('/api/programmes', async (c) => {
    const identity = c.get('identity')!;
    const programmes = await listProgrammes(storage);
    return c.json({
      programmes: programmes
        .filter((p) => canReachProgramme(identity, p.id))
        .map((p) => summaryFor(identity, p)),
    });
  });
  app.post('/api/programmes', async (c) => {
    const created = await createProgramme(storage, await adminBody(c));
    return c.json(summaryFor(c.get('identity')!, await describeProgramme(storage, created)), 201);
  });
  app.get('/api/programmes/:id', async (c) => {
    const programme = await findProgramme(storage, id(c));
    return c.json({
      ...summaryFor(c.get('identity')!, await describeProgramme(storage, programme)),
      instrument: programme.instrument,
    });
  });
  app.patch('/api/programmes/:id', async (c) => {
    const { programme, release } = await changeProgramme(storage, id(c), await adminBody(c), now);
    return c.json({
      ...summaryFor(c.get('identity')!, await describeProgramme(storage, programme)),
      ...(release ? { release } : {}),
    });
  });
  app.delete('/api/programmes/:id/participants/:code', async (c) =>
    c.json(await eraseParticipant(storage, id(c), c.req.param('code'))),
  );
  app.delete('/api/programmes/:id/responses', async (c) =>
    c.json(await purgeResponses(storage, id(c), c.req.query('before') ?? '')),
  );

  app.post('/api/programmes/:id/invitations', async (c) => {
    const invitations = await issueInvitations(storage, id(c), await adminBody(c), now);
    // Shown once: the response must not linger in any cache.
    c.header('Cache-Control', 'no-store');
    return c.json({ programmeId: id(c), invitations }, 201);
  });
  app.get('/api/programmes/:id/participation', async (c) => {
    // Live figures: never cached, by the browser or anything in between.
    c.header('Cache-Control', 'no-store');
    return c.json(await liveParticipation(storage, id(c)));
  });
  app.get('/api/programmes/:id/invitations', async (c) =>
    c.json(await listInvitations(storage, id(c))),
  );
  app.post('/api/programmes/:id/invitations/:invitation/revoke', async (c) =>
    c.json(await revokeInvitation(storage, id(c), c.req.param('invitation'), now)),
  );

  app.post('/api/programmes/:id/releases', async (c) =>
    c.json(await createRelease(storage, id(c), 'manager_request', now), 201),
  );
  app.get('/api/programmes/:id/releases', async (c) => {
    const programme = await readableProgramme(c);
    return c.json(await listReleases(storage, programme.id));
  });
  const serveRelease = async (c: Context<AuthEnv>, number: number | 'latest') => {
    const programme = await readableProgramme(c);
    // The number and ETag first (a small row): a revalidation never reads the report, and the
    // report text of an immutable release comes from memory after the first read.
    const summary = await getReleaseSummary(storage, programme, number);
    const unchanged = notModified(c, summary, programme.publicReport);
    if (unchanged) return unchanged;
    const release =
      releases.get(programme.id, summary.number) ??
      releases.set(programme.id, await getRelease(storage, programme, summary.number));
    return storedReport(c, release, programme.publicReport);
  };
  app.get('/api/programmes/:id/releases/:number', async (c) => {
    const n = c.req.param('number');
    if (!/^[1-9]\d{0,8}$/.test(n))
      return problem(c, 400, 'invalid_release', 'the release number is not valid', [
        { path: 'number', message: 'must be a positive integer' },
      ]);
    return serveRelease(c, Number(n));
  });
  app.get('/api/programmes/:id/report', (c) => serveRelease(c, 'latest'));

  app.get('/api/programmes/:id/export.json', async (c) => {
    const programme = await findProgramme(storage, id(c));
    c.header('Content-Disposition', `attachment; filename="${programme.id}-responses.json"`);
    const stored = await storage.listResponses(programme.id);
    // ?effective=true: the responses a report counts (one per participant and wave), for checking.
    return c.json(
      c.req.query('effective') === 'true' ? effectiveResponses(programme, stored) : stored,
    );
  });
  app.get('/api/programmes/:id/export.csv', async (c) => {
    const programme = await findProgramme(storage, id(c));
    const csv = responsesToCsv(await storage.listResponses(programme.id), programme.instrument);
    c.header('Content-Type', 'text/csv; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="${programme.id}-responses.csv"`);
    return c.body(csv, 200);
  });

  app.get('/api/programmes/:id/export.xlsx', async (c) => {
    const programme = await findProgramme(storage, id(c));
    const workbook = await responsesToXlsx(
      await storage.listResponses(programme.id),
      programme.instrument,
    );
    c.header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    c.header('Content-Disposition', `attachment; filename="${programme.id}-responses.xlsx"`);
    return c.body(new Uint8Array(workbook), 200);
  });

  const apiDescription = openApiDocument(COLLECTOR_VERSION);
  app.get('/api/openapi.json', (c) => c.json(apiDescription));

  app.route('/', embedRoutes({ frameAncestors: options.frameAncestors ?? [] }));

  const sites = options.staticSites ?? [];
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || sites.length === 0) return next();
    const found = await findStaticFile(sites, c.req.path);
    return found ? staticResponse(found, c.req.method) : next();
  });

  app.notFound((c) => problem(c, 404, 'not_found', `nothing at ${c.req.method} ${c.req.path}`));
  app.onError((error, c) => {
    if (error instanceof HTTPResponse) return error.response;
    if (error instanceof DomainError) return domainProblem(c, error);
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
