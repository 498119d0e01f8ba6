/* global Buffer */
// Dev-server middleware for the <genbridge-admin> browser tests: a stand-in for the collector's
// admin API under /admin-api/ (real HTTP and status codes), answering as a signed-in manager with
// one programme. Its participation endpoint answers with data, with an error (?mode=error, set
// per test through /admin-api/mode/<mode>) or slowly. Loaded by web-test-runner.config.mjs.

let mode = 'data';
/** Invitations created since the last mode change, and every batch body received (for the tests). */
let invitations = [];
let batches = [];
let issuedSoFar = 0;

/** The request's JSON body (the dev server has no body parser). */
async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

const programme = {
  id: 'spring-pilot',
  name: 'Spring pilot',
  status: 'open',
  anonymityThreshold: 5,
  accessMode: 'invitation',
  cohorts: [
    { id: 'spring', label: 'Spring' },
    { id: 'autumn', label: 'Autumn' },
  ],
  responses: 21,
  releases: 0,
  schedule: {
    baseline: { opens: '2026-03-01T08:00:00.000Z', closes: '2026-03-15T17:00:00.000Z' },
    exit: { opens: '2026-09-01T08:00:00.000Z' },
  },
};

const participation = {
  programmeId: 'spring-pilot',
  anonymityThreshold: 5,
  waves: [
    {
      wave: 'baseline',
      total: 14,
      cohorts: [
        { cohort: 'spring', label: 'Spring', n: 11 },
        { cohort: 'autumn', label: 'Autumn', n: null, suppressed: 'below_threshold' },
        { cohort: 'not_stated', label: 'Not stated', n: 0 },
      ],
    },
    {
      wave: 'exit',
      total: 7,
      cohorts: [
        { cohort: 'spring', label: 'Spring', n: null, suppressed: 'complement_below_threshold' },
        { cohort: 'autumn', label: 'Autumn', n: null, suppressed: 'below_threshold' },
        { cohort: 'not_stated', label: 'Not stated', n: 0 },
      ],
    },
  ],
};

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('cache-control', 'no-store');
  ctx.body = JSON.stringify(body);
};

/** @type {import('koa').Middleware[]} */
export const middleware = [
  async (ctx, next) => {
    if (!ctx.path.startsWith('/admin-api/')) return next();
    const route = ctx.path.slice('/admin-api'.length);
    if (route.startsWith('/mode/')) {
      mode = route.slice('/mode/'.length);
      invitations = [];
      batches = [];
      return json(ctx, 200, { mode });
    }
    if (route === '/batches') return json(ctx, 200, { batches });
    if (route === '/api/programmes/spring-pilot/invitations' && ctx.method === 'POST') {
      if (ctx.get('x-csrf-token') !== 'csrf-test')
        return json(ctx, 403, { error: 'missing CSRF token', code: 'csrf' });
      const body = await readJson(ctx.req);
      batches.push(body);
      // As the collector: one invitation per listed entry, else `count` alike; the batch's arm
      // applies where an entry names none.
      const specs = body.invitations ?? Array.from({ length: body.count ?? 0 }, () => ({}));
      const created = specs.map((spec) => {
        const n = ++issuedSoFar;
        const arm = spec.arm ?? body.arm;
        return {
          id: `inv${String(n).padStart(5, '0')}-0000-4000-8000-000000000000`,
          token: `token-${n}`,
          ...(arm ? { arm } : {}),
          ...(spec.pairId ? { pairId: spec.pairId } : {}),
        };
      });
      invitations.push(
        ...created.map(({ token: _t, ...i }) => ({
          ...i,
          createdAt: '2026-03-01T08:00:00.000Z',
          revokedAt: null,
        })),
      );
      return json(ctx, 201, { programmeId: 'spring-pilot', invitations: created });
    }
    if (route === '/api/session')
      return json(ctx, 200, {
        identity: { name: 'Test Manager', role: 'manager', programmes: '*', via: 'session' },
        csrfToken: 'csrf-test',
        login: { oidc: true, demo: false },
      });
    if (route === '/api/programmes') {
      // As the collector sends it to a manager while one wave's total is hidden: no count.
      const { responses: _withheld, ...withheld } = programme;
      return json(ctx, 200, { programmes: [mode === 'count-withheld' ? withheld : programme] });
    }
    if (route === '/api/programmes/spring-pilot/releases') return json(ctx, 200, { releases: [] });
    if (route === '/api/programmes/spring-pilot/invitations')
      return json(ctx, 200, { issued: invitations.length, revoked: 0, invitations });
    if (route === '/api/programmes/spring-pilot/participation') {
      if (mode === 'error')
        return json(ctx, 503, { error: 'the database is unavailable', code: 'unavailable' });
      if (mode === 'empty')
        return json(ctx, 200, {
          ...participation,
          waves: participation.waves.map((w) => ({
            ...w,
            total: 0,
            cohorts: w.cohorts.map((c) => ({ cohort: c.cohort, label: c.label, n: 0 })),
          })),
        });
      return json(ctx, 200, participation);
    }
    return json(ctx, 404, { error: 'not here', code: 'not_found' });
  },
];
