/* global setTimeout, Buffer */
// Dev-server middleware for the <genbridge-results> browser tests: a stand-in for the collector's
// report endpoint (real HTTP, real status codes, real delays) and a strict-CSP page that loads the
// built bundle. Loaded by web-test-runner.config.mjs.
import { readFile } from 'node:fs/promises';

const here = new URL('./', import.meta.url);
const fixtures = {
  report: 'report.json',
  suppressed: 'report-suppressed.json',
  invalid: 'report-invalid.json',
  empty: 'report-empty.json',
};

let lastCookie = null;
let violations = [];

export const CSP =
  "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html; report-uri /results-csp/violation";

const cspPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>genbridge-results under strict CSP</title>
    <script src="/results-csp/listen.js"></script>
    <script type="module" src="/results-csp/genbridge-results.js"></script>
  </head>
  <body>
    <main><genbridge-results src="/results-api/report?fixture=report"></genbridge-results></main>
  </body>
</html>`;

/** @type {import('koa').Middleware[]} */
export const middleware = [
  async (ctx, next) => {
    if (ctx.path.startsWith('/results-api/')) {
      const route = ctx.path.slice('/results-api/'.length);
      if (route === 'report' || route === 'slow') {
        lastCookie = ctx.get('cookie') || null;
        if (route === 'slow') await new Promise((r) => setTimeout(r, Number(ctx.query.ms ?? 1500)));
        const file = fixtures[ctx.query.fixture ?? 'report'];
        if (!file) {
          ctx.status = 404;
          return;
        }
        ctx.type = 'application/json';
        ctx.set('cache-control', 'no-store');
        ctx.body = await readFile(new URL(`fixtures/${file}`, here), 'utf8');
        return;
      }
      if (route.startsWith('status/')) {
        ctx.status = Number(route.slice('status/'.length));
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ error: 'forbidden' });
        return;
      }
      if (route === 'not-json') {
        ctx.type = 'text/html';
        ctx.body = '<html><body>Sign in</body></html>';
        return;
      }
      if (route === 'last-cookie') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ cookie: lastCookie });
        return;
      }
    }
    if (ctx.path.startsWith('/results-csp/')) {
      const route = ctx.path.slice('/results-csp/'.length);
      ctx.set('cache-control', 'no-store');
      if (route === 'page.html') {
        ctx.set('content-security-policy', CSP);
        ctx.type = 'text/html';
        ctx.body = cspPage;
        return;
      }
      // The entry and its lazily imported chart.js chunk (genbridge-results-*.js), as shipped.
      if (/^genbridge-results(-[\w-]+)?\.js$/.test(route)) {
        ctx.type = 'text/javascript';
        try {
          ctx.body = await readFile(new URL(`../../bundle/${route}`, here), 'utf8');
        } catch {
          ctx.status = 404;
          ctx.body = '// bundle missing: run pnpm --filter @genbridge/widget build';
        }
        return;
      }
      if (route === 'listen.js') {
        ctx.type = 'text/javascript';
        ctx.body = await readFile(new URL('csp-listen.js', here), 'utf8');
        return;
      }
      if (route === 'violation') {
        // report-uri: the browser's own report, independent of the in-page listener.
        const chunks = [];
        for await (const c of ctx.req) chunks.push(c);
        violations.push(Buffer.concat(chunks).toString('utf8'));
        ctx.status = 204;
        return;
      }
      if (route === 'violations') {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(violations);
        if (ctx.query.reset) violations = [];
        return;
      }
    }
    return next();
  },
];
