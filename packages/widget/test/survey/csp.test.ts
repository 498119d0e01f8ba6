import { expect } from '@open-wc/testing';

interface CspReport {
  type: 'csp-report';
  violations: string[];
  errors: string[];
  completed?: boolean;
  matrixShown?: boolean;
  steps?: string[];
  completionText?: string;
  adoptedSheets?: number;
  defined?: boolean;
}

/**
 * Loads a page served by test/survey/server.mjs with
 * `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html genbridge-html`
 * that runs the built bundle/genbridge-survey.js and the chunks it loads (run `pnpm build` first).
 */
function loadCspPage(variant: 'strict' | 'twice' | 'no-html-policy'): Promise<CspReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '700px';
    const timer = setTimeout(
      () => reject(new Error('the CSP page did not report within 30 s')),
      30_000,
    );
    const onMessage = (e: MessageEvent<CspReport>) => {
      if (e.source !== frame.contentWindow || e.data?.type !== 'csp-report') return;
      clearTimeout(timer);
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(e.data);
    };
    window.addEventListener('message', onMessage);
    frame.src = `/test-csp/page.html?variant=${variant}`;
    document.body.append(frame);
  });
}

describe('built bundle (entry and lazy chunks) under a strict CSP with Trusted Types', () => {
  before(async () => {
    const res = await fetch('/bundle/genbridge-survey.js', { method: 'HEAD' });
    if (!res.ok)
      throw new Error(
        'bundle/genbridge-survey.js is missing: run `pnpm --filter @genbridge/widget build` first',
      );
  });

  it('completes the exit survey (incl. a visibleIf reveal) with no CSP violation and no error', async function () {
    this.timeout(60_000);
    const r = await loadCspPage('strict');
    expect(r.errors, 'errors').to.deep.equal([]);
    expect(r.violations, 'CSP violations').to.deep.equal([]);
    expect(r.matrixShown).to.equal(true);
    expect(r.completed).to.equal(true);
    expect(r.steps![0]).to.equal('Digitale Souveränität');
    expect(r.completionText).to.match(/Vielen Dank/);
    expect(r.adoptedSheets).to.be.greaterThan(0);
  });

  it("loading the bundle twice next to another Lit copy does not throw (policy allows 'allow-duplicates')", async function () {
    this.timeout(60_000);
    const r = await loadCspPage('twice');
    expect(r.errors, 'errors').to.deep.equal([]);
    expect(r.violations, 'CSP violations').to.deep.equal([]);
    expect(r.defined).to.equal(true);
    expect(r.completed).to.equal(true);
  });

  it('a page that does not allow the genbridge-html policy still completes; author HTML falls back to text', async function () {
    this.timeout(60_000);
    const r = await loadCspPage('no-html-policy');
    expect(r.errors, 'errors').to.deep.equal([]);
    // The refused policy is the only violation (reported by the browser, not thrown at the page).
    expect(
      r.violations.every((v) => /trusted-types/.test(v)),
      r.violations.join('; '),
    ).to.equal(true);
    expect(r.completed).to.equal(true);
    expect(r.completionText).to.match(/Vielen Dank/);
  });
});
