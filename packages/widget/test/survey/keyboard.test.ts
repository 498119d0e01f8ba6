import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountSurvey, nextEvent, settle, type SurveyEl } from './helpers.js';

beforeEach(() => localStorage.clear());

const press = (key: string) => sendKeys({ press: key });

/**
 * Completes the survey with real key presses only (Tab, Space, arrow keys, typing, Enter), the way
 * a keyboard or switch user would. Returns the number of key presses used.
 */
async function completeByKeyboard(el: SurveyEl, done: () => boolean): Promise<number> {
  let keys = 0;
  for (let guard = 0; guard < 600 && !done(); guard++) {
    await press('Tab');
    keys++;
    await settle(el);
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    if (!active) throw new Error(`focus left the survey (on ${document.activeElement?.tagName})`);
    if (active instanceof HTMLInputElement && active.type === 'radio') {
      const group = active.closest('[role="radiogroup"]')!;
      if (group.querySelector('input:checked')) continue;
      const options = group.querySelectorAll('input').length;
      await press('Space'); // checks the focused (first) option: "yes" for yes/no questions
      keys++;
      if (options > 2) {
        await press('ArrowRight'); // arrow keys move and select within the group
        await press('ArrowRight');
        keys += 2;
      }
      await settle(el);
    } else if (active instanceof HTMLTextAreaElement) {
      await sendKeys({ type: 'Pairing worked' });
      keys++;
    } else if (
      active instanceof HTMLButtonElement &&
      /button-(next|complete)/.test(active.getAttribute('part') ?? '')
    ) {
      await press('Enter');
      keys++;
      await settle(el);
    }
  }
  return keys;
}

describe('<genbridge-survey> keyboard only', () => {
  it('completes the exit survey (incl. revealing and filling the matrix) without a pointer', async () => {
    const el = await mountSurvey({ wave: 'exit' });
    let finished = false;
    const complete = nextEvent(el, 'genbridge-complete', 60000);
    void complete.then(() => (finished = true));
    const keys = await completeByKeyboard(el, () => finished);
    const { response } = (await complete).detail;
    expect(keys).to.be.greaterThan(50);
    expect(response!.answers.dc_1).to.equal(3);
    expect(response!.answers.ce_5).to.equal(3);
    expect(Object.keys(response!.retrospective ?? {}).length).to.be.greaterThan(0);
    expect(response!.feedback?.valuableLearning).to.equal('Pairing worked');
    expect(response!.feedback?.recommend).to.equal(2);
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('completion-title');
  });

  it('Enter on Next with unanswered items moves focus to the first unanswered one', async () => {
    const el = await mountSurvey({ wave: 'exit' });
    await press('Tab');
    await press('Space');
    // Tab past the remaining groups to Next, then press Enter.
    for (let i = 0; i < 10; i++) {
      await press('Tab');
      if ((el.shadowRoot!.activeElement as HTMLElement | null)?.tagName === 'BUTTON') break;
    }
    await press('Enter');
    await settle(el);
    expect(el.shadowRoot!.activeElement?.closest('fieldset')?.dataset.question).to.equal('dc_2');
  });
});
