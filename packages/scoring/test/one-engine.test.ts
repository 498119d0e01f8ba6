// One implementation per statistic: the report's figures per group are the public functions
// applied to the group's data, to the last bit, because both go through the same kernel
// (engine/moments for alpha, engine/rank-levels for ranks, engine/wave-pairing for pairing).
import { describe, expect, it } from 'vitest';
import { type ConstructChange, type GroupChange, type SurveyResponse } from '@genbridge/schema';
import {
  averageRanks,
  cronbachAlpha,
  pairResponses,
  scaleScores,
  scoreProgramme,
  wilcoxonSignedRank,
} from '../src/index.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

const dcItems = ['dc_1', 'dc_2', 'dc_3', 'dc_4'];
const keyed = (r: SurveyResponse) =>
  dcItems.map((id) => {
    const v = r.answers[id];
    if (v === undefined) return Number.NaN;
    return id === 'dc_4' ? 6 - v : v;
  });

/** Three cohorts of different sizes, some items unanswered, mentors and mentees. */
function programme(): SurveyResponse[] {
  const random = seeded(3);
  const rs = [
    ...cohortOf(40, { seed: 1, prefix: 'A', cohort: 'a', role: 'mentor' }),
    ...cohortOf(25, { seed: 2, prefix: 'B', cohort: 'b', role: 'mentee' }),
    ...cohortOf(12, { seed: 4, prefix: 'C', cohort: 'c', role: 'mentee' }),
  ];
  return rs.map((r) => {
    if (random() > 0.1) return r;
    const { dc_2: _, ...answers } = r.answers;
    return { ...r, answers };
  });
}

describe('one engine', () => {
  const responses = programme();
  const report = scoreProgramme(responses, testInstrument, { random: seeded(1) });
  const pairing = pairResponses(responses);
  const shown = report.groups.filter((g): g is GroupChange => !g.suppressed);
  const membersOf = (g: GroupChange) =>
    pairing.matched.filter(
      ({ baseline }) =>
        g.dimension === 'all' ||
        (g.dimension === 'cohort' && baseline.cohort === g.value) ||
        (g.dimension === 'role' && baseline.role === g.value),
    );

  it('shows several groups (the test would prove nothing otherwise)', () => {
    expect(shown.map((g) => g.key)).toEqual(
      expect.arrayContaining(['all', 'cohort:a', 'cohort:b', 'cohort:c', 'role:mentor']),
    );
  });

  it("each group's alpha is cronbachAlpha of the group's rows, bit for bit", () => {
    for (const g of shown) {
      const dc = g.constructs.find((c) => c.constructId === 'digital_confidence');
      const members = membersOf(g);
      for (const wave of ['baseline', 'exit'] as const) {
        const expected = cronbachAlpha(members.map((m) => keyed(m[wave])));
        expect(dc?.reliability[wave].alpha, `${g.key} ${wave}`).toBe(expected.alpha);
        expect(dc?.reliability[wave].n).toBe(expected.n);
      }
    }
  });

  it("each group's Wilcoxon test is wilcoxonSignedRank of the group's changes", () => {
    for (const g of shown) {
      const dc = g.constructs.find(
        (c) => c.constructId === 'digital_confidence',
      ) as ConstructChange;
      const d = membersOf(g)
        .map(({ baseline, exit }) => {
          const pre = scaleScores(baseline.answers, testInstrument).digital_confidence;
          const post = scaleScores(exit.answers, testInstrument).digital_confidence;
          // The report ranks changes rounded to 1e-9 (docs/methodology.md: ties from floating point).
          return pre == null || post == null ? null : Math.round((post - pre) * 1e9) / 1e9;
        })
        .filter((x): x is number => x !== null);
      const w = wilcoxonSignedRank(d);
      expect(dc.wilcoxon, g.key).toEqual({
        v: w.v,
        p: w.p,
        method: w.method,
        nNonZero: w.nNonZero,
      });
    }
  });
});

describe('the one ranking', () => {
  // The definition, O(n²): rank = number of smaller values + (number of equal values + 1) / 2.
  const naiveRanks = (x: number[]) =>
    x.map((v) => x.filter((y) => y < v).length + (x.filter((y) => y === v).length + 1) / 2);

  it('averageRanks equals the definition on random tied data', () => {
    const random = seeded(5);
    for (let trial = 0; trial < 50; trial++) {
      const x = Array.from(
        { length: 1 + Math.floor(random() * 60) },
        () => Math.round((random() - 0.4) * 8) / 4,
      );
      expect(Array.from(averageRanks(x).ranks)).toEqual(naiveRanks(x));
    }
  });

  it('V of wilcoxonSignedRank is the rank sum of the positive differences', () => {
    const random = seeded(9);
    for (let trial = 0; trial < 50; trial++) {
      const d = Array.from(
        { length: 1 + Math.floor(random() * 80) },
        () => Math.round((random() - 0.4) * 8) / 4,
      );
      const nonZero = d.filter((x) => x !== 0);
      const ranks = naiveRanks(nonZero.map(Math.abs));
      const v = nonZero.reduce((s, x, i) => (x > 0 ? s + (ranks[i] as number) : s), 0);
      expect(wilcoxonSignedRank(d).v).toBe(nonZero.length === 0 ? null : v);
    }
  });

  it('has no rank for NaN', () => {
    expect(() => averageRanks([1, Number.NaN])).toThrow(/value 2 is NaN/);
  });
});
