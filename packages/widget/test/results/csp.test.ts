import { expect, waitUntil } from '@open-wc/testing';
import { pageErrors } from './helpers.js';

/**
 * The built, self-contained bundle (`bundle/genbridge-results.js`, made by
 * `pnpm --filter @genbridge/widget build`) on a page served with
 *   script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
 * (see server.mjs). The page's first script records every securitypolicyviolation; the browser
 * also posts its own reports to the server (report-uri), counted independently.
 */
interface CspResult {
  type: 'genbridge-csp';
  violations: string[];
  state: string;
  chart: boolean;
  bars?: number;
}

function openPage(): Promise<{ frame: HTMLIFrameElement; result: CspResult }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.title = 'strict CSP page';
    frame.style.width = '900px';
    frame.style.height = '700px';
    const timer = setTimeout(() => reject(new Error('the CSP page never reported')), 25_000);
    addEventListener('message', function onMessage(e: MessageEvent) {
      if (e.source !== frame.contentWindow || e.data?.type !== 'genbridge-csp') return;
      removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve({ frame, result: e.data as CspResult });
    });
    frame.src = '/results-csp/page.html';
    document.body.append(frame);
  });
}

describe('<genbridge-results> under a strict CSP with Trusted Types', () => {
  it('loads the bundle, fetches, validates and draws with no violation', async function () {
    this.timeout(60_000);
    const bundle = await fetch('/results-csp/genbridge-results.js');
    expect(
      bundle.status,
      'bundle/genbridge-results.js missing: run pnpm --filter @genbridge/widget build',
    ).to.equal(200);
    // The results bundle must not carry survey-core: strings survey-core cannot lose to minification.
    const code = await bundle.text();
    for (const marker of ['questionsOnPageMode', 'completedHtml', 'surveyjs.io'])
      expect(code).not.to.contain(marker);
    await fetch('/results-csp/violations?reset=1');
    const { frame, result } = await openPage();
    try {
      expect(result.violations).to.deep.equal([]);
      expect(result.state).to.equal('ready');
      expect(result.chart).to.equal(true);
      expect(result.bars).to.be.greaterThan(0);
      const csp = (await fetch('/results-csp/page.html')).headers.get('content-security-policy')!;
      expect(csp).to.contain("require-trusted-types-for 'script'");

      // Control: the same page does report a violation, so silence above means compliance.
      const doc = frame.contentDocument!;
      const style = doc.createElement('style');
      style.textContent = 'body { color: red }';
      doc.head.append(style);
      const seen = (frame.contentWindow as unknown as { __genbridgeViolations: string[] })
        .__genbridgeViolations;
      await waitUntil(
        () => seen.some((v) => v.startsWith('style-src')),
        'the page saw no style-src violation',
        { timeout: 10_000 },
      );
      // The browser's own report reaches the server later; then a moment for a second one to show.
      const reports = async () =>
        (await (await fetch('/results-csp/violations')).json()) as string[];
      await waitUntil(async () => (await reports()).length > 0, 'no violation report arrived', {
        timeout: 10_000,
      });
      await new Promise((r) => setTimeout(r, 300));
      const reported = await reports();
      expect(reported.length).to.equal(1);
      expect(reported[0]).to.contain('style-src');
    } finally {
      frame.remove();
    }
    expect(pageErrors).to.deep.equal([]);
  });
});
