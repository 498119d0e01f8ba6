import { expect } from '@open-wc/testing';
import { parseInstrument } from '@genbridge/schema';
import { $, $$, completeSurvey, mountSurvey, nextEvent, settle } from './helpers.js';

beforeEach(() => localStorage.clear());

const teamwork = parseInstrument({
  id: 'teamwork-pilot',
  version: '0.2.0',
  defaultLocale: 'de',
  locales: ['de', 'en'],
  scale: {
    min: 1,
    max: 4,
    labels: [
      { de: 'Nie', en: 'Never' },
      { de: 'Selten', en: 'Rarely' },
      { de: 'Oft', en: 'Often' },
      { de: 'Immer', en: 'Always' },
    ],
  },
  constructs: [
    {
      id: 'teamwork',
      headline: true,
      name: { de: 'Zusammenarbeit', en: 'Teamwork' },
      definition: { de: 'Wie gut wir zusammenarbeiten.', en: 'How well we work together.' },
      items: [
        {
          id: 'tw_1',
          text: {
            de: 'Ich frage Kolleg:innen anderer Generationen um Rat.',
            en: 'I ask colleagues of other generations for advice.',
          },
        },
        { id: 'tw_2', text: { de: 'Meine Ideen werden gehört.', en: 'My ideas are heard.' } },
      ],
    },
  ],
});

describe('<genbridge-survey> with a custom instrument', () => {
  it('renders its items and scale in its default locale and submits answers under its ids', async () => {
    const el = await mountSurvey({ wave: 'exit', props: { instrument: teamwork } });
    expect($$(el, 'fieldset[role="radiogroup"]').map((g) => g.dataset.question)).to.deep.equal([
      'tw_1',
      'tw_2',
    ]);
    expect($$(el, '[data-question="tw_1"] label').map((l) => l.textContent?.trim())).to.deep.equal([
      'Nie',
      'Selten',
      'Oft',
      'Immer',
    ]);
    expect($(el, '[part~="button-next"]')!.textContent?.trim()).to.equal('Weiter');
    el.locale = 'en';
    await el.surveyReady;
    await settle(el);
    expect($(el, '[data-question="tw_1"] legend')!.textContent).to.contain('I ask colleagues');
    const complete = nextEvent(el, 'genbridge-complete');
    await completeSurvey(el, 2);
    const { response } = (await complete).detail;
    expect(response!.instrument).to.deep.equal({ id: 'teamwork-pilot', version: '0.2.0' });
    expect(response!.answers).to.deep.equal({ tw_1: 3, tw_2: 3 });
    expect(response!.locale).to.equal('en');
  });
});
