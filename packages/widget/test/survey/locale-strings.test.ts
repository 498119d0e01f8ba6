/**
 * Interface words in every language we ship (issue 14 finding 10: German showed "Select..."; issue
 * 14's survey states had no Arabic or Hebrew). Checked in Chromium through the rendered element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { loadLanguage } from '../../src/survey/load-language.js';
import { stateStrings, type StateStrings } from '../../src/survey/state-strings.js';
import { $, answerPage, clickButton, mountSurvey, settle } from './helpers.js';

const survey = {
  elements: [{ type: 'dropdown', name: 'team', title: 'Team', choices: ['Sales', 'Support'] }],
};

const placeholder = (el: Element & { shadowRoot: ShadowRoot | null }) =>
  el.shadowRoot!.querySelector('select option')!.textContent!.trim();

beforeEach(() => localStorage.clear());

describe('dropdown placeholder ("Select...") in each language', () => {
  const expected: Record<string, RegExp> = {
    de: /auswählen/i,
    'de-CH': /auswählen/i,
    fr: /choisi/i,
    'fr-CA': /choisi/i,
    ar: /اختر|الاختيار/,
    he: /בחר/,
  };
  for (const [locale, words] of Object.entries(expected)) {
    it(`${locale}: translated when the survey starts in ${locale}`, async () => {
      const el = await mountSurvey({ locale, props: { surveyJson: survey } });
      expect(placeholder(el)).to.match(words);
      expect(placeholder(el)).not.to.match(/select/i);
    });

    it(`${locale}: translated after the page switches the language at run time`, async () => {
      const el = await mountSurvey({ locale: 'en', props: { surveyJson: survey } });
      expect(placeholder(el)).to.match(/select/i);
      el.setAttribute('locale', locale);
      await el.surveyReady;
      // survey-core's strings for the new language arrive in a chunk: wait for them, not a time.
      await waitUntil(
        () => words.test(el.shadowRoot!.querySelector('select option')?.textContent ?? ''),
        `the placeholder did not switch to ${locale}`,
        { timeout: 10_000 },
      );
      await settle(el);
      expect(placeholder(el)).to.match(words);
      expect($(el, '.root')!.getAttribute('lang')).to.equal(locale.split('-')[0]);
    });
  }

  for (const wave of ['baseline', 'exit'] as const)
    it(`de: no English "Select" on any page of the ${wave} survey`, async () => {
      const el = await mountSurvey({ locale: 'de', wave });
      for (let page = 0; page < 20; page++) {
        const shown = [
          el.shadowRoot!.textContent ?? '',
          ...[...el.shadowRoot!.querySelectorAll('[placeholder]')].map((n) =>
            n.getAttribute('placeholder'),
          ),
        ].join(' ');
        expect(shown, `page ${page}`).not.to.match(/\bselect\b/i);
        if (!$(el, '[part~="button-next"]')) break;
        await answerPage(el);
        await clickButton(el, 'button-next');
      }
    });

  it("keeps the author's own placeholder", async () => {
    const el = await mountSurvey({
      locale: 'de',
      props: {
        surveyJson: {
          elements: [{ ...survey.elements[0], placeholder: { default: 'Pick', de: 'Wählen' } }],
        },
      },
    });
    expect(placeholder(el)).to.equal('Wählen');
  });
});

describe('survey state messages in Arabic and Hebrew', () => {
  const keys = Object.keys(stateStrings('en')) as (keyof StateStrings)[];
  const render = (s: StateStrings, k: keyof StateStrings) => {
    const v = s[k];
    return typeof v === 'function' ? (v as (x: never) => string)('2026' as never) : v;
  };
  for (const locale of ['ar', 'he']) {
    it(`${locale}: every state message is translated`, async () => {
      await loadLanguage(locale);
      const en = stateStrings('en');
      const own = stateStrings(locale);
      const script = locale === 'ar' ? /[\u0600-\u06ff]/ : /[\u0590-\u05ff]/;
      for (const k of keys) {
        expect(render(own, k), k).not.to.equal(render(en, k));
        expect(render(own, k), k).to.match(script);
      }
    });
  }
});
