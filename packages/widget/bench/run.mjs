#!/usr/bin/env node
// `pnpm --filter @genbridge/widget bench` (build first). Prints figures and ratios, asserts nothing:
//  1. raw and gzip size of both self-contained bundles against their budgets (survey bundle:
//     survey-core + 50 KB gzip; results entry: 75 KB);
//  2. in one headless Chromium run, <genbridge-survey> against SurveyJS's own renderer survey-js-ui
//     2.5.38 (+ survey-core 2.5.38 and its stylesheet, from the benchmark-only workspace package
//     examples/bench-peer) on the same SurveyJS JSON, for three surveys (bench/surveys.mjs): time to
//     the first rendered question, to interactive (a click on it lands in the model), the median
//     page switch (click → next page's first question in the DOM, laid out) over 40 switches, and
//     the DOM nodes after those 40 switches and their growth against the first visit of that page.
// Each sample is a cold load in a fresh browser context; order alternates. BENCH_RUNS (default 5)
// sets the samples per renderer and survey; BENCH_SURVEYS (e.g. "exit,everytype") picks surveys.
/* global window, setTimeout, performance */
import { createServer } from 'node:http';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { probeScript } from './probe.mjs';
import { surveys as allSurveys } from './surveys.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const peerDir = resolve(pkg, '../../examples/bench-peer');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SWITCHES = 40;
const only = process.env.BENCH_SURVEYS?.split(',');
// BENCH_SURVEYS=none (or BENCH_SIZE_ONLY=1): sizes and first-render downloads only, no timing.
const surveys = allSurveys.filter((s) => !only || only.includes(s.key));
const KB = 1024;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

const peerCore = join(peerDir, 'node_modules/survey-core-peer');
const peerUi = join(peerDir, 'node_modules/survey-js-ui');
if (!existsSync(peerUi)) throw new Error('examples/bench-peer is not installed (pnpm install)');
const versions = {
  core: readJson(join(pkg, 'node_modules/survey-core/package.json')).version,
  peerCore: readJson(join(peerCore, 'package.json')).version,
  peerUi: readJson(join(peerUi, 'package.json')).version,
};
console.log(
  `Machine: ${cpus().length} cores, load average (1/5/15 min) at start ${load()}; Node ${process.version}; ${RUNS} cold loads per renderer and survey`,
);

// ---------------------------------------------------------------- 1. sizes
const coreGzip = gz(readFileSync(join(pkg, 'node_modules/survey-core/survey.core.min.js')));
const budget = coreGzip + 50 * KB;
console.log('\nBundle files (minified; gzip -9)');
const bundleFiles = readdirSync(join(pkg, 'bundle')).filter((f) =>
  /^genbridge-(survey|results).*\.js$/.test(f),
);
if (!bundleFiles.includes('genbridge-survey.js'))
  throw new Error(
    'bundle/genbridge-survey.js missing, run `pnpm --filter @genbridge/widget build`',
  );
const gzipOf = new Map(bundleFiles.map((f) => [f, gz(readFileSync(join(pkg, 'bundle', f)))]));
for (const name of bundleFiles) {
  const raw = readFileSync(join(pkg, 'bundle', name)).length;
  console.log(
    `  ${name.padEnd(48)} raw ${fmt(raw).padStart(10)}   gzip ${fmt(gzipOf.get(name)).padStart(9)}`,
  );
}
const peerFiles = ['survey.core.min.js', 'survey-core.min.css']
  .map((f) => join(peerCore, f))
  .concat(join(peerUi, 'survey-js-ui.min.js'));
const peerGzip = peerFiles.reduce((s, f) => s + gz(readFileSync(f)), 0);
const resultsChunks = bundleFiles.filter((f) => /^genbridge-results-.+\.js$/.test(f));
const resultsGzip = gzipOf.get('genbridge-results.js');
const resultsTotal = resultsChunks.reduce((a, f) => a + gzipOf.get(f), resultsGzip);
console.log(
  `  budget 75 KB for genbridge-results.js: ${fmt(resultsGzip)} → ${resultsGzip <= 75 * KB ? 'within budget' : 'OVER budget'}; with the chart.js chunk once a chart is drawn: ${fmt(resultsTotal)}`,
);

// ---------------------------------------------------------------- 2. rendering
const pageHtml = (renderer, survey) => {
  const probe = `<script>${probeScript(renderer, survey.first, SWITCHES)}</script>`;
  if (renderer === 'ours') {
    // A property set before the element upgrades is picked up by Lit when it does.
    const json = survey.oursAttributes
      ? ''
      : `<script src="/${survey.key}.js"></script><script>document.querySelector('genbridge-survey').surveyJson = window.SURVEY_JSON;</script>`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>genbridge</title>${probe}
<script type="module" src="/bundle/genbridge-survey.js"></script></head>
<body><genbridge-survey ${survey.oursAttributes ?? ''} programme="bench" participant="BENCH-01"></genbridge-survey>${json}
<script>const l = new URLSearchParams(location.search).get('locale'); if (l) document.querySelector('genbridge-survey').setAttribute('locale', l);</script></body></html>`;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>survey-js-ui</title>${probe}
<link rel="stylesheet" href="/peer/survey-core.min.css">
<script src="/peer/survey.core.min.js"></script><script src="/peer/survey-js-ui.min.js"></script>
<script src="/${survey.key}.js"></script>
<script>document.addEventListener('DOMContentLoaded', () => { window.survey = new Survey.Model(window.SURVEY_JSON); SurveyUI.renderSurvey(window.survey, document.getElementById('root')); });</script>
</head><body><div id="root"></div></body></html>`;
};
const routes = new Map([
  ['/peer/survey-core.min.css', () => readFileSync(join(peerCore, 'survey-core.min.css'))],
  ['/peer/survey.core.min.js', () => readFileSync(join(peerCore, 'survey.core.min.js'))],
  ['/peer/survey-js-ui.min.js', () => readFileSync(join(peerUi, 'survey-js-ui.min.js'))],
]);
for (const s of allSurveys) {
  routes.set(`/${s.key}.js`, () => `window.SURVEY_JSON = ${JSON.stringify(s.json)};`);
  for (const r of ['ours', 'peer']) routes.set(`/${r}-${s.key}.html`, () => pageHtml(r, s));
}
const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const bundled =
    path.startsWith('/bundle/') && /^[\w.-]+$/.test(path.slice(8)) ? join(pkg, path) : '';
  const body =
    routes.get(path)?.() ?? (bundled && existsSync(bundled) ? readFileSync(bundled) : undefined);
  if (body === undefined) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'content-type': `${types[extname(path)] ?? 'text/plain'}; charset=utf-8`,
    'cache-control': 'no-store',
  });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-dev-shm-usage',
  ],
});
/**
 * What a first render really downloads: every bundle file the page requests until the first
 * question is laid out, summed as gzip -9 (what a compressing server sends).
 */
const firstRender = async (surveyKey, locale) => {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const files = new Set();
    page.on('request', (req) => {
      const path = new URL(req.url()).pathname;
      if (path.startsWith('/bundle/')) files.add(path.slice('/bundle/'.length));
    });
    await page.goto(`${origin}/ours-${surveyKey}.html${locale ? `?locale=${locale}` : ''}`);
    await page.waitForFunction(() => window.__bench?.firstQuestion, {
      timeout: 60000,
      polling: 20,
    });
    // Requested before the first question was in the DOM, by the page's own clock (polling from
    // here would also count what the element fetches in the next few milliseconds once idle).
    const early = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime <= window.__bench.firstQuestion)
        .map((e) => new URL(e.name).pathname)
        .filter((p) => p.startsWith('/bundle/'))
        .map((p) => p.slice('/bundle/'.length)),
    );
    // What the element fetches ahead once idle (sanitiser, response builder: for offline submits).
    await new Promise((r) => setTimeout(r, 3000));
    const sum = (list) => list.reduce((a, f) => a + (gzipOf.get(f) ?? 0), 0);
    return {
      files: early,
      total: sum(early),
      later: [...files].filter((f) => !early.includes(f)),
      idleTotal: sum([...files]),
    };
  } finally {
    await context.close();
  }
};

if (only?.includes('none') || process.env.BENCH_SIZE_ONLY) surveys.length = 0;
console.log(
  `\nFirst render of <genbridge-survey>: bundle files the page fetched (gzip -9), against survey-core alone`,
);
console.log(
  `  survey-core ${versions.core} alone (survey.core.min.js): gzip ${fmt(coreGzip)}; budget survey-core + 50 KB = ${fmt(budget)}`,
);
// The exit survey's instrument is in en/de/fr; the every-type survey is plain SurveyJS JSON, which
// takes any of our languages.
for (const [key, locale] of [
  ['exit', ''],
  ['exit', 'de'],
  ['everytype', ''],
  ['everytype', 'ar'],
]) {
  const r = await firstRender(key, locale);
  const idle = r.later.length
    ? `\n  ${''.padEnd(24)} then fetched once idle: ${r.later.map((f) => f.replace(/^genbridge-survey-/, '').replace(/-[\w-]{8}\.js$/, '')).join(', ')} (all: ${fmt(r.idleTotal)})`
    : '';
  console.log(
    `  ${`${key} survey, ${locale || 'en'}:`.padEnd(24)} ${fmt(r.total).padStart(9)} = survey-core + ${fmt(r.total - coreGzip)} (×${(r.total / coreGzip).toFixed(3)} of survey-core) → ${r.total <= budget ? 'within budget' : `OVER budget by ${fmt(r.total - budget)}`}; ours/peer ×${(r.total / peerGzip).toFixed(2)}  [${r.files.map((f) => (f === 'genbridge-survey.js' ? 'entry' : f).replace(/^genbridge-survey-/, '').replace(/-[\w]{8}\.js$/, '') || 'entry').join(', ')}]${idle}`,
  );
}
console.log(
  `  peer: survey-core ${versions.peerCore} + survey-js-ui ${versions.peerUi} + survey-core.min.css: gzip ${fmt(peerGzip)}`,
);

const sample = async (renderer, survey) => {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/${renderer}-${survey.key}.html`);
    await page
      .waitForFunction(() => window.__bench?.done, { timeout: 120000, polling: 100 })
      .catch(() => undefined);
    const r = await page.evaluate(() => window.__bench);
    if (!r?.done || r.error)
      throw new Error(
        `${renderer}/${survey.key}: ${r?.error ?? 'did not finish within 120 s'} ${errors.join('; ')}`,
      );
    return { ...r, switchMedian: median(r.times) };
  } finally {
    await context.close();
  }
};

const results = {};
try {
  // Warm-up, not counted: OS file cache and the browser process's own start-up.
  if (surveys.length) {
    await sample('ours', surveys[0]);
    await sample('peer', surveys[0]);
  }
  for (const s of surveys) {
    results[s.key] = { ours: [], peer: [] };
    for (let i = 0; i < RUNS; i++) {
      for (const r of i % 2 ? ['peer', 'ours'] : ['ours', 'peer'])
        results[s.key][r].push(await sample(r, s));
    }
  }
} finally {
  await browser.close();
  server.close();
}

// ---------------------------------------------------------------- report
const peerName = `survey-js-ui ${versions.peerUi}`;
console.log(
  `\nRendering, median of ${RUNS} cold loads (ms since navigation start; page switch = click → next page laid out)`,
);
for (const s of surveys) {
  const res = results[s.key];
  const m = (r, key) => median(res[r].map((x) => x[key]));
  const last = (r) => res[r].at(-1);
  console.log(`\n${s.label}`);
  console.log(
    `  ${''.padEnd(24)} first question  interactive  page switch   nodes at start → after ${SWITCHES} switches (elements/comments)  growth vs first visit`,
  );
  for (const [r, label] of [
    ['ours', '<genbridge-survey>'],
    ['peer', peerName],
  ]) {
    const x = last(r);
    const growths = res[r].map((y) => y.growth);
    console.log(
      `  ${label.padEnd(24)} ${m(r, 'firstQuestion').toFixed(0).padStart(11)} ms ${m(r, 'interactive').toFixed(0).padStart(9)} ms ${m(r, 'switchMedian').toFixed(1).padStart(9)} ms   ${String(x.initial.nodes).padStart(6)} → ${String(x.end.nodes).padStart(6)} (${x.end.elements}/${x.end.comments}) on page ${x.endPage}`.padEnd(
        124,
      ) +
        `${Math.max(...growths) > 0 ? `+${Math.max(...growths)} nodes (${(Math.max(...growths) / SWITCHES).toFixed(2)}/switch)` : `none (${Math.max(...growths)})`}`,
    );
  }
  const ratio = (key) => m('ours', key) / m('peer', key);
  const end = (key) => last('ours').end[key] / last('peer').end[key];
  console.log(
    `  ratio ours/peer: first question ×${ratio('firstQuestion').toFixed(2)}, interactive ×${ratio('interactive').toFixed(2)}, page switch ×${ratio('switchMedian').toFixed(2)}, DOM nodes ×${end('nodes').toFixed(2)} (elements ×${end('elements').toFixed(2)})  (goal ≤ 0.80)`,
  );
}
console.log(
  `\nLoad average (1/5/15 min) at end ${load()} on ${cpus().length} cores; timings on a loaded machine are rough, ratios steadier.`,
);
