import { describe, expect, it } from 'vitest';
import { ProgrammeReport, type FeedbackSummary, type SurveyResponse } from '@genbridge/schema';
import { scoreProgramme, suppressBreakdown } from '../src/index.js';
import { cohortOf, response, seeded, testInstrument } from './helpers.js';

const score = (rs: SurveyResponse[], o: Parameters<typeof scoreProgramme>[2] = {}) =>
  ProgrammeReport.parse(scoreProgramme(rs, testInstrument, { random: seeded(1), ...o }));
const reasons = (r: ProgrammeReport) =>
  Object.fromEntries(r.groups.map((g) => [g.key, g.suppressed ? g.reason : g.n]));

describe('suppressBreakdown rules', () => {
  const g = (...ns: number[]) => ns.map((n, i) => ({ value: `g${i}`, n }));
  const run = (ns: number[], total: number, k = 5, shown = true) =>
    Object.fromEntries(suppressBreakdown(g(...ns), total, k, shown));
  it('below k is suppressed', () => {
    expect(run([4, 10, 12], 26)).toMatchObject({ g0: 'below_threshold' });
  });
  it('exactly one suppressed and total shown: the next smallest is suppressed too', () => {
    expect(run([4, 10, 12], 26)).toEqual({ g0: 'below_threshold', g1: 'complementary', g2: null });
    expect(run([12, 4, 10], 26)).toEqual({ g0: null, g1: 'below_threshold', g2: 'complementary' });
  });
  it('no complementary suppression when two are already hidden or the total is hidden', () => {
    expect(run([4, 3, 10, 12], 29)).toEqual({
      g0: 'below_threshold',
      g1: 'below_threshold',
      g2: null,
      g3: null,
    });
    expect(run([4, 10, 12], 26, 5, false)).toEqual({ g0: 'below_threshold', g1: null, g2: null });
  });
  it('a group whose complement is below k is suppressed', () => {
    // 20 of 23: the other 3 would be total − group.
    expect(run([20], 23)).toEqual({ g0: 'complement_below_threshold' });
    // Unknown values count in the complement: 10 of 14 leaves 4 without a value.
    expect(run([10], 14)).toEqual({ g0: 'complement_below_threshold' });
    // Complement 0: the group is the total; nothing more to learn.
    expect(run([30], 30)).toEqual({ g0: null });
  });
  it('k is configurable', () => {
    expect(run([7, 9, 20], 36, 8)).toEqual({
      g0: 'below_threshold',
      g1: 'complementary',
      g2: null,
    });
    expect(run([7, 9, 20], 36, 3)).toEqual({ g0: null, g1: null, g2: null });
  });
});

describe('anonymity in the report', () => {
  const mentors = cohortOf(20, { seed: 1, role: 'mentor', prefix: 'M', cohort: 'spring' });
  const mentees = cohortOf(3, { seed: 2, role: 'mentee', prefix: 'E', cohort: 'autumn' });

  it('role: mentees below k, mentors suppressed because their complement is 3', () => {
    const r = score([...mentors, ...mentees]);
    expect(reasons(r)).toEqual({
      all: 23,
      'role:mentor': 'complement_below_threshold',
      'role:mentee': 'below_threshold',
      'cohort:autumn': 'below_threshold',
      'cohort:spring': 'complement_below_threshold',
    });
  });

  it('suppressed groups carry no statistics and no n', () => {
    const r = score([...mentors, ...mentees]);
    const hidden = r.groups.find((g) => g.key === 'role:mentee');
    expect(hidden).toEqual({
      key: 'role:mentee',
      dimension: 'role',
      value: 'mentee',
      suppressed: true,
      reason: 'below_threshold',
    });
  });

  it('complementary suppression across three generations', () => {
    const a = cohortOf(12, { seed: 1, prefix: 'A', generation: 'gen_z' });
    const b = cohortOf(8, { seed: 2, prefix: 'B', generation: 'millennial' });
    const c = cohortOf(4, { seed: 3, prefix: 'C', generation: 'gen_x' });
    const r = score([...a, ...b, ...c]);
    expect(reasons(r)).toMatchObject({
      'generation:gen_z': 12,
      'generation:millennial': 'complementary',
      'generation:gen_x': 'below_threshold',
    });
  });

  it('a total below k hides everything', () => {
    const r = score(cohortOf(4, { seed: 1 }));
    expect(r.groups.every((g) => g.suppressed)).toBe(true);
    expect(r.feedback.every((g) => g.suppressed)).toBe(true);
  });

  it('k defaults to 5, may be raised, never below 3', () => {
    const rs = cohortOf(6, { seed: 1 });
    expect(score(rs).groups[0]?.suppressed).toBe(false);
    expect(score(rs, { anonymityThreshold: 7 }).groups[0]?.suppressed).toBe(true);
    expect(() => scoreProgramme(rs, testInstrument, { anonymityThreshold: 2 })).toThrow(
      /at least 3/,
    );
    expect(() => scoreProgramme(rs, testInstrument, { anonymityThreshold: 4.5 })).toThrow(
      /integer/,
    );
  });

  it('a construct answered by fewer than k pairs in a shown group has no statistics', () => {
    const rs = cohortOf(8, { seed: 4 });
    for (const r of rs.filter((x) => x.wave === 'baseline').slice(0, 4))
      for (const id of ['ce_1', 'ce_2']) delete r.answers[id];
    const all = score(rs).groups[0];
    if (!all || all.suppressed) throw new Error('all hidden');
    const ce = all.constructs.find((c) => c.constructId === 'career_engagement');
    expect(ce).toMatchObject({
      n: 4,
      notes: ['construct_n_below_threshold'],
      baseline: { mean: null },
      tTest: { t: null, p: null },
    });
  });
});

describe('feedback', () => {
  const withFeedback = (n: number, prefix: string, role: 'mentor' | 'mentee') => {
    const rs = cohortOf(n, { seed: n, prefix, role });
    rs.filter((r) => r.wave === 'exit').forEach((r, i) => {
      r.feedback = {
        satisfaction: 1 + (i % 5),
        recommend: [10, 9, 8, 7, 6, 0][i % 6] as number,
        pairingQuality: 4,
        meetingFrequency: i % 2 ? 'weekly' : 'monthly',
        valuableLearning: `${prefix} learned ${i}`,
        ...(i % 3 === 0 ? { improvement: `${prefix} improve ${i}` } : {}),
      };
    });
    return rs;
  };
  const all = (r: ProgrammeReport, key = 'all') =>
    r.feedback.find((f) => f.key === key) as FeedbackSummary;

  it('summarises satisfaction, NPS, pairing and meeting frequency', () => {
    const r = score(withFeedback(12, 'M', 'mentor'));
    const f = all(r);
    expect(f.n).toBe(12);
    expect(f.satisfaction).toEqual({
      n: 12,
      mean: 33 / 12,
      distribution: { '1': 3, '2': 3, '3': 2, '4': 2, '5': 2 },
    });
    // recommend: 10,9,8,7,6,0 twice → 4 promoters, 4 passives, 4 detractors.
    expect(f.nps).toMatchObject({ n: 12, score: 0, promoters: 4, passives: 4, detractors: 4 });
    expect(f.nps.distribution?.['10']).toBe(2);
    expect(f.nps.distribution?.['1']).toBe(0);
    // Everyone rated the pairing 4: hidden, or it would tell each member's rating.
    expect(f.pairingQuality).toEqual({
      n: 12,
      mean: null,
      distribution: null,
      hidden: 'homogeneous',
    });
    expect(f.meetingFrequency).toEqual({
      n: 12,
      distribution: { weekly: 6, fortnightly: 0, monthly: 6, less_than_monthly: 0, never: 0 },
    });
  });

  it('open text only for groups of at least 10, shuffled with the injected random', () => {
    const rs = [...withFeedback(12, 'M', 'mentor'), ...withFeedback(7, 'E', 'mentee')];
    const r = score(rs, { random: seeded(3) });
    const everyone = all(r);
    expect(everyone.openText.released).toBe(true);
    expect(everyone.openText.valuableLearning).toHaveLength(19);
    expect(everyone.openText.improvement).toHaveLength(7);
    const submitted = rs.filter((x) => x.wave === 'exit').map((x) => x.feedback?.valuableLearning);
    expect(everyone.openText.valuableLearning).not.toEqual(submitted);
    expect([...everyone.openText.valuableLearning].sort()).toEqual([...submitted].sort());
    expect(all(score(rs, { random: seeded(3) })).openText).toEqual(everyone.openText);
    expect(all(score(rs, { random: seeded(4) })).openText.valuableLearning).not.toEqual(
      everyone.openText.valuableLearning,
    );
    const mentees = all(r, 'role:mentee');
    expect(mentees.openText).toEqual({ released: false, valuableLearning: [], improvement: [] });
    // The mentors' texts beside everyone's would give the 7 mentees' texts by difference, a group
    // below the open-text threshold: complementary suppression holds the mentors' back too.
    expect(all(r, 'role:mentor').openText.released).toBe(false);
    expect(all(score(rs, { openTextThreshold: 20 })).openText.released).toBe(false);
  });

  it('uses the same suppression rules, counting exit responses (exit-only ones once there are 0 or at least k)', () => {
    const late = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        response({
          participant: `EXIT-ONLY-${i}`,
          wave: 'exit',
          role: 'mentee',
          feedback: { satisfaction: 5 },
        }),
      );
    // One exit-only response would make all − matched one person: it is left out of the feedback.
    const one = score([...withFeedback(20, 'M', 'mentor'), ...late(1)]);
    expect(one.feedback.map((f) => [f.key, f.suppressed ? f.reason : f.n])).toEqual([
      ['all', 20],
      ['role:mentor', 20],
    ]);
    expect(one.participation).toMatchObject({ matched: 20, exit: null, exitOnly: null });
    const six = score([...withFeedback(20, 'M', 'mentor'), ...late(6)]);
    expect(six.feedback.map((f) => [f.key, f.suppressed ? f.reason : f.n])).toEqual([
      ['all', 26],
      ['role:mentor', 20],
      ['role:mentee', 6],
    ]);
    expect(six.participation).toMatchObject({ matched: 20, exit: 26, exitOnly: 6 });
  });
});
