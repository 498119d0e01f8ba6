#!/usr/bin/env node
// Keeps the README's first-screen pictures current: starts the demo collector on a free port with a
// throwaway data directory, opens the demo's baseline survey and results pages in Debian's
// Chromium and saves a screenshot of each element to docs/images/. Run after `pnpm build`:
//   node scripts/screenshots.mjs
/* global document, setTimeout */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// puppeteer-core is a dev dependency of the collector (its browser tests); borrow it from there.
const require = createRequire(join(root, 'packages/collector/package.json'));
const { default: puppeteer } = await import(require.resolve('puppeteer-core'));

const out = join(root, 'docs/images');
mkdirSync(out, { recursive: true });
const dataDir = mkdtempSync(join(tmpdir(), 'gb-screens-'));
const collector = spawn(
  process.execPath,
  [
    join(root, 'packages/collector/bin/genbridge-collector.js'),
    'demo',
    '--port',
    '0',
    '--data-dir',
    dataDir,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const { url, invitation } = await new Promise((resolve, reject) => {
  let text = '';
  collector.stdout.on('data', (d) => {
    text += d;
    const match = /listening on (http:\/\/\S+?)\/?\s[\s\S]*Press Ctrl-C/.exec(text);
    // The demo programme takes part by invitation; the demo prints a fresh link on each start.
    const invite = /invitation:\s+\S+(\?invite=\S+)/.exec(text);
    if (match) resolve({ url: match[1], invitation: invite?.[1] ?? '' });
  });
  collector.on('exit', (code) =>
    reject(new Error(`the demo collector exited (${code}):\n${text}`)),
  );
});

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900, deviceScaleFactor: 1 });
  for (const [path, selector, file, ready] of [
    [
      `/baseline.html${invitation}`,
      'genbridge-survey',
      'survey.png',
      'input, select, textarea, button',
    ],
    ['/results.html', 'genbridge-results', 'results.png', 'table'],
  ]) {
    await page.goto(`${url}${path}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(
      (sel, inner) => document.querySelector(sel)?.shadowRoot?.querySelector(inner),
      { timeout: 20_000 },
      selector,
      ready,
    );
    // Let the chart finish its first draw.
    await new Promise((resolve) => setTimeout(resolve, 800));
    // The first screenful of each element: what a reader sees before scrolling.
    const box = await (await page.$(selector)).boundingBox();
    await page.screenshot({
      path: join(out, file),
      captureBeyondViewport: true,
      clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1000) },
    });
    console.log(`screenshots: docs/images/${file} from ${path.split('?')[0]}`);
  }
} finally {
  await browser.close();
  collector.kill('SIGTERM');
  await new Promise((resolve) => collector.on('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}
