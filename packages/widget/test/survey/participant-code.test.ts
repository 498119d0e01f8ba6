import { expect } from '@open-wc/testing';
import {
  checkCodeFacts,
  foldLetters,
  selfGeneratedCode,
} from '../../src/survey/participant-code.js';
import { $, $$, completeSurvey, mountSurvey, nextEvent, settle, type SurveyEl } from './helpers.js';

beforeEach(() => localStorage.clear());

describe('self-generated participant code', () => {
  it('builds the same code from the same facts however they are typed', () => {
    expect(
      selfGeneratedCode({
        parentLetters: 'Maria',
        birthDay: '7',
        placeLetters: 'Hamburg',
        olderSiblings: '1',
      }),
    ).to.equal('MA07-HA1');
    expect(
      selfGeneratedCode({
        parentLetters: ' maría ',
        birthDay: '07',
        placeLetters: 'hamburg',
        olderSiblings: '1',
      }),
    ).to.equal('MA07-HA1');
    expect(
      selfGeneratedCode({
        parentLetters: 'Özlem',
        birthDay: '31',
        placeLetters: 'Évian',
        olderSiblings: '0',
      }),
    ).to.equal('OZ31-EV0');
    expect(foldLetters('Straße')).to.equal('STRASSE');
    expect(
      checkCodeFacts({
        parentLetters: 'M',
        birthDay: '32',
        placeLetters: '12',
        olderSiblings: '10',
      }),
    ).to.deep.equal({
      parentLetters: 'letters',
      birthDay: 'day',
      placeLetters: 'letters',
      olderSiblings: 'siblings',
    });
  });

  async function type(el: SurveyEl, id: string, value: string) {
    const input = $<HTMLInputElement>(el, `#code-${id}`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await settle(el);
  }

  it('asks for the code when no participant is given, links errors to fields, and uses the code in the response', async () => {
    const el = await mountSurvey({ wave: 'exit', participant: null });
    expect($(el, '[part~="code-step"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    await type(el, 'parentLetters', 'M');
    ($(el, '[part~="code-step"] button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    const bad = $<HTMLInputElement>(el, '#code-parentLetters')!;
    expect(bad.getAttribute('aria-invalid')).to.equal('true');
    expect(bad.getAttribute('aria-describedby')).to.contain('code-parentLetters-err');
    expect(el.shadowRoot!.activeElement).to.equal(bad);
    expect($$(el, '[aria-invalid="true"]').length).to.equal(4);
    await expect(el).to.be.accessible();

    await type(el, 'parentLetters', 'Maria');
    await type(el, 'birthDay', '7');
    await type(el, 'placeLetters', 'Hamburg');
    await type(el, 'olderSiblings', '1');
    ($(el, '[part~="code-step"] button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    expect($(el, '[part~="code"]')!.textContent).to.contain('MA07-HA1');
    ($(el, '[part~="button-next"]') as HTMLButtonElement).click();
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('page-title');
    const complete = nextEvent(el, 'genbridge-complete');
    await completeSurvey(el);
    expect((await complete).detail.response!.participant).to.equal('MA07-HA1');
  });

  it('remembers a self-generated code only while that survey is in progress', async () => {
    const el = await mountSurvey({ wave: 'baseline', participant: null, programme: 'p-code' });
    for (const [id, v] of [
      ['parentLetters', 'Jo'],
      ['birthDay', '12'],
      ['placeLetters', 'Lyon'],
      ['olderSiblings', '0'],
    ] as const) {
      const input = $<HTMLInputElement>(el, `#code-${id}`)!;
      input.value = v;
      input.dispatchEvent(new Event('input'));
    }
    await settle(el);
    ($(el, '[part~="code-step"] button[type="submit"]') as HTMLButtonElement).click();
    await settle(el);
    ($(el, '[part~="button-next"]') as HTMLButtonElement).click();
    await settle(el);
    el.remove();
    const again = await mountSurvey({ wave: 'baseline', participant: null, programme: 'p-code' });
    expect($(again, '[part~="code-step"]')).to.equal(null);
    expect($(again, '[data-question="consent"]')).to.not.equal(null);
  });
});
