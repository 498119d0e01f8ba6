// Homogeneity of scores through the people in both of two overlapping groups (scoring rule 11,
// three parts). Two shown figures A (role:mentee) and B (cohort:spring) of different breakdowns,
// neither inside the other, split their people into three parts: only in A (autumn mentees), in
// both (spring mentees) and only in B (spring mentors). Each figure shows n, mean and SD, so a
// reader knows Σ and Σx² of A and of B: four sums over three parts. The reader is assumed to know
// each part's size (the report does not show cross counts, but a manager who knows who took part
// does). The reader here tries every multiset of scores (quarter points: digital_confidence has
// four items) for the shared part, looks up the multisets of the other two parts that complete
// both figures' sums, and reports a part told when every fitting multiset puts all its members, or
// all but one, at one score. The attacks failed on the code before `valuesApartWithShared` (all
// fifteen people's scores were told); the last tests check what must stay shown.
import { describe, expect, it } from 'vitest';
import { ProgrammeReport, type GroupChange, type SurveyResponse } from '@genbridge/schema';
import { valuesApartWithShared, type ValueKind } from '../src/disclosure/extreme-values.js';
import {
  digitalConfidence,
  multisets,
  programme,
  QUARTERS,
  SCORE_KINDS,
  sums,
  tally,
} from './overlap-reader.js';
import { seeded } from './helpers.js';

/** Per (Σ, Σx²) of the multisets of `size` integers in [lo, hi]: the told value of each, or NaN. */
const toldCache = new Map<string, Map<number, Set<number>>>();
const key = (sum: number, squares: number) => sum * 1e7 + squares;
function toldBySums(size: number, lo: number, hi: number): Map<number, Set<number>> {
  const id = `${size}:${lo}:${hi}`;
  const known = toldCache.get(id);
  if (known) return known;
  const out = new Map<number, Set<number>>();
  const all = multisets(size, lo, hi);
  for (let i = 0; i < all.sum.length; i++) {
    const count = all.modeCount[i] as number;
    const told = count >= size || (count >= 2 && count >= size - 1) ? (all.mode[i] as number) : NaN;
    const k = key(all.sum[i] as number, all.squares[i] as number);
    let shapes = out.get(k);
    if (!shapes) out.set(k, (shapes = new Set()));
    shapes.add(told);
  }
  toldCache.set(id, out);
  return out;
}

/**
 * Which of the three parts (sizes p, q, r: only in A, in both, only in B) every set of scores in
 * [lo, hi] with A's sums `a` and B's sums `b` tells.
 */
function toldParts(
  [p, q, r]: readonly [number, number, number],
  a: { sum: number; squares: number },
  b: { sum: number; squares: number },
  lo: number,
  hi: number,
): ('onlyA' | 'both' | 'onlyB')[] {
  const P = toldBySums(p, lo, hi);
  const Q = toldBySums(q, lo, hi);
  const R = toldBySums(r, lo, hi);
  const seen = [new Set<number>(), new Set<number>(), new Set<number>()] as const;
  for (const [k, shapes] of Q) {
    const sum = Math.round(k / 1e7);
    const squares = k - sum * 1e7;
    const ps = P.get(key(a.sum - sum, a.squares - squares));
    const rs = R.get(key(b.sum - sum, b.squares - squares));
    if (!ps || !rs) continue;
    for (const s of ps) seen[0].add(s);
    for (const s of shapes) seen[1].add(s);
    for (const s of rs) seen[2].add(s);
  }
  const names = ['onlyA', 'both', 'onlyB'] as const;
  return names.filter((_, i) => {
    const values = [...(seen[i] as Set<number>)];
    return values.length === 1 && !Number.isNaN(values[0]);
  });
}

type Sums = { sum: number; squares: number };
interface Figure {
  label: string;
  dimension: string;
  members: Set<string>;
  /** Σ and Σx² of baseline, exit and change, where shown. */
  sums: (Sums | null)[];
}

/**
 * What a reader who knows everyone's role and cohort learns from two digital_confidence figures
 * of different breakdowns that overlap without nesting, through all four of their sums. The
 * figures are those shown and, per breakdown, `all` minus its shown groups: the hidden rest,
 * which subtraction gives as surely as a shown figure.
 */
function toldThroughShared(responses: SurveyResponse[], report: ProgrammeReport) {
  const baselines = responses.filter((r) => r.wave === 'baseline');
  const membersOf = (dimension: 'role' | 'cohort', values: readonly string[]) =>
    new Set(baselines.filter((r) => values.includes(r[dimension] ?? '')).map((r) => r.participant));
  const dcOf = digitalConfidence;
  const kinds = SCORE_KINDS;
  const sumsOf = (g: GroupChange) =>
    kinds.map((k) => sums(dcOf(g).n, k.of(dcOf(g)).mean, k.of(dcOf(g)).sd));
  const all = report.groups.find((g): g is GroupChange => g.dimension === 'all' && !g.suppressed);
  const figures: Figure[] = [];
  for (const dimension of ['role', 'cohort'] as const) {
    const groups = report.groups.filter((g) => g.dimension === dimension);
    const shown = groups.filter(
      (g): g is GroupChange => !g.suppressed && sumsOf(g).some((x) => x !== null),
    );
    for (const g of shown)
      figures.push({
        label: g.key,
        dimension,
        members: membersOf(dimension, [g.key.split(':')[1] as string]),
        sums: sumsOf(g),
      });
    const rest = groups.filter((g) => !shown.includes(g as GroupChange));
    if (!all || rest.length === 0 || shown.length === 0) continue;
    const total = sumsOf(all);
    figures.push({
      label: `all − shown ${dimension}`,
      dimension,
      members: membersOf(
        dimension,
        rest.map((g) => g.key.split(':')[1] as string),
      ),
      sums: total.map((t, k) => {
        const parts = shown.map((g) => sumsOf(g)[k]);
        if (!t || parts.some((x) => !x)) return null;
        return {
          sum: parts.reduce((s, x) => s - (x as Sums).sum, t.sum),
          squares: parts.reduce((s, x) => s - (x as Sums).squares, t.squares),
        };
      }),
    });
  }
  const findings: string[] = [];
  for (const a of figures)
    for (const b of figures) {
      if (a.dimension >= b.dimension) continue;
      const parts = [
        [...a.members].filter((p) => !b.members.has(p)).length,
        [...a.members].filter((p) => b.members.has(p)).length,
        [...b.members].filter((p) => !a.members.has(p)).length,
      ] as const;
      if (parts.some((n) => n === 0)) continue;
      kinds.forEach((kind, k) => {
        const [sa, sb] = [a.sums[k], b.sums[k]];
        if (!sa || !sb) return;
        const told = toldParts(parts, sa, sb, kind.lo * QUARTERS, kind.hi * QUARTERS);
        for (const part of told) findings.push(`${a.label} & ${b.label}: ${kind.name} of ${part}`);
      });
    }
  return findings;
}

/** Whether the digital_confidence exit mean of group `key` is shown. */
function exitShown(report: ProgrammeReport, key: string) {
  const g = report.groups.find((x) => x.key === key);
  if (!g || g.suppressed) return false;
  const c = g.constructs.find((x) => x.constructId === 'digital_confidence');
  return c?.exit.mean !== null && c?.exit.mean !== undefined;
}

const five = (v: number) => [v, v, v, v, v];

describe('construct scores: through the people in both of two overlapping groups', () => {
  it('autumn mentees all at 2, spring mentees all at 3, spring mentors all at 4 at exit are not told', () => {
    const { responses, report } = programme(
      { exit: five(2) },
      { exit: five(3) },
      { exit: five(4) },
    );
    expect(toldThroughShared(responses, report)).toEqual([]);
  });

  it('falling baselines 4.5, 3.25, 1.75 (shared part between, off the middle) are not told', () => {
    const { responses, report } = programme(
      { baseline: five(4.5) },
      { baseline: five(3.25) },
      { baseline: five(1.75) },
    );
    expect(toldThroughShared(responses, report)).toEqual([]);
  });

  it('changes of 0, +1 and +2 from mixed baselines are not told', () => {
    // The autumn mentors' changes are spread (2, 0, −1, 0, 2), so the mentor & autumn pair, whose
    // shared part they are, tells nothing either.
    const { responses, report } = programme(
      { baseline: [1, 2, 3, 4, 5], exit: [1, 2, 3, 4, 5] },
      { baseline: [1, 2, 3, 4, 4], exit: [2, 3, 4, 5, 5] },
      { baseline: [1, 1, 2, 3, 3], exit: [3, 3, 4, 5, 5] },
      { baseline: [2, 3, 4, 2, 3], exit: [4, 3, 3, 2, 5] },
    );
    expect(toldThroughShared(responses, report)).toEqual([]);
  });

  it('the difference attack (autumn mentees all at 5, spring mentors all at 1) is not told through the rest', () => {
    // Rule 11's first attack: hiding cohort:spring alone left it as all − cohort:autumn.
    const { responses, report } = programme({ exit: five(5) }, {}, { exit: five(1) });
    expect(toldThroughShared(responses, report)).toEqual([]);
  });

  it('the shared part outside the other two (2, 4, 3) tells nothing and stays shown', () => {
    const { responses, report } = programme(
      { exit: five(2) },
      { exit: five(4) },
      { exit: five(3) },
    );
    expect(toldThroughShared(responses, report)).toEqual([]);
    for (const key of ['role:mentee', 'role:mentor', 'cohort:spring', 'cohort:autumn'])
      expect({ key, shown: exitShown(report, key) }).toEqual({ key, shown: true });
  });
});

describe('valuesApartWithShared: what two overlapping figures tell through the people in both', () => {
  const score: ValueKind = { lo: 1, hi: 5, spread: true };
  const apart = (a: number[], both: number[], b: number[], kind = score) =>
    valuesApartWithShared(tally(a, kind), tally(b, kind), tally(both, kind), [kind]);

  it('everything it reports is told: every set of integer scores with the same four sums agrees', () => {
    // Integer scores are a subset of the real values the rule reasons about, so parts the rule
    // finds told must be told here too (never the reverse: the step of 1 tells more).
    const random = seeded(7);
    const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
    const sq = (xs: number[]) => xs.reduce((s, x) => s + x * x, 0);
    const draw = (size: number) => {
      const first = 1 + Math.floor(random() * 5);
      const alike = random() < 0.7;
      return Array.from({ length: size }, () => (alike ? first : 1 + Math.floor(random() * 5)));
    };
    let reported = 0;
    for (let trial = 0; trial < 400; trial++) {
      const [a, both, b] = [0, 0, 0].map(() => draw(1 + Math.floor(random() * 3))) as [
        number[],
        number[],
        number[],
      ];
      if (!apart(a, both, b)) continue;
      reported++;
      const told = toldParts(
        [a.length, both.length, b.length],
        { sum: sum([...a, ...both]), squares: sq([...a, ...both]) },
        { sum: sum([...both, ...b]), squares: sq([...both, ...b]) },
        1,
        5,
      );
      expect({ a, both, b, told }).toEqual({ a, both, b, told: ['onlyA', 'both', 'onlyB'] });
    }
    expect(reported).toBeGreaterThan(20);
  });

  it('needs every part alike and the shared part strictly between', () => {
    expect(apart([2, 2], [3, 3, 3], [4])).toBe(true);
    expect(apart([4.5, 4.5], [3.25], [1.75, 1.75])).toBe(true);
    expect(apart([2, 2], [4, 4, 4], [3])).toBe(false);
    expect(apart([2, 2], [2, 2], [4])).toBe(false);
    // All but one alike: for real values other sets have the same sums (see the proof).
    expect(apart([2, 2, 2, 2, 2.25], [3, 3], [4, 4])).toBe(false);
    const mean: ValueKind = { lo: 1, hi: 5, spread: false };
    expect(apart([2, 2], [3, 3, 3], [4], mean)).toBe(false);
  });
});
