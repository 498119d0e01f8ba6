import { describe, expect, it } from 'vitest';
import { defaultInstrument, toSurveyJson } from '../src/index.js';
import type { LocalizableJson, SurveyJsonOptions } from '../src/index.js';

// Issue 14, finding 4: the exit survey promised "shown only to the programme team, and only for
// larger groups" whatever the programme did, while the demo published every open answer.

/** The hint under each open question of the exit survey, in every locale. */
function hints(options: Partial<SurveyJsonOptions> = {}): LocalizableJson[] {
  const json = toSurveyJson(
    { ...defaultInstrument, locales: ['en', 'de', 'fr'] },
    { wave: 'exit', ...options },
  );
  const comments = json.pages.flatMap((p) => p.elements).filter((e) => e.type === 'comment');
  expect(comments.length).toBeGreaterThan(0);
  return comments.map((c) => c.description!);
}

const texts = (options: Partial<SurveyJsonOptions>) =>
  hints(options).flatMap((h) => [h.default, h.de!, h.fr!]);

const settings = {
  reportAudience: 'viewers',
  anonymityThreshold: 5,
  openTextInReports: true,
  openTextThreshold: 10,
} as const;

describe('what the exit survey promises about open answers', () => {
  it('a programme whose report is public does not claim "only the programme team"', () => {
    const all = texts({ privacy: { ...settings, reportAudience: 'public' } });
    for (const text of all) {
      expect(text).not.toMatch(/only to the programme team|nur das Programmteam|que par l’équipe/);
    }
    const [en] = hints({ privacy: { ...settings, reportAudience: 'public' } });
    expect(en!.default).toMatch(/anyone/);
    expect(en!.default).toMatch(/word for word/);
  });

  it('names the smallest group whose open answers a report shows: k = 10 names 10', () => {
    for (const text of texts({
      privacy: { ...settings, anonymityThreshold: 10, openTextThreshold: 10 },
    })) {
      expect(text).toMatch(/\b10\b/);
    }
  });

  it('a k above the open-text threshold is the number named (groups below k are never shown)', () => {
    for (const text of texts({
      privacy: { ...settings, anonymityThreshold: 12, openTextThreshold: 10 },
    })) {
      expect(text).toMatch(/\b12\b/);
      expect(text).not.toMatch(/\b10\b/);
    }
  });

  it('a report restricted to viewers says so, and is not called public', () => {
    const [en] = hints({ privacy: settings });
    expect(en!.default).not.toMatch(/anyone/);
    expect(en!.default).toMatch(/access/);
  });

  it('open answers left out of reports are not promised to appear in them', () => {
    const [en] = hints({ privacy: { ...settings, openTextInReports: false } });
    expect(en!.default).toMatch(/not shown in the programme’s results/);
    expect(en!.default).not.toMatch(/at least/);
  });

  it('without the programme’s settings the hint promises nothing it cannot know', () => {
    for (const text of texts({})) {
      expect(text).not.toMatch(/only to the programme team|nur das Programmteam|que par l’équipe/);
    }
  });

  it('a programme’s own wording still wins', () => {
    const [en] = hints({
      privacy: { ...settings, reportAudience: 'public' },
      text: { openTextHint: { en: 'Our own words.' } },
    });
    expect(en!.default).toBe('Our own words.');
  });
});
