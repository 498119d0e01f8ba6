import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// Issue 14, finding 7: pages without a survey element never sent the queue. A response queued
// offline on one intranet page (page A, a real second tab taken offline) is delivered when the
// person next opens a page that carries only <genbridge-results> (page B), from the built bundles.

const PAGES = '/test/results/outbox-pages';
type Tab = { tab: string };
const evalIn = async <T>(tab: Tab, expression: string): Promise<T> =>
  (
    await executeServerCommand<{ value: T }, { tab: string; expression: string }>('tab-eval', {
      ...tab,
      expression,
    })
  ).value;

async function stored(bucket: string): Promise<{ responseId: string; data?: unknown }[]> {
  const res = await fetch(`/test-api/state/${bucket}`);
  return ((await res.json()) as { stored: { responseId: string }[] }).stored;
}

async function until(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('any Genbridge element sends the outbox', () => {
  before(async () => {
    for (const file of ['genbridge-survey.js', 'genbridge-results.js']) {
      const res = await fetch(`/bundle/${file}`, { method: 'HEAD' });
      expect(
        res.status,
        `bundle/${file} missing: run pnpm --filter @genbridge/widget build`,
      ).to.equal(200);
    }
  });

  it('a response queued offline on page A is delivered when page B, with only <genbridge-results>, loads online', async function () {
    this.timeout(60_000);
    localStorage.clear();
    const bucket = `outbox-flush-${crypto.randomUUID()}`;
    const endpoint = `/test-api/responses/${bucket}`;
    const a = await executeServerCommand<Tab, { url: string }>('tab-open', {
      url: `${PAGES}/survey-page.html?endpoint=${encodeURIComponent(endpoint)}`,
    });
    await evalIn(
      a,
      `customElements.whenDefined('genbridge-survey').then(() => document.querySelector('genbridge-survey').surveyReady)`,
    );
    await executeServerCommand('tab-offline', { ...a, offline: true });
    const queued = await evalIn<string>(
      a,
      `(async () => {
        const el = document.querySelector('genbridge-survey');
        el.model.setValue('note', 'written on the train');
        await el.updateComplete;
        el.shadowRoot.querySelector('[part~="button-complete"]').click();
        const end = Date.now() + 15000;
        while (window.submitErrors.length === 0 && Date.now() < end)
          await new Promise((r) => setTimeout(r, 50));
        const list = JSON.parse(localStorage.getItem('genbridge:outbox:v1') || '[]');
        return JSON.stringify({ onLine: navigator.onLine, errors: window.submitErrors, list });
      })()`,
    );
    const state = JSON.parse(queued) as {
      onLine: boolean;
      errors: { reason: string }[];
      list: { responseId: string }[];
    };
    expect(state.onLine).to.equal(false);
    expect(state.errors[0]?.reason).to.equal('network');
    expect(state.list).to.have.length(1);
    const responseId = state.list[0]!.responseId;
    await executeServerCommand('tab-close', a);
    expect(await stored(bucket)).to.deep.equal([]);

    // Page B: no survey element, no survey-core; it loads online and sends what A left.
    const b = await executeServerCommand<Tab, { url: string }>('tab-open', {
      url: `${PAGES}/results-page.html`,
    });
    try {
      const surveyDefined = await evalIn<boolean>(
        b,
        `Boolean(customElements.get('genbridge-survey'))`,
      );
      expect(surveyDefined).to.equal(false);
      await until(
        'page B to deliver the queued response',
        async () => (await stored(bucket)).length === 1,
      );
      expect((await stored(bucket))[0]!.responseId).to.equal(responseId);
      await until(
        'the queue to empty',
        async () =>
          (await evalIn<string | null>(b, `localStorage.getItem('genbridge:outbox:v1')`)) === null,
      );
      // Exactly once: nothing is sent again.
      const attempts = (
        (await (await fetch(`/test-api/state/${bucket}`)).json()) as { attempts: number }
      ).attempts;
      await new Promise((r) => setTimeout(r, 1500));
      expect(
        ((await (await fetch(`/test-api/state/${bucket}`)).json()) as { attempts: number })
          .attempts,
      ).to.equal(attempts);
    } finally {
      await executeServerCommand('tab-close', b);
    }
  });

  it('the results bundle flushes without carrying survey-core', async () => {
    const code = await (await fetch('/bundle/genbridge-results.js')).text();
    // (Booleans: a failing `contain` would print the whole bundle.)
    expect(
      code.includes('genbridge:outbox:v1'),
      'the outbox flusher is in the results entry',
    ).to.equal(true);
    for (const marker of ['questionsOnPageMode', 'completedHtml', 'surveyjs.io'])
      expect(code.includes(marker), `survey-core marker "${marker}"`).to.equal(false);
  });
});
