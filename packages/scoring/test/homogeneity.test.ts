// Homogeneity (attribute disclosure): a released distribution in which every member of a shown
// group, or all but one, gave the same answer tells each member's answer although the group has
// at least k members. Each test here failed on the code before the dominance rule.
import { describe, expect, it } from 'vitest';
import {
  Instrument,
  ProgrammeReport,
  type AdditionalAnswers,
  type FeedbackSummary,
  type ProgrammeFeedback,
  type SurveyResponse,
} from '@genbridge/schema';
import { auditDisclosure, releaseEquations, scoreProgramme } from '../src/index.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

const instrument: Instrument = Instrument.parse({
  ...testInstrument,
  additionalQuestions: [
    {
      name: 'your_programme',
      waves: ['exit'],
      elements: [
        { type: 'radiogroup', name: 'sessions', choices: ['1-2', '3-5', '6+'] },
        { type: 'checkbox', name: 'helped', choices: ['talks', 'shadowing', 'projects'] },
      ],
    },
  ],
});
const now = () => new Date('2026-07-01T00:00:00Z');
const score = (rs: SurveyResponse[]) =>
  ProgrammeReport.parse(
    scoreProgramme(rs, instrument, { now, random: seeded(1), anonymityThreshold: 5 }),
  );

/** Exit responses of `rs` get feedback `fb[i]` and extras `extra[i]` (by participant order). */
function withFeedback(
  rs: SurveyResponse[],
  fb: ProgrammeFeedback[],
  extra: Record<string, unknown>[] = [],
): SurveyResponse[] {
  const people = [...new Set(rs.map((r) => r.participant))];
  return rs.map((r) => {
    if (r.wave !== 'exit') return r;
    const i = people.indexOf(r.participant);
    return {
      ...r,
      ...(fb[i] ? { feedback: fb[i] } : {}),
      ...(extra[i] ? { extra: extra[i] } : {}),
    };
  });
}
const shown = (report: ProgrammeReport, key: string): FeedbackSummary | null => {
  const f = report.feedback.find((g) => g.key === key);
  return !f || f.suppressed ? null : f;
};
const closed = (f: FeedbackSummary, name: string) =>
  f.additional?.find((a) => a.name === name) as Extract<AdditionalAnswers, { kind: 'closed' }>;
const varied = (i: number): ProgrammeFeedback => ({
  satisfaction: 1 + (i % 5),
  recommend: (3 * i) % 11,
  pairingQuality: 1 + ((i + 2) % 5),
  meetingFrequency: (['weekly', 'monthly'] as const)[i % 2],
});

describe('homogeneity: a distribution where all (or all but one) gave one answer is hidden', () => {
  it('k people all answering 9 to recommend: no figure tells that each answered 9', () => {
    const rs = withFeedback(
      cohortOf(5),
      Array.from({ length: 5 }, (_, i) => ({ ...varied(i), recommend: 9 })),
    );
    const all = shown(score(rs), 'all') as FeedbackSummary;
    expect(all).not.toBeNull();
    expect(all.nps.distribution).toBeNull();
    expect(all.nps.promoters).toBeNull();
    expect(all.nps.score).toBeNull();
    expect(all.nps.hidden).toBe('homogeneous');
    // Varied answers stay shown.
    expect(all.satisfaction.distribution).not.toBeNull();
    expect(all.satisfaction.hidden).toBeUndefined();
  });

  it('all but one answering the same is hidden too; all but two is shown', () => {
    const almost = withFeedback(
      cohortOf(5),
      Array.from({ length: 5 }, (_, i) => ({ ...varied(i), satisfaction: i === 0 ? 2 : 5 })),
    );
    const a = shown(score(almost), 'all') as FeedbackSummary;
    expect(a.satisfaction.distribution).toBeNull();
    expect(a.satisfaction.mean).toBeNull();
    expect(a.satisfaction.hidden).toBe('homogeneous');
    const two = withFeedback(
      cohortOf(5),
      Array.from({ length: 5 }, (_, i) => ({ ...varied(i), satisfaction: i < 2 ? 2 : 5 })),
    );
    const b = shown(score(two), 'all') as FeedbackSummary;
    expect(b.satisfaction.distribution).toEqual({ '1': 0, '2': 2, '3': 0, '4': 0, '5': 3 });
  });

  it('NPS categories count: everyone a promoter (9s and 10s) hides the NPS', () => {
    const rs = withFeedback(
      cohortOf(6),
      Array.from({ length: 6 }, (_, i) => ({ ...varied(i), recommend: i % 2 ? 9 : 10 })),
    );
    const all = shown(score(rs), 'all') as FeedbackSummary;
    expect(all.nps.distribution).toBeNull();
    expect(all.nps.hidden).toBe('homogeneous');
  });

  it('a homogeneous group is not recoverable as all − the other groups of its breakdown', () => {
    const mentors = cohortOf(6, { prefix: 'M', role: 'mentor' });
    const mentees = cohortOf(6, { prefix: 'E', role: 'mentee', seed: 2 });
    const fb = [
      ...Array.from({ length: 6 }, (_, i) => varied(i)),
      ...Array.from({ length: 6 }, (_, i) => ({ ...varied(i + 1), pairingQuality: 4 })),
    ];
    const rs = withFeedback([...mentors, ...mentees], fb);
    const report = score(rs);
    const all = shown(report, 'all') as FeedbackSummary;
    const mentor = shown(report, 'role:mentor') as FeedbackSummary;
    const mentee = shown(report, 'role:mentee') as FeedbackSummary;
    expect(mentee.pairingQuality.hidden).toBe('homogeneous');
    // all − mentors would give the mentees' distribution: one of them must be hidden.
    expect(
      all.pairingQuality.distribution === null || mentor.pairingQuality.distribution === null,
    ).toBe(true);
    expect(mentor.pairingQuality.hidden ?? all.pairingQuality.hidden).toBe('complementary');
    // Other questions of the same groups are unaffected.
    expect(mentor.satisfaction.distribution).not.toBeNull();
    // No equation of a hidden figure is released (it is listed only as hidden, for the audit to
    // check that the released ones do not give it back), and the audit finds nobody.
    const equations = releaseEquations(report, rs, { instrument });
    const hiddenMentees = equations.filter(
      (e) => e.label.includes('role=mentee') && e.variable.startsWith('feedback:pairingQuality='),
    );
    expect(hiddenMentees.length).toBeGreaterThan(0);
    expect(hiddenMentees.every((e) => e.hidden === 'homogeneous')).toBe(true);
    expect(auditDisclosure([{ id: 'r1', equations }]).disclosed).toBe(false);
  });

  it('additional questions: one answer by all, or a checkbox everyone ticked alike, is hidden', () => {
    const rs = withFeedback(
      cohortOf(5),
      Array.from({ length: 5 }, (_, i) => varied(i)),
      Array.from({ length: 5 }, (_, i) => ({
        sessions: '3-5',
        helped: i === 0 ? ['talks'] : ['talks', 'projects'],
      })),
    );
    const all = shown(score(rs), 'all') as FeedbackSummary;
    expect(closed(all, 'sessions').distribution).toBeNull();
    expect(closed(all, 'sessions').hidden).toBe('homogeneous');
    expect(closed(all, 'helped').distribution).toBeNull();
    expect(closed(all, 'helped').hidden).toBe('homogeneous');
  });

  it('a checkbox with two people apart from the rest stays shown', () => {
    const rs = withFeedback(
      cohortOf(5),
      Array.from({ length: 5 }, (_, i) => varied(i)),
      Array.from({ length: 5 }, (_, i) => ({
        sessions: ['1-2', '3-5', '6+'][i % 3],
        helped: i < 2 ? ['talks'] : ['talks', 'projects'],
      })),
    );
    const all = shown(score(rs), 'all') as FeedbackSummary;
    expect(closed(all, 'helped').distribution).toEqual({ talks: 5, shadowing: 0, projects: 3 });
    expect(closed(all, 'sessions').distribution).not.toBeNull();
  });
});
