// Serves SurveyJS's own renderer to the browser tests, from the benchmark-only workspace package
// examples/bench-peer (survey-core 2.5.38 + survey-js-ui 2.5.38, the peer bench/run.mjs measures
// against), so the corpus test can enter its answers through SurveyJS's UI as well:
//
//   GET /test-peer/survey.core.min.js   window.Survey
//   GET /test-peer/survey-js-ui.min.js  window.SurveyUI
//   GET /test-peer/survey-core.min.css
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const peer = fileURLToPath(
  new URL('../../../../../examples/bench-peer/node_modules/', import.meta.url),
);
const files = new Map([
  [
    '/test-peer/survey.core.min.js',
    [`${peer}survey-core-peer/survey.core.min.js`, 'text/javascript'],
  ],
  [
    '/test-peer/survey-js-ui.min.js',
    [`${peer}survey-js-ui/survey-js-ui.min.js`, 'text/javascript'],
  ],
  ['/test-peer/survey-core.min.css', [`${peer}survey-core-peer/survey-core.min.css`, 'text/css']],
]);

export const middleware = [
  async (ctx, next) => {
    const file = files.get(ctx.path);
    if (!file) return next();
    if (!existsSync(file[0])) {
      ctx.status = 404;
      ctx.body = `${file[0]} missing: run pnpm install (examples/bench-peer)`;
      return;
    }
    ctx.set('content-type', `${file[1]}; charset=utf-8`);
    ctx.body = readFileSync(file[0]);
  },
];
