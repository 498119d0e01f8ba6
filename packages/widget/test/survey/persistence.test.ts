import { expect } from '@open-wc/testing';
import {
  $,
  $$,
  answerPage,
  clickButton,
  completeSurvey,
  mountSurvey,
  nextEvent,
  settle,
} from './helpers.js';

beforeEach(() => localStorage.clear());

describe('<genbridge-survey> never loses an answer', () => {
  it('restores answers and the current page after a reload, per programme, wave and participant', async () => {
    const first = await mountSurvey({ wave: 'exit', programme: 'rm-2026', participant: 'AAAA-11' });
    await answerPage(first, 1);
    await clickButton(first, 'button-next');
    $$<HTMLInputElement>(first, '[data-question="iu_1"] input')[4]!.click();
    await settle(first);
    const responseId = JSON.parse(
      localStorage.getItem('genbridge:draft:v2:rm-2026:exit:genbridge-core@1.0.0:AAAA-11')!,
    ).responseId as string;
    first.remove();

    // "Reload": a fresh element with the same programme, wave and participant.
    const again = await mountSurvey({ wave: 'exit', programme: 'rm-2026', participant: 'AAAA-11' });
    expect(again.model!.currentPage.name).to.equal('intergenerational_understanding');
    expect(again.model!.getValue('dc_1')).to.equal(2);
    expect(again.model!.getValue('iu_1')).to.equal(5);
    expect($$<HTMLInputElement>(again, '[data-question="iu_1"] input')[4]!.checked).to.equal(true);
    // The response keeps the id it was given when the person started (idempotency across reloads).
    const complete = nextEvent(again, 'genbridge-complete');
    await completeSurvey(again);
    expect((await complete).detail.response!.responseId).to.equal(responseId);

    // Another participant or wave starts empty.
    const other = await mountSurvey({ wave: 'exit', programme: 'rm-2026', participant: 'BBBB-22' });
    expect(other.model!.currentPageNo).to.equal(0);
    expect(other.model!.getValue('dc_1')).to.equal(undefined);
  });

  it('keeps typed open answers on every keystroke', async () => {
    const el = await mountSurvey({ wave: 'exit', participant: 'CCCC-33' });
    el.model!.currentPage = el.model!.getPageByName('feedback');
    await settle(el);
    const area = $<HTMLTextAreaElement>(el, 'textarea')!;
    area.value = 'Shortcuts in spreadsheets';
    area.dispatchEvent(new Event('input'));
    const draft = JSON.parse(
      localStorage.getItem('genbridge:draft:v2:test-prog:exit:genbridge-core@1.0.0:CCCC-33')!,
    );
    expect(draft.data.valuable_learning).to.equal('Shortcuts in spreadsheets');
  });
});
