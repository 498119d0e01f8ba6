import type { FigureHiddenReason } from '@genbridge/schema';
import type { PlannedGroup } from '../engine/groups.js';
import { constructScores, type MatchedData } from '../engine/matched-data.js';
import { suppressDominated, type DominanceRule } from './dominance.js';
import {
  addValue,
  countPerson,
  createValueTally,
  mergeValueTally,
  revealsValues,
  valuesApart,
  valuesApartWithShared,
  type ValueKind,
  type ValueTally,
} from './extreme-values.js';

/** The three figures of a construct in a group, as `suppressFigures` orders its families. */
const KINDS = ['main', 'gain', 'retrospective'] as const;

/**
 * A construct figure's rule: per person `p`, the values the figure shows the mean and SD of: the
 * change statistics (baseline, exit, exit − baseline), the normalised gain (only its mean; a
 * person's gain is at most 1), the then-test (then, exit, exit − then). People without them are
 * not in the figure.
 */
function scoreRule(
  data: MatchedData,
  c: number,
  kind: (typeof KINDS)[number],
): DominanceRule<ValueTally> {
  const { min: lo, max: hi } = data.layout;
  const score: ValueKind = { lo, hi, spread: true };
  const change: ValueKind = { lo: lo - hi, hi: hi - lo, spread: true };
  const gain: ValueKind = { lo: -Infinity, hi: 1, spread: false };
  const kinds = kind === 'gain' ? [gain] : [score, score, change];
  const first = constructScores(
    kind === 'retrospective' ? data.thenScores : data.preScores,
    data.pairs,
    c,
  );
  const post = constructScores(data.postScores, data.pairs, c);
  return {
    create: () => createValueTally(kinds.length),
    tallyCells(cellOf, cells) {
      const tallies = Array.from({ length: cells }, () => createValueTally(kinds.length));
      for (let p = 0; p < cellOf.length; p++) {
        const a = first[p] as number;
        const b = post[p] as number;
        const t = tallies[cellOf[p] as number] as ValueTally;
        if (kind === 'gain') {
          if (!(a < hi) || b !== b) continue;
          addValue(t, gain, 0, (b - a) / (hi - a));
        } else {
          if (a !== a || b !== b) continue;
          addValue(t, score, 0, a);
          addValue(t, score, 1, b);
          addValue(t, change, 2, b - a);
        }
        countPerson(t);
      }
      return tallies;
    },
    merge: mergeValueTally,
    size: (t) => t[0] as number,
    dominated: (t) => revealsValues(t, kinds),
    apart: (a, b, both) => valuesApart(a, b, kinds) || valuesApartWithShared(a, b, both, kinds),
  };
}

/**
 * Scoring rule 10 (homogeneity of scores): per construct and figure (change statistics,
 * normalised gain, then-test), hides as `homogeneous` the figure of every group whose mean and SD
 * tell each member's score (see `extreme-values.ts`), and as `complementary` what would give it
 * back by subtraction (`suppressDominated`). `figures` is `suppressFigures(…).figures` for the
 * construct families in their order (3 per construct); groups hidden as a whole count as hidden.
 */
export function suppressHomogeneousScores(
  plan: readonly PlannedGroup[],
  layers: readonly Int32Array[],
  data: MatchedData,
  figures: readonly (readonly (FigureHiddenReason | null)[])[],
): (FigureHiddenReason | null)[][] {
  return figures.map((row, f) => {
    const c = Math.floor(f / KINDS.length);
    const kind = KINDS[f % KINDS.length] as (typeof KINDS)[number];
    if (kind === 'retrospective' && !data.hasThen[c]) return [...row];
    const hidden = row.map((r, g) => (plan[g]?.suppressed ? 'complementary' : r));
    const out = suppressDominated(plan, layers, scoreRule(data, c, kind), hidden);
    return out.map((r, g) => (plan[g]?.suppressed ? (row[g] ?? null) : r));
  });
}
