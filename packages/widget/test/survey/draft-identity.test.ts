import { expect } from '@open-wc/testing';
import { answerPage, mountSurvey, settle } from './helpers.js';

beforeEach(() => localStorage.clear());

const survey = (name: string, title: string) => ({
  title,
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'radiogroup', name, title: `${title}?`, choices: ['a', 'b', 'c'] },
        { type: 'radiogroup', name: 'shared', title: 'Shared?', choices: ['x', 'y'] },
      ],
    },
  ],
});

describe('<genbridge-survey> drafts belong to one survey', () => {
  it('does not restore the answers of one survey into another for the same programme, wave and participant (old code: restored)', async () => {
    const first = await mountSurvey({
      programme: 'draft-prog',
      props: { surveyJson: survey('q_a', 'First') },
    });
    await answerPage(first, 1);
    await settle(first);
    expect(first.model!.data).to.deep.equal({ q_a: 'b', shared: 'x' });
    first.remove();

    const second = await mountSurvey({
      programme: 'draft-prog',
      props: { surveyJson: survey('q_b', 'Second') },
    });
    expect(second.model!.data).to.deep.equal({});
    second.remove();

    // …while the first survey still finds its own draft.
    const again = await mountSurvey({
      programme: 'draft-prog',
      props: { surveyJson: survey('q_a', 'First') },
    });
    expect(again.model!.data).to.deep.equal({ q_a: 'b', shared: 'x' });
  });
});
