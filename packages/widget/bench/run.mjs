#!/usr/bin/env node
// `pnpm --filter @genbridge/widget bench` (build first). Prints:
//  1. raw and gzip size of both self-contained bundles, against the budget survey-core + 40 KB gzip;
//  2. in one headless Chromium run, time to first rendered question and to interactive for the
//     default exit survey: <genbridge-survey> vs SurveyJS's own survey-js-ui 2.5.38 (+ survey-core
//     2.5.38 and its stylesheet, from the benchmark-only workspace package examples/bench-peer) on
//     the same SurveyJS JSON. Each sample is a fresh browser context (cold cache), order alternates.
/* global window -- page.evaluate callbacks run in the browser */
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { defaultInstrument, toSurveyJson } from '@genbridge/schema';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const peerDir = resolve(pkg, '../../examples/bench-peer');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const KB = 1024;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

// ---------------------------------------------------------------- 1. sizes
const coreMin = join(pkg, 'node_modules/survey-core/survey.core.min.js');
const coreGzip = gz(readFileSync(coreMin));
const budget = coreGzip + 40 * KB;
console.log('Bundle sizes (minified; gzip -9)');
// genbridge-results.js imports chart.js from a sibling chunk only when it draws a chart.
const chunks = readdirSync(join(pkg, 'bundle')).filter((f) => /^genbridge-results-.+\.js$/.test(f));
for (const name of ['genbridge-survey.js', 'genbridge-results.js', ...chunks]) {
  const file = join(pkg, 'bundle', name);
  if (!existsSync(file)) {
    console.log(`  ${name}: missing, run \`pnpm --filter @genbridge/widget build\``);
    continue;
  }
  const buf = readFileSync(file);
  console.log(`  ${name.padEnd(22)} raw ${fmt(buf.length).padStart(10)}   gzip ${fmt(gz(buf)).padStart(9)}`);
}
const ours = readFileSync(join(pkg, 'bundle/genbridge-survey.js'));
const oursGzip = gz(ours);
console.log(`  survey-core 3.1.1 alone (survey.core.min.js): gzip ${fmt(coreGzip)}`);
console.log(
  `  budget survey-core + 40 KB = ${fmt(budget)}: genbridge-survey.js is survey-core + ${fmt(oursGzip - coreGzip)} → ${oursGzip <= budget ? 'within budget' : `OVER budget by ${fmt(oursGzip - budget)}`}`,
);

const resultsGzip = gz(readFileSync(join(pkg, 'bundle/genbridge-results.js')));
const resultsTotal = [resultsGzip, ...chunks.map((f) => gz(readFileSync(join(pkg, 'bundle', f))))].reduce((a, b) => a + b, 0);
console.log(
  `  budget 75 KB for genbridge-results.js: ${fmt(resultsGzip)} → ${resultsGzip <= 75 * KB ? 'within budget' : 'OVER budget'}; with the chart.js chunk once a chart is drawn: ${fmt(resultsTotal)}`,
);

// ---------------------------------------------------------------- 2. render timing
const peerCore = join(peerDir, 'node_modules/survey-core-peer');
const peerUi = join(peerDir, 'node_modules/survey-js-ui');
if (!existsSync(peerUi)) throw new Error('examples/bench-peer is not installed (pnpm install)');
const exitJson = JSON.stringify(toSurveyJson(defaultInstrument, { wave: 'exit' }));

// The same probe on both pages: poll every frame for the first radio of the first question; then
// click it and record when the model holds the answer (= the question is interactive).
const probe = (find, value) => `
  window.__bench = { done: false };
  (function poll() {
    const input = (${find})();
    if (!input) return requestAnimationFrame(poll);
    const first = performance.now();
    input.click();
    (function check() {
      if (${value} !== 1) return requestAnimationFrame(check);
      window.__bench = { done: true, first, interactive: performance.now() };
    })();
  })();`;

const pages = {
  '/ours.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>genbridge</title>
<script>${probe("() => document.querySelector('genbridge-survey')?.shadowRoot?.querySelector('fieldset input[type=radio]')", "document.querySelector('genbridge-survey').model?.getValue('dc_1')")}</script>
<script type="module" src="/bundle/genbridge-survey.js"></script></head>
<body><genbridge-survey wave="exit" programme="bench" participant="BENCH-01"></genbridge-survey></body></html>`,
  '/peer.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>survey-js-ui</title>
<script>${probe("() => document.querySelector('.sd-question input[type=radio]')", 'window.survey?.getValue(\'dc_1\')')}</script>
<link rel="stylesheet" href="/peer/survey-core.min.css">
<script src="/peer/survey.core.min.js"></script><script src="/peer/survey-js-ui.min.js"></script>
<script src="/exit-survey.js"></script>
<script>window.survey = new Survey.Model(window.SURVEY_JSON); SurveyUI.renderSurvey(window.survey, document.getElementById('root'));</script>
</head><body><div id="root"></div></body></html>`.replace(
    '<script>window.survey',
    '<script>document.addEventListener("DOMContentLoaded", () => {window.survey',
  ).replace("document.getElementById('root'));</script>", "document.getElementById('root'));});</script>"),
};
const files = {
  '/bundle/genbridge-survey.js': join(pkg, 'bundle/genbridge-survey.js'),
  '/peer/survey-core.min.css': join(peerCore, 'survey-core.min.css'),
  '/peer/survey.core.min.js': join(peerCore, 'survey.core.min.js'),
  '/peer/survey-js-ui.min.js': join(peerUi, 'survey-js-ui.min.js'),
};
const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const body = pages[path] ?? (path === '/exit-survey.js' ? `window.SURVEY_JSON = ${exitJson};` : files[path] && readFileSync(files[path]));
  if (body === undefined) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': `${types[extname(path)] ?? 'text/plain'}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const transfer = {
  ours: statSync(files['/bundle/genbridge-survey.js']).size,
  peer: ['/peer/survey-core.min.css', '/peer/survey.core.min.js', '/peer/survey-js-ui.min.js'].reduce((s, f) => s + statSync(files[f]).size, 0) + exitJson.length,
};

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
});
const sample = async (variant) => {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${origin}/${variant}.html`);
  await page.waitForFunction(() => window.__bench?.done, { timeout: 30000, polling: 50 }).catch(() => undefined);
  const r = await page.evaluate(() => window.__bench);
  await context.close();
  if (!r?.done) throw new Error(`${variant}: no question rendered within 30 s ${errors.join('; ')}`);
  return r;
};
const results = { ours: [], peer: [] };
try {
  await sample('ours');
  await sample('peer'); // warm-up (disk cache of the OS, JIT of the browser process), not counted
  for (let i = 0; i < RUNS; i++) {
    for (const v of i % 2 ? ['peer', 'ours'] : ['ours', 'peer']) results[v].push(await sample(v));
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (v, key) => median(results[v].map((r) => r[key]));
console.log(`\nDefault exit survey, first page (7 Likert items), ${RUNS} cold samples each, median ms since navigation start`);
console.log(`  ${''.padEnd(34)} first question   interactive   script+css loaded`);
const row = (label, v) =>
  console.log(`  ${label.padEnd(34)} ${stat(v, 'first').toFixed(0).padStart(11)} ms ${stat(v, 'interactive').toFixed(0).padStart(10)} ms ${fmt(transfer[v]).padStart(14)}`);
row('<genbridge-survey> (bundle)', 'ours');
row('survey-js-ui 2.5.38 + survey-core', 'peer');
const ratioFirst = stat('peer', 'first') / stat('ours', 'first');
const ratioInteractive = stat('peer', 'interactive') / stat('ours', 'interactive');
console.log(`  ratio peer/ours: first question ×${ratioFirst.toFixed(2)}, interactive ×${ratioInteractive.toFixed(2)} (>1 = <genbridge-survey> faster)`);
