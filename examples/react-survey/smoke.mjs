/* global document, setTimeout -- the page.evaluate callbacks run in the browser */
// Smoke test of the example in headless Chromium: the survey renders inside React, the React
// <select> switches its language, and completing it delivers `genbridge-complete` to React.
// `pnpm --filter @genbridge/example-react-survey build && pnpm --filter @genbridge/example-react-survey smoke`
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const dir = fileURLToPath(new URL('.', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
  try {
    const body = readFileSync(join(dir, path));
    res
      .writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
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
let failed = false;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  const firstTitle = () =>
    page.waitForFunction(
      () =>
        document.querySelector('genbridge-survey')?.shadowRoot?.querySelector('#page-title')
          ?.textContent,
      { timeout: 10000 },
    );
  console.log('rendered:', await (await firstTitle()).jsonValue());
  await page.select('#language', 'de');
  await page.waitForFunction(
    () =>
      document
        .querySelector('genbridge-survey')
        .shadowRoot.querySelector('[part~="button-next"]')
        ?.textContent.trim() === 'Weiter',
  );
  console.log(
    'after switching to German:',
    await page.evaluate(
      () =>
        document.querySelector('genbridge-survey').shadowRoot.querySelector('#page-title')
          .textContent,
    ),
  );
  await page.evaluate(async () => {
    const el = document.querySelector('genbridge-survey');
    const root = el.shadowRoot;
    for (let i = 0; i < 12 && !root.querySelector('[part~="completion"]'); i++) {
      for (let round = 0; round < 3; round++) {
        for (const g of root.querySelectorAll('[role="radiogroup"]'))
          if (!g.querySelector('input:checked')) g.querySelector('input').click();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r));
      }
      root.querySelector('[part~="button-complete"], [part~="button-next"]').click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
    }
  });
  const logged = await page.waitForFunction(() => document.querySelector('#log li')?.textContent, {
    timeout: 10000,
  });
  console.log('React received:', await logged.jsonValue());
  if (errors.length) throw new Error(errors.join('\n'));
  console.log('smoke test passed');
} catch (err) {
  failed = true;
  console.error('smoke test FAILED:', err);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
