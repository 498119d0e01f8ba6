// Homogeneity of scores across overlapping breakdowns that are not nested (scoring rule 11 for
// construct figures). Two shown groups A (role) and B (cohort) show n, mean and SD of baseline,
// exit and change, so a reader knows Σ and Σx² of each; ΣA − ΣB and ΣA² − ΣB² are the sums over
// those only in A minus those only in B. The reader here tries every multiset of scores (quarter
// points: digital_confidence has four items) for both parts and keeps those with the shown
// differences; a part is told when every multiset left puts all its members, or all but one, at one
// score. The three attacks failed on the code before the rule (the parts' scores were told); the
// last test checks that a difference that only bounds the parts stays shown.
import { describe, expect, it } from 'vitest';
import { ProgrammeReport, type GroupChange, type SurveyResponse } from '@genbridge/schema';
import { valuesApart, type ValueKind } from '../src/disclosure/extreme-values.js';
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

/**
 * Whether every multiset of `part` people whose Σ and Σx² are possible beside `other` people
 * (with Σpart − Σother = d1, Σpart² − Σother² = d2) puts all of `part`, or all but one of at least
 * two, at one and the same score.
 */
function told(part: number, other: number, d1: number, d2: number, lo: number, hi: number) {
  const mine = multisets(part, lo, hi);
  const theirs = multisets(other, lo, hi);
  const possible = new Set<number>();
  const at = (s: number, q: number) => s * 1e7 + q;
  for (let i = 0; i < theirs.sum.length; i++)
    possible.add(at(theirs.sum[i] as number, theirs.squares[i] as number));
  let value: number | null = null;
  for (let i = 0; i < mine.sum.length; i++) {
    if (!possible.has(at((mine.sum[i] as number) - d1, (mine.squares[i] as number) - d2))) continue;
    const c = mine.modeCount[i] as number;
    if (!(c >= part || (c >= 2 && c >= part - 1))) return false;
    if (value !== null && value !== mine.mode[i]) return false;
    value = mine.mode[i] as number;
  }
  return value !== null;
}

/**
 * What a reader who knows everyone's role and cohort learns from two shown digital_confidence
 * figures of different breakdowns that overlap without nesting: every part (those only in one of
 * them) whose scores of some kind the differences tell.
 */
function toldByDifferences(responses: SurveyResponse[], report: ProgrammeReport) {
  const membersOf = (key: string) => {
    const [dimension, value] = key.split(':') as ['role' | 'cohort', string];
    return new Set(
      responses
        .filter((r) => r.wave === 'baseline' && r[dimension] === value)
        .map((r) => r.participant),
    );
  };
  const shown = report.groups.filter(
    (g): g is GroupChange => !g.suppressed && g.dimension !== 'all',
  );
  const dc = digitalConfidence;
  const kinds = SCORE_KINDS;
  const findings: string[] = [];
  for (const a of shown)
    for (const b of shown) {
      if (a.dimension >= b.dimension) continue;
      const A = membersOf(a.key);
      const B = membersOf(b.key);
      const onlyA = [...A].filter((p) => !B.has(p)).length;
      const onlyB = [...B].filter((p) => !A.has(p)).length;
      if (onlyA === 0 || onlyB === 0 || onlyA === A.size) continue;
      for (const kind of kinds) {
        const x = kind.of(dc(a));
        const y = kind.of(dc(b));
        const sa = sums(dc(a).n, x.mean, x.sd);
        const sb = sums(dc(b).n, y.mean, y.sd);
        if (!sa || !sb) continue;
        const d1 = sa.sum - sb.sum;
        const d2 = sa.squares - sb.squares;
        const [lo, hi] = [kind.lo * QUARTERS, kind.hi * QUARTERS];
        if (told(onlyA, onlyB, d1, d2, lo, hi)) findings.push(`${a.key} − ${b.key}: ${kind.name}`);
        if (told(onlyB, onlyA, -d1, -d2, lo, hi))
          findings.push(`${b.key} − ${a.key}: ${kind.name}`);
      }
    }
  return findings;
}

describe('construct scores: overlapping groups of two breakdowns', () => {
  it('the autumn mentees all at 5 and the spring mentors all at 1 at exit are not told', () => {
    const { responses, report } = programme(
      { exit: [5, 5, 5, 5, 5] },
      {},
      { exit: [1, 1, 1, 1, 1] },
    );
    expect(toldByDifferences(responses, report)).toEqual([]);
  });

  it('the autumn mentees all at 3 beside spring mentors at 5, 5, 1, 1, 1 are not told', () => {
    // Σ and Σx² of the difference are at the least Σx² possible for its Σ, which only the
    // autumn mentees all alike and the spring mentors all at the ends reach.
    const { responses, report } = programme(
      { exit: [3, 3, 3, 3, 3] },
      {},
      { exit: [5, 5, 1, 1, 1] },
    );
    expect(toldByDifferences(responses, report)).toEqual([]);
  });

  it('changes of 0 for the autumn mentees beside spring mentors all rising 1 → 5 are not told', () => {
    const { responses, report } = programme(
      { baseline: [1, 2, 3, 4, 2], exit: [1, 2, 3, 4, 2] },
      {},
      { baseline: [1, 1, 1, 1, 1], exit: [5, 5, 5, 5, 5] },
    );
    expect(toldByDifferences(responses, report)).toEqual([]);
  });

  it('a difference that only bounds the parts stays shown (four of five at 5 beside all at 1)', () => {
    const { responses, report } = programme(
      { exit: [5, 5, 5, 5, 2] },
      {},
      { exit: [1, 1, 1, 1, 1] },
    );
    expect(toldByDifferences(responses, report)).toEqual([]);
    for (const key of ['role:mentee', 'role:mentor', 'cohort:spring', 'cohort:autumn']) {
      const g = report.groups.find((x) => x.key === key);
      const c =
        g && !g.suppressed
          ? g.constructs.find((x) => x.constructId === 'digital_confidence')
          : undefined;
      expect({ key, exit: c?.exit.mean ?? null }).not.toEqual({ key, exit: null });
    }
  });
});

describe('valuesApart: what the difference of two overlapping figures tells', () => {
  const score: ValueKind = { lo: 1, hi: 5, spread: true };

  it('everything it reports is told: every set of integer scores with the same differences agrees', () => {
    // Integer scores are a subset of the real values the rule reasons about, so a part the rule
    // finds told must be told here too (never the reverse: the step of 1 tells more).
    const random = seeded(11);
    const draw = (size: number, how: 'alike' | 'ends' | 'any') => {
      const first = 1 + Math.floor(random() * 5);
      return Array.from({ length: size }, () =>
        how === 'alike'
          ? first
          : how === 'ends'
            ? random() < 0.5
              ? 1
              : 5
            : 1 + Math.floor(random() * 5),
      );
    };
    const hows = ['alike', 'ends', 'any'] as const;
    let reported = 0;
    let tested = 0;
    for (let trial = 0; trial < 600; trial++) {
      const m = 1 + Math.floor(random() * 4);
      const n = 1 + Math.floor(random() * 4);
      const a = draw(m, hows[Math.floor(random() * 3)] as (typeof hows)[number]);
      const b = draw(n, hows[Math.floor(random() * 3)] as (typeof hows)[number]);
      const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
      const sq = (xs: number[]) => xs.reduce((s, x) => s + x * x, 0);
      const d1 = sum(a) - sum(b);
      const d2 = sq(a) - sq(b);
      tested++;
      if (!valuesApart(tally(a, score), tally(b, score), [score])) continue;
      reported++;
      expect({ a, b, told: told(m, n, d1, d2, 1, 5) || told(n, m, -d1, -d2, 1, 5) }).toEqual({
        a,
        b,
        told: true,
      });
    }
    expect(tested).toBe(600);
    expect(reported).toBeGreaterThan(50);
  });

  it('the middle of the range beside all at the ends is told; a tie between two values is not', () => {
    // 3, 3, 3, 3, 3 beside 5, 5, 1, 1, 1: the least Σx² difference for its Σ difference.
    expect(valuesApart(tally([3, 3, 3, 3, 3], score), tally([5, 5, 1, 1, 1], score), [score])).toBe(
      true,
    );
    // 2.6 × 5 beside 5, 5, 1, 1, 1 has the same differences as 3.4 × 5 beside 5, 5, 5, 1, 1
    // (Σ 0 and Σx² −19.2 both): which of the two is not told.
    const [tie, other] = [
      [tally([2.6, 2.6, 2.6, 2.6, 2.6], score), tally([5, 5, 1, 1, 1], score)],
      [tally([3.4, 3.4, 3.4, 3.4, 3.4], score), tally([5, 5, 5, 1, 1], score)],
    ] as const;
    expect(valuesApart(tie[0], tie[1], [score])).toBe(false);
    expect(valuesApart(other[0], other[1], [score])).toBe(false);
    // All at 5 beside one at 5 and four at 1: also 5, 5, 5, 5, 1 beside all at 1.
    expect(valuesApart(tally([5, 5, 5, 5, 5], score), tally([5, 1, 1, 1, 1], score), [score])).toBe(
      false,
    );
  });

  it('a mean alone tells only a difference at its extreme, and never with an unbounded end', () => {
    const mean: ValueKind = { lo: 1, hi: 5, spread: false };
    expect(valuesApart(tally([5, 5, 5], mean), tally([1, 1], mean), [mean])).toBe(true);
    expect(valuesApart(tally([1, 1], mean), tally([5, 5, 5], mean), [mean])).toBe(true);
    expect(valuesApart(tally([3, 3, 3], mean), tally([5, 1], mean), [mean])).toBe(false);
    const gain: ValueKind = { lo: -Infinity, hi: 1, spread: false };
    expect(valuesApart(tally([1, 1, 1], gain), tally([-2, -2], gain), [gain])).toBe(false);
  });
});
