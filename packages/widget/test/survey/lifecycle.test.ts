import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { backoffMs } from '../../src/survey/delivery.js';
import { htmlToPlainText } from '../../src/survey/plain-text.js';
import { $, afterIdlePreload, answerPage, clickButton, mountSurvey, settle } from './helpers.js';

beforeEach(() => localStorage.clear());

describe('<genbridge-survey> lifecycle and edges', () => {
  it('stops listening to the model when removed, and listens again when re-attached', async () => {
    const el = await mountSurvey({ wave: 'exit' });
    // Past everything the mount set off, the idle preloading included.
    await afterIdlePreload(el);
    const model = el.model!;
    let updates = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof el.requestUpdate>) => {
      updates++;
      original(...args);
    };
    const parent = el.parentElement!;
    el.remove();
    model.setValue('dc_1', 2);
    // Time for an update that must not come.
    await new Promise((r) => setTimeout(r, 20));
    expect(updates).to.equal(0);
    parent.append(el);
    await settle(el);
    // What changed while detached is rendered once re-attached.
    expect($(el, '[data-question="dc_1"] input:checked')).to.not.equal(null);
    updates = 0;
    model.setValue('dc_2', 4);
    model.setValue('dc_3', 4);
    // The update first, then a moment in which a second one would show up.
    await waitUntil(() => updates > 0, 'no update after the model changed', { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 20));
    // Many property notifications, one coalesced update.
    expect(updates).to.equal(1);
    expect($(el, '[data-question="dc_2"] input:checked')).to.not.equal(null);
  });

  it('shows a configuration error instead of a survey for a missing programme or a non-code participant', async () => {
    const noProgramme = await fixture<HTMLElement>(
      html`<genbridge-survey wave="exit"></genbridge-survey>`,
    );
    await (noProgramme as unknown as { surveyReady: Promise<void> }).surveyReady;
    expect(noProgramme.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(
      '"programme" attribute is required',
    );
    const email = await mountSurvey({ participant: 'jane.doe@example.com' });
    expect($(email, '[role="alert"]')?.textContent).to.contain('must be 4 to 16 characters');
    expect(email.model).to.equal(undefined);
  });

  it('stays axe-clean in dark mode with reduced motion', async () => {
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      const el = await mountSurvey({ wave: 'exit' });
      await clickButton(el, 'button-next');
      await expect(el).to.be.accessible();
      expect(getComputedStyle($(el, '.root')!).color).to.equal('rgb(230, 237, 243)');
      await answerPage(el, 0);
      await settle(el);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });

  it('backs off 1, 2, 4, 8 … s up to 60 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => backoffMs(n))).to.deep.equal([
      1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000,
    ]);
  });

  it('turns survey HTML into inert text', () => {
    expect(
      htmlToPlainText(
        '<p>Thank you &amp; <b>bye</b></p><script>alert(1)</script><p>x &#x3C;y&#62;</p>',
      ),
    ).to.equal('Thank you & bye\nx <y>');
  });
});
