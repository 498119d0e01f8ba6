/// <reference lib="dom" />
// (page.evaluate callbacks below run in the browser.)
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, startServer, type ServerProcess } from './helpers/server-process.js';

// The /embed/ pages as an iframe-only intranet (SharePoint's Embed web part, Confluence's iframe
// macro) uses them: a host page on another loopback origin frames them, sizes the frame from the
// bridge's messages and hears the elements' events; a host that was not configured is refused.

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

let collector: ServerProcess;
let browser: Browser;
let allowedHost: { server: Server; origin: string };
let otherHost: { server: Server; origin: string };

interface BridgeMessage {
  source: string;
  type: string;
  height?: number;
  name?: string;
  wave?: string;
  page?: string;
}

/** A host page on its own origin that frames `src` and records what the frame posts. */
async function hostPage(hostname: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    // Inline script is fine here: this is the host intranet page, not ours.
    res.end(`<!doctype html><html><body>
<iframe id="frame" title="Genbridge" style="width: 640px; height: 150px; border: 0" src="${src}"></iframe>
<script>
window.messages = [];
window.addEventListener('message', (event) => {
  if (event.data?.source !== 'genbridge') return;
  window.messages.push({ ...event.data, origin: event.origin });
  if (event.data.type === 'resize') document.getElementById('frame').style.height = event.data.height + 'px';
});
</script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://${hostname}:${port}` };
}

beforeAll(async () => {
  allowedHost = await hostPage('localhost');
  otherHost = await hostPage('localhost');
  collector = await startServer({
    command: 'demo',
    args: ['--frame-ancestor', allowedHost.origin],
  });
  browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  allowedHost?.server.close();
  otherHost?.server.close();
  if (collector) {
    await collector.stop();
    removeDir(collector.dataDir);
  }
});

async function frame(
  host: { origin: string },
  path: string,
  waitFor: (m: BridgeMessage[]) => boolean,
  timeout = 15_000,
) {
  const page = await browser.newPage();
  const src = encodeURIComponent(`${collector.url}${path}`);
  await page.goto(`${host.origin}/?src=${src}`, { waitUntil: 'load' });
  const ok = await page
    .waitForFunction(
      (fn: string) =>
        new Function('m', `return (${fn})(m)`)(
          (window as unknown as { messages: unknown[] }).messages,
        ),
      { timeout },
      waitFor.toString(),
    )
    .then(() => true)
    .catch(() => false);
  const messages = await page.evaluate(
    () => (window as unknown as { messages: BridgeMessage[] }).messages,
  );
  const height = await page.$eval(
    '#frame',
    (el) => (el as HTMLElement).getBoundingClientRect().height,
  );
  await page.close();
  return { ok, messages, height };
}

describe('embed pages', { timeout: 120_000 }, () => {
  it('send frame-ancestors for the configured origin and keep every other page unframeable', async () => {
    const embed = await fetch(`${collector.url}/embed/results/intranet-demo`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-security-policy')).toContain(
      `frame-ancestors 'self' ${allowedHost.origin}`,
    );
    expect(embed.headers.get('x-frame-options')).toBeNull();
    const html = await embed.text();
    expect(html).toContain('<genbridge-results src="/api/programmes/intranet-demo/report"');

    const home = await fetch(`${collector.url}/`);
    expect(home.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(home.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answer bad parameters with a 400 naming the field', async () => {
    const wave = await fetch(`${collector.url}/embed/survey/intranet-demo?wave=final`);
    expect(wave.status).toBe(400);
    expect(await wave.json()).toMatchObject({ errors: [{ path: 'wave' }] });
    const locale = await fetch(`${collector.url}/embed/results/intranet-demo?locale=%3Cscript%3E`);
    expect(locale.status).toBe(400);
    expect(await locale.json()).toMatchObject({ errors: [{ path: 'locale' }] });
  });

  it('size the host frame to the results and forward their load event', async () => {
    const { ok, messages, height } = await frame(
      allowedHost,
      '/embed/results/intranet-demo',
      (m) =>
        m.some((x) => x.name === 'genbridge-report-load') &&
        m.some((x) => x.type === 'resize' && (x.height ?? 0) > 300),
    );
    expect(ok, JSON.stringify(messages)).toBe(true);
    expect(
      messages.every((m) => (m as unknown as { origin: string }).origin === collector.url),
    ).toBe(true);
    expect(messages[0]).toMatchObject({ type: 'ready', page: 'results' });
    const last = messages.filter((m) => m.type === 'resize').at(-1)!;
    expect(Math.abs(height - last.height!)).toBeLessThanOrEqual(1);
  });

  it('size the host frame to the survey and say which wave it is', async () => {
    const { ok, messages } = await frame(
      allowedHost,
      '/embed/survey/intranet-demo?wave=exit&locale=de',
      (m) => m.some((x) => x.type === 'resize' && (x.height ?? 0) > 200),
    );
    expect(ok, JSON.stringify(messages)).toBe(true);
    expect(messages[0]).toMatchObject({ type: 'ready', page: 'survey' });
  });

  it('are refused inside a host that was not configured', async () => {
    const { ok, messages } = await frame(
      otherHost,
      '/embed/results/intranet-demo',
      (m) => m.length > 0,
      6_000,
    );
    expect(ok).toBe(false);
    expect(messages).toEqual([]);
  });
});
