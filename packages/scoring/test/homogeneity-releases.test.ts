// Homogeneity across releases: a figure that release 2 hides because its members answered alike
// must not follow from release 1's figures together with release 2's. Release 1 shows mentors
// (8 × 9, 2 × 7), mentees and all; one mentor then replaces their exit answer 7 by 9 (same
// members, so the release rule's membership check passes); release 2 hides the mentors (9 × 9,
// 1 × 7) and the mentees (complementary) but shows all: all₂ − mentees₁ = mentors₂. Failed on
// the code before the rule: auditDisclosure found nothing (nobody's value is determined alone).
import { describe, expect, it } from 'vitest';
import type { ProgrammeFeedback, SurveyResponse } from '@genbridge/schema';
import { auditDisclosure, releaseEquations, scoreProgramme } from '../src/index.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

const options = { random: seeded(1), instrument: testInstrument, anonymityThreshold: 5 };
const feedback = (i: number, recommend: number): ProgrammeFeedback => ({
  satisfaction: 1 + (i % 5),
  recommend,
  pairingQuality: 1 + ((i + 2) % 5),
  meetingFrequency: (['weekly', 'monthly'] as const)[i % 2],
});
function withRecommend(rs: SurveyResponse[], values: number[]): SurveyResponse[] {
  const people = [...new Set(rs.map((r) => r.participant))];
  return rs.map((r) => {
    if (r.wave !== 'exit') return r;
    const i = people.indexOf(r.participant);
    return { ...r, feedback: feedback(i, values[i] as number) };
  });
}
const mentees = withRecommend(
  cohortOf(10, { prefix: 'E', role: 'mentee', seed: 2 }),
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 10],
);
const mentors = (last: number) =>
  withRecommend(cohortOf(10, { prefix: 'M', role: 'mentor' }), [9, 9, 9, 9, 9, 9, 9, 9, 7, last]);
const release = (id: string, rs: SurveyResponse[]) => {
  const report = scoreProgramme(rs, testInstrument, options);
  return { id, report, equations: releaseEquations(report, rs, options) };
};

describe('homogeneity across releases', () => {
  it('a hide in release 2 is not undone by release 1 (all₂ − mentees₁ = mentors₂)', () => {
    const first = release('1', [...mentors(7), ...mentees]);
    const second = release('2', [...mentors(9), ...mentees]);
    const group = (r: typeof first, key: string) => r.report.feedback.find((g) => g.key === key);
    // Release 1 shows the mentors; release 2 hides them as homogeneous and still shows `all`.
    const m1 = group(first, 'role:mentor');
    const m2 = group(second, 'role:mentor');
    expect(m1?.suppressed === false && m1.nps.distribution !== null).toBe(true);
    expect(m2?.suppressed === false && m2.nps.hidden).toBe('homogeneous');
    // Each release alone is fine …
    expect(auditDisclosure([first])).toEqual({ disclosed: false });
    expect(auditDisclosure([second])).toEqual({ disclosed: false });
    // … together they give the hidden distribution: the audit must say so (and name no one).
    const verdict = auditDisclosure([first, second]);
    expect(verdict.disclosed).toBe(true);
    if (!verdict.disclosed) return;
    expect(verdict.findings.some((f) => f.variable.startsWith('feedback:recommend='))).toBe(true);
    for (const f of verdict.findings) expect(`${f.label} ${f.reason}`).not.toMatch(/M000|E000/);
  });
});
