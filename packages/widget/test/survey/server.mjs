// A real HTTP endpoint for the browser tests, mounted into @web/test-runner's dev server. It behaves
// like the collector's response endpoint (responseId = idempotency key: a duplicate gets 200, not a
// second row) and can be told to fail so tests exercise the offline queue over the network.
//
//   POST /test-api/responses/<bucket>          the endpoint under test
//   POST /test-api/mode/<bucket>?mode=<mode>   ok | down (socket destroyed) | error503 | error429 | reject422
//        ?mode=<mode>,<mode>,…                 one per attempt, the last one stays (a scripted
//                                              outage that does not race the widget's retry timer)
//   GET  /test-api/state/<bucket>              { mode, attempts, delivered, stored: SurveyResponse[] }
//                                              (delivered: requests that reached storage, 201 or
//                                              200 duplicate)
//   GET  /test-csp/page.html?variant=…         a page served with a strict CSP (see csp.test.ts)
//
// Invitations as the collector implements contract 4 (a programme-shaped path, so the widget finds
// the status endpoint next to the responses endpoint):
//   POST /test-api/invite/<bucket>?token=…&code=… register an invitation (token → pseudonym)
//   POST /test-api/programmes/<bucket>/responses  needs `Authorization: Invitation <token>`: 401
//                                                invitation_required / 403 invitation_invalid
//   GET  /test-api/programmes/<bucket>/invitation/status   { baseline: { submittedAt } | null, exit }
//   GET  /test-api/state/<bucket> also lists every Authorization header received (`authorizations`)
//
// What the survey promises about open answers (the collector's public survey settings):
//   POST /test-api/survey-settings/<bucket>       body: a SurveyPrivacy, served from now on
//   GET  /test-api/programmes/<bucket>/survey-settings   { programmeId, privacy }, 404 until set

/** @type {Map<string, { mode: string, attempts: number, stored: Map<string, unknown> }>} */
const buckets = new Map();
const bucket = (name) => {
  let b = buckets.get(name);
  if (!b)
    buckets.set(
      name,
      (b = {
        mode: 'ok',
        modes: ['ok'],
        attempts: 0,
        delivered: 0,
        stored: new Map(),
        invitations: new Map(),
        authorizations: [],
      }),
    );
  return b;
};

/** The mode for this attempt: a scripted sequence moves on by one per attempt. */
const modeForAttempt = (b) => {
  const mode = b.modes.length > 1 ? b.modes.shift() : b.modes[0];
  b.mode = b.modes[0];
  return mode;
};

const readBody = (req) =>
  new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });

const json = (ctx, status, body, headers = {}) => {
  ctx.status = status;
  ctx.set('content-type', 'application/json');
  ctx.set('cache-control', 'no-store');
  for (const [k, v] of Object.entries(headers)) ctx.set(k, v);
  ctx.body = JSON.stringify(body);
};

// The two Trusted Types policies the widget documents: Lit's own and our sanitiser's.
const STRICT_CSP =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html genbridge-html";
const WITHOUT_HTML_POLICY =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

// No inline script or style anywhere: everything the page runs comes from 'self'.
const cspPage = (variant) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>CSP test</title>
<script type="module" src="/test/survey/csp/report-violations.js"></script>
<script type="module" src="/bundle/genbridge-survey.js"></script>
${variant === 'twice' ? '<script type="module" src="/bundle/genbridge-survey.js?copy=2"></script>\n<script type="module" src="/bundle/genbridge-results.js"></script>' : ''}
<script type="module" src="/test/survey/csp/drive-survey.js"></script>
</head>
<body>
<genbridge-survey wave="exit" programme="csp-test" participant="CSP-0001" locale="de"></genbridge-survey>
</body>
</html>`;

/** @type {import('koa').Middleware[]} */
export const middleware = [
  async (ctx, next) => {
    const path = ctx.path;
    if (path.startsWith('/test-csp/page.html')) {
      const variant = String(ctx.query.variant ?? 'strict');
      ctx.set(
        'content-security-policy',
        variant === 'twice'
          ? `${STRICT_CSP} 'allow-duplicates'`
          : variant === 'no-html-policy'
            ? WITHOUT_HTML_POLICY
            : STRICT_CSP,
      );
      ctx.set('content-type', 'text/html; charset=utf-8');
      ctx.body = cspPage(variant);
      return;
    }
    if (!path.startsWith('/test-api/')) return next();
    const [, , kind, name, ...rest] = path.split('/');
    if (!name) return json(ctx, 404, { error: 'no bucket' });
    const b = bucket(name);
    if (kind === 'mode' && ctx.method === 'POST') {
      b.modes = String(ctx.query.mode ?? 'ok').split(',');
      b.mode = b.modes[0];
      return json(ctx, 200, { mode: b.mode });
    }
    if (kind === 'state' && ctx.method === 'GET') {
      return json(ctx, 200, {
        mode: b.mode,
        attempts: b.attempts,
        delivered: b.delivered,
        stored: [...b.stored.values()],
        authorizations: b.authorizations,
      });
    }
    if (kind === 'invite' && ctx.method === 'POST') {
      b.invitations.set(String(ctx.query.token), {
        code: String(ctx.query.code),
        submitted: { baseline: null, exit: null },
      });
      return json(ctx, 201, { ok: true });
    }
    if (kind === 'survey-settings' && ctx.method === 'POST') {
      b.privacy = JSON.parse(await readBody(ctx.req));
      return json(ctx, 200, { ok: true });
    }
    if (kind === 'programmes' && rest.join('/') === 'survey-settings' && ctx.method === 'GET') {
      b.settingsRequests = (b.settingsRequests ?? 0) + 1;
      return b.privacy
        ? json(ctx, 200, { programmeId: name, privacy: b.privacy })
        : json(ctx, 404, { code: 'programme_not_found', error: `there is no programme "${name}"` });
    }
    if (kind === 'programmes') {
      const problem = (status, code, error) =>
        json(
          ctx,
          status,
          { type: 'about:blank', status, code, error },
          { 'content-type': 'application/problem+json' },
        );
      const header = ctx.get('authorization');
      b.authorizations.push(header);
      const token = /^Invitation (.+)$/.exec(header)?.[1];
      if (!token) return problem(401, 'invitation_required', 'this programme needs an invitation');
      const invitation = b.invitations.get(token);
      if (!invitation) return problem(403, 'invitation_invalid', 'the invitation is not valid');
      const route = rest.join('/');
      if (route === 'invitation/status' && ctx.method === 'GET')
        return json(ctx, 200, invitation.submitted);
      if (route === 'responses' && ctx.method === 'POST') {
        b.attempts++;
        if (modeForAttempt(b) === 'down') {
          ctx.status = 204;
          ctx.respond = false;
          ctx.req.socket.destroy();
          return;
        }
        const body = JSON.parse(await readBody(ctx.req));
        if ('participant' in body)
          return json(ctx, 400, {
            code: 'invalid_response',
            errors: [
              { path: 'participant', code: 'unknown_field', message: 'comes from the invitation' },
            ],
          });
        const stored = { ...body, participant: invitation.code };
        if (b.stored.has(body.responseId))
          return json(ctx, 200, { responseId: body.responseId, duplicate: true });
        b.stored.set(body.responseId, stored);
        invitation.submitted[body.wave] = { submittedAt: new Date().toISOString() };
        return json(ctx, 201, { responseId: body.responseId });
      }
    }
    if (kind === 'responses' && ctx.method === 'POST') {
      b.attempts++;
      const mode = modeForAttempt(b);
      const raw = await readBody(ctx.req);
      switch (mode) {
        case 'down':
          // A real network failure as the browser sees it: the connection dies without a response.
          ctx.status = 204; // only so the dev server does not log the dropped request as a 404
          ctx.respond = false;
          ctx.req.socket.destroy();
          return;
        case 'error503':
          return json(ctx, 503, { error: 'service unavailable' });
        case 'error429':
          return json(ctx, 429, { error: 'too many requests' }, { 'retry-after': '1' });
        case 'reject422':
          return json(ctx, 422, {
            error: 'invalid response',
            errors: [{ path: 'answers.dc_1', message: 'must be an integer from 1 to 5' }],
          });
      }
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        return json(ctx, 400, { error: 'body must be JSON' });
      }
      if (typeof body?.responseId !== 'string') {
        return json(ctx, 400, { errors: [{ path: 'responseId', message: 'is required' }] });
      }
      b.delivered++;
      if (b.stored.has(body.responseId))
        return json(ctx, 200, { responseId: body.responseId, duplicate: true });
      b.stored.set(body.responseId, body);
      return json(ctx, 201, { responseId: body.responseId });
    }
    return json(ctx, 404, { error: `unknown test endpoint ${ctx.method} ${path}` });
  },
];
