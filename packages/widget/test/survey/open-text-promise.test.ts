import { expect } from '@open-wc/testing';
import { mountSurvey, type SurveyEl } from './helpers.js';

// Issue 14, finding 4: the exit survey told participants open answers were "shown only to the
// programme team, and only for larger groups" whatever the programme did. The element now asks the
// collector next to its endpoint for the programme's settings and says what they mean.

const privacy = {
  reportAudience: 'public',
  anonymityThreshold: 5,
  openTextInReports: true,
  openTextThreshold: 10,
};

async function serve(bucket: string, settings: unknown): Promise<void> {
  const res = await fetch(`/test-api/survey-settings/${bucket}`, {
    method: 'POST',
    body: JSON.stringify(settings),
  });
  expect(res.status).to.equal(200);
}

/** The hint under the exit survey's open question, in the survey's current locale. */
const hint = (el: SurveyEl): string =>
  String(el.model!.getQuestionByName('improvement')!.description);

describe('<genbridge-survey>: the promise about open answers follows the programme', () => {
  beforeEach(() => localStorage.clear());

  it('a programme whose results are public is not promised "only the programme team"', async () => {
    const bucket = `promise-public-${crypto.randomUUID()}`;
    await serve(bucket, privacy);
    const el = await mountSurvey({
      wave: 'exit',
      endpoint: `/test-api/programmes/${bucket}/responses`,
    });
    expect(hint(el)).not.to.match(/only to the programme team/);
    expect(hint(el)).to.match(/anyone with the link/);
    expect(hint(el)).to.match(/at least 10 people/);
  });

  it('k = 12 is the number named, in the participant’s language', async () => {
    const bucket = `promise-k12-${crypto.randomUUID()}`;
    await serve(bucket, { ...privacy, reportAudience: 'viewers', anonymityThreshold: 12 });
    const el = await mountSurvey({
      wave: 'exit',
      locale: 'de',
      endpoint: `/test-api/programmes/${bucket}/responses`,
    });
    expect(hint(el)).to.match(/mindestens 12 Personen/);
    expect(hint(el)).to.match(/nur Personen mit Zugriff/);
  });

  it('without settings (none served, or nonsense) the hint stays general and the survey starts', async () => {
    const none = await mountSurvey({
      wave: 'exit',
      endpoint: `/test-api/programmes/promise-none-${crypto.randomUUID()}/responses`,
    });
    expect(hint(none)).not.to.match(/only to the programme team/);
    expect(hint(none)).to.match(/large enough that no one can be singled out/);
    const bucket = `promise-bad-${crypto.randomUUID()}`;
    await serve(bucket, { reportAudience: 'everyone', anonymityThreshold: 1 });
    const bad = await mountSurvey({
      wave: 'exit',
      endpoint: `/test-api/programmes/${bucket}/responses`,
    });
    expect(hint(bad)).to.match(/large enough that no one can be singled out/);
  });
});
