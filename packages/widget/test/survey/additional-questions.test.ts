import { expect } from '@open-wc/testing';
import { defaultInstrument, parseInstrument, type InstrumentInput } from '@genbridge/schema';
import {
  $$,
  completeSurvey,
  endpointFor,
  mountSurvey,
  newBucket,
  nextEvent,
  serverState,
} from './helpers.js';

beforeEach(() => localStorage.clear());

const instrument = parseInstrument({
  ...defaultInstrument,
  additionalQuestions: [
    {
      name: 'your_team',
      waves: ['exit'],
      position: 'start',
      title: { en: 'Your team', de: 'Ihr Team', fr: 'Votre équipe' },
      elements: [
        {
          type: 'radiogroup',
          name: 'department',
          title: 'Which department?',
          isRequired: true,
          choices: ['sales', 'it', 'hr'],
        },
        {
          type: 'rating',
          name: 'sessions_rating',
          title: 'How useful were the sessions?',
          rateMin: 1,
          rateMax: 5,
        },
      ],
    },
  ],
} as InstrumentInput);

describe('<genbridge-survey> with a programme’s additional questions', () => {
  it('asks them in their wave and position and delivers the answers as response.extra', async () => {
    const bucket = newBucket();
    const el = await mountSurvey({
      wave: 'exit',
      endpoint: endpointFor(bucket),
      props: { instrument },
    });
    expect($$(el, '[data-question]').map((q) => q.dataset.question)).to.deep.equal([
      'department',
      'sessions_rating',
    ]);
    const complete = nextEvent(el, 'genbridge-complete');
    const submitted = nextEvent(el, 'genbridge-submitted');
    await completeSurvey(el, 1);
    const { detail } = await complete;
    expect(detail.mode).to.equal('genbridge');
    expect(detail.response!.extra).to.deep.equal({ department: 'it', sessions_rating: 2 });
    await submitted;
    expect((await serverState(bucket)).stored[0]!.extra).to.deep.equal({
      department: 'it',
      sessions_rating: 2,
    });
  });

  it('leaves them out of the other wave', async () => {
    const el = await mountSurvey({ wave: 'baseline', props: { instrument } });
    expect(el.model!.getQuestionByName('department')).to.equal(null);
  });
});
