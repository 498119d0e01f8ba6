import type { FigureHiddenReason } from '@genbridge/schema';
import type { PlannedGroup } from '../engine/groups.js';
import type { MatchedData } from '../engine/matched-data.js';
import { suppressDominated, type DominanceRule } from './dominance.js';
import {
  addValue,
  countPerson,
  createValueTally,
  mergeValueTally,
  revealsValues,
  valuesApart,
  type ValueKind,
  type ValueTally,
} from './extreme-values.js';

/** The three figures of a construct in a group, as `suppressFigures` orders its families. */
const KINDS = ['main', 'gain', 'retrospective'] as const;

/**
 * The values each construct figure shows the mean and SD of, per person `p` (NaN: not in the
 * figure): the change statistics (baseline, exit, exit − baseline), the normalised gain (only its
 * mean; a person's gain is at most 1), the then-test (then, exit, exit − then).
 */
function valuesOf(data: MatchedData, c: number, kind: (typeof KINDS)[number]) {
  const C = data.layout.constructs.length;
  const { min: lo, max: hi } = data.layout;
  const score: ValueKind = { lo, hi, spread: true };
  const change: ValueKind = { lo: lo - hi, hi: hi - lo, spread: true };
  const pre = (p: number) => data.preScores[p * C + c] as number;
  const post = (p: number) => data.postScores[p * C + c] as number;
  const then = (p: number) => data.thenScores[p * C + c] as number;
  if (kind === 'gain')
    return {
      kinds: [{ lo: -Infinity, hi: 1, spread: false }],
      of: (p: number, out: Float64Array) => {
        if (!(pre(p) < hi) || post(p) !== post(p)) return false;
        out[0] = (post(p) - pre(p)) / (hi - pre(p));
        return true;
      },
    };
  const first = kind === 'main' ? pre : then;
  return {
    kinds: [score, score, change],
    of: (p: number, out: Float64Array) => {
      const a = first(p);
      const b = post(p);
      if (a !== a || b !== b) return false;
      out[0] = a;
      out[1] = b;
      out[2] = b - a;
      return true;
    },
  };
}

function scoreRule(data: MatchedData, c: number, kind: (typeof KINDS)[number]) {
  const { kinds, of } = valuesOf(data, c, kind);
  const values = new Float64Array(kinds.length);
  const rule: DominanceRule<ValueTally> = {
    create: () => createValueTally(kinds.length),
    add(t, p) {
      if (!of(p, values)) return;
      for (let v = 0; v < kinds.length; v++)
        addValue(t, kinds[v] as ValueKind, v, values[v] as number);
      countPerson(t);
    },
    merge: mergeValueTally,
    size: (t) => t[0] as number,
    dominated: (t) => revealsValues(t, kinds),
    apart: (a, b) => valuesApart(a, b, kinds),
  };
  return rule;
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
