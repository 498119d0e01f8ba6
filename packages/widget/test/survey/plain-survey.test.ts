import { expect } from '@open-wc/testing';
import {
  $,
  $$,
  completeSurvey,
  endpointFor,
  mountSurvey,
  newBucket,
  nextEvent,
  serverState,
  settle,
} from './helpers.js';

beforeEach(() => localStorage.clear());

/** SurveyJS's quick-start NPS survey shape: nothing of it is a Genbridge instrument. */
const npsSurvey = {
  title: 'Product feedback',
  pages: [
    {
      name: 'p1',
      elements: [
        {
          type: 'radiogroup',
          name: 'satisfied',
          title: 'Are you satisfied?',
          isRequired: true,
          choices: ['Yes', 'Somewhat', 'No'],
        },
        {
          type: 'rating',
          name: 'nps_score',
          title: 'How likely are you to recommend us?',
          isRequired: true,
          rateMin: 0,
          rateMax: 10,
        },
      ],
    },
    {
      name: 'p2',
      elements: [
        {
          type: 'radiogroup',
          name: 'channel',
          title: 'How did you hear of us?',
          choices: ['Friend', 'Search', 'Ad'],
        },
      ],
    },
  ],
};

describe('<genbridge-survey> with a plain SurveyJS survey', () => {
  it('completes and fires genbridge-complete with the survey data (old code: never fired)', async () => {
    const el = await mountSurvey({ props: { surveyJson: npsSurvey } });
    const complete = nextEvent(el, 'genbridge-complete', 10_000);
    await completeSurvey(el, 1);
    const { detail } = await complete;
    expect(detail.data).to.deep.equal({ satisfied: 'Somewhat', nps_score: 1, channel: 'Search' });
    expect(detail.response).to.equal(undefined);
    expect(detail.wave).to.equal('baseline');
  });

  it('never shows internal field names to the participant (old code: "consent: must be true; answers.dc_1: is required…")', async () => {
    const el = await mountSurvey({ props: { surveyJson: npsSurvey } });
    await completeSurvey(el, 0);
    await settle(el);
    const shown = el.shadowRoot!.textContent ?? '';
    expect(shown).not.to.match(/answers\.|consent:|is required|must be/);
    expect($(el, '[part~="completion"]')).not.to.equal(null);
  });

  it('posts the data once with the same idempotent delivery', async () => {
    const bucket = newBucket();
    const el = await mountSurvey({
      participant: null,
      endpoint: endpointFor(bucket),
      props: { surveyJson: npsSurvey },
    });
    const submitted = nextEvent(el, 'genbridge-submitted', 10_000);
    await completeSurvey(el, 2);
    const { detail } = await submitted;
    expect(detail.wave).to.equal('baseline');
    const state = await serverState(bucket);
    expect(state.stored).to.have.length(1);
    const stored = state.stored[0]!;
    expect(stored.responseId).to.equal(detail.responseId);
    expect(stored.data).to.deep.equal({ satisfied: 'No', nps_score: 2, channel: 'Ad' });
    expect($$(el, '[part~="error"]')).to.have.length(0);
  });
});
