import type { FigureHiddenReason } from '@genbridge/schema';
import type { PlannedGroup } from '../engine/groups.js';

/**
 * One question's answers over a population, as the keys each member's answer counts under
 * (one key for a single choice, several for multiple choice); undefined where not answered.
 */
export interface AnswerColumn {
  multiple: boolean;
  keys: readonly (readonly string[] | undefined)[];
}

/** Answers of some members: how many answered and the count per key. */
interface Tally {
  n: number;
  counts: Map<string, number>;
}

function tally(column: AnswerColumn, members: ArrayLike<number>): Tally {
  const counts = new Map<string, number>();
  let n = 0;
  for (let m = 0; m < members.length; m++) {
    const keys = column.keys[members[m] as number];
    if (!keys) continue;
    n++;
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { n, counts };
}

function minus(a: Tally, b: Tally): Tally {
  const counts = new Map(a.counts);
  for (const [key, c] of b.counts) counts.set(key, (counts.get(key) ?? 0) - c);
  return { n: a.n - b.n, counts };
}

/**
 * Whether every member of `inner` is one of `outer`, both in ascending order as `planGroups`
 * builds them: one merge walk, where a Set of the outer group cost 100k insertions per group.
 */
function within(inner: Int32Array, outer: Int32Array): boolean {
  if (inner.length > outer.length) return false;
  let j = 0;
  for (let i = 0; i < inner.length; i++) {
    const m = inner[i] as number;
    while (j < outer.length && (outer[j] as number) < m) j++;
    if (j === outer.length || outer[j] !== m) return false;
    j++;
  }
  return true;
}

/**
 * Whether the counts tell each member's answer, up to at most one person: a single choice where
 * one answer holds all, or all but one, of the answers; a multiple choice where, summed over the
 * choices, fewer than two ticks or blanks go against the majority of the choice (then all but at
 * most one member ticked the same set). Two people apart from the rest hide which two they are.
 */
export function dominated({ n, counts }: Tally, multiple: boolean): boolean {
  if (n <= 0) return false;
  if (multiple) {
    let against = 0;
    for (const c of counts.values()) against += Math.min(c, n - c);
    return against < 2;
  }
  let top = 0;
  for (const c of counts.values()) top = Math.max(top, c);
  return n - top < 2;
}

/**
 * The dominance rule on one question's figures across the groups of a report (`hidden`: what the
 * size rules already hide, null where shown). Hides as `homogeneous` every shown figure whose
 * answers are {@link dominated}; then, since a hidden figure must not follow from shown ones,
 * hides as `complementary` the smallest shown figure of a breakdown while `all − Σ shown` of that
 * breakdown is dominated, and the smaller of two nested shown figures of different breakdowns
 * while their difference is. When `all` is hidden, every group's figure is (a group of a
 * dominated population is dominated itself).
 */
export function suppressHomogeneous(
  plan: readonly PlannedGroup[],
  column: AnswerColumn,
  hidden: readonly (FigureHiddenReason | null)[],
): (FigureHiddenReason | null)[] {
  const out = [...hidden];
  const tallies = plan.map((g) => tally(column, g.members));
  plan.forEach((_, g) => {
    if (out[g] === null && dominated(tallies[g] as Tally, column.multiple)) out[g] = 'homogeneous';
  });
  if (out[0] !== null) return out.map((r) => r ?? 'complementary');
  const all = tallies[0] as Tally;
  const shownOf = (dimension: string) =>
    plan.flatMap((g, i) => (i > 0 && g.dimension === dimension && out[i] === null ? [i] : []));
  const hideSmallest = (groups: number[]) => {
    const pick = groups.reduce((a, b) =>
      (tallies[b] as Tally).n < (tallies[a] as Tally).n ? b : a,
    );
    out[pick] = 'complementary';
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const dimension of new Set(plan.slice(1).map((g) => g.dimension))) {
      const shown = shownOf(dimension);
      if (shown.length === 0) continue;
      const rest = shown.reduce((r, g) => minus(r, tallies[g] as Tally), all);
      if (dominated(rest, column.multiple)) {
        hideSmallest(shown);
        changed = true;
      }
    }
    if (changed) continue;
    const shown = plan.flatMap((_, i) => (i > 0 && out[i] === null ? [i] : []));
    for (const a of shown) {
      for (const b of shown) {
        const A = plan[a] as PlannedGroup;
        const B = plan[b] as PlannedGroup;
        if (a === b || A.dimension === B.dimension || out[a] !== null || out[b] !== null) continue;
        if (!within(B.members, A.members)) continue;
        if (dominated(minus(tallies[a] as Tally, tallies[b] as Tally), column.multiple)) {
          out[b] = 'complementary';
          changed = true;
        }
      }
    }
  }
  return out;
}
