import type { FigureHiddenReason } from '@genbridge/schema';
import type { PlannedGroup } from '../engine/groups.js';

/**
 * How one kind of figure is judged for homogeneity: a tally of the values its members hold, and
 * whether the figure shown for a tally tells each member's value (up to one person). A tally
 * counts only the people the figure is over (those who answered, those with a score); `add` skips
 * the others.
 */
export interface DominanceRule<T> {
  create(): T;
  add(tally: T, person: number): void;
  merge(into: T, from: T): void;
  /** People the tally counts. */
  size(tally: T): number;
  dominated(tally: T): boolean;
  /**
   * Two overlapping figures of different breakdowns, neither inside the other: whether the
   * difference of what they show (the part only in A minus the part only in B) tells each member
   * of one part's value. Left out where the rule does not decide it.
   */
  apart?(onlyA: T, onlyB: T): boolean;
}

/**
 * The dominance rule on one family of figures across the groups of a report (`hidden`: what the
 * other rules already hide, null where shown). Hides as `homogeneous` every shown figure whose
 * tally is dominated; then, so that a hidden figure cannot follow from shown ones, hides as
 * `complementary`:
 * - the smallest shown figure of a breakdown while `all − Σ shown` of that breakdown is dominated;
 * - the smaller of two nested shown figures of different breakdowns while their difference is;
 * - the smaller of two overlapping, non-nested shown figures while `rule.apart` says their
 *   difference tells a part's values.
 * When `all` is hidden, every group's figure is (a group of a dominated population is dominated).
 *
 * `layers` are those of `groupLayers(plan, total)`. One pass per layer and per pair of breakdowns
 * tallies every group and every cell of two breakdowns; the rest works on tallies only.
 */
export function suppressDominated<T>(
  plan: readonly PlannedGroup[],
  layers: readonly Int32Array[],
  rule: DominanceRule<T>,
  hidden: readonly (FigureHiddenReason | null)[],
): (FigureHiddenReason | null)[] {
  const out = [...hidden];
  const G = plan.length;
  const total = plan[0]?.members.length ?? 0;
  const tallies = plan.map(() => rule.create());
  for (const layer of layers)
    for (let p = 0; p < total; p++) {
      const g = layer[p] as number;
      if (g >= 0) rule.add(tallies[g] as T, p);
    }
  plan.forEach((_, g) => {
    if (out[g] === null && rule.dominated(tallies[g] as T)) out[g] = 'homogeneous';
  });
  if (out[0] !== null) return out.map((r) => r ?? 'complementary');

  const breakdowns = layers.filter((layer) => total > 0 && plan[layer[0] as number]?.dimension !== 'all');
  const groupsOf = breakdowns.map((layer) =>
    plan.flatMap((g, i) => (i > 0 && g.dimension === plan[layer[0] as number]?.dimension ? [i] : [])),
  );
  // Cells of every pair of breakdowns: the people in group a of one and group b of the other.
  const crosses: { i: number; j: number; cells: (T | undefined)[] }[] = [];
  for (let i = 0; i < breakdowns.length; i++)
    for (let j = i + 1; j < breakdowns.length; j++) {
      const cells: (T | undefined)[] = new Array(G * G);
      const A = breakdowns[i] as Int32Array;
      const B = breakdowns[j] as Int32Array;
      for (let p = 0; p < total; p++) {
        const at = (A[p] as number) * G + (B[p] as number);
        rule.add((cells[at] ??= rule.create()), p);
      }
      crosses.push({ i, j, cells });
    }
  const size = (g: number) => rule.size(tallies[g] as T);
  const union = (parts: (T | undefined)[]) => {
    const t = rule.create();
    for (const part of parts) if (part) rule.merge(t, part);
    return t;
  };

  for (let changed = true; changed; ) {
    changed = false;
    for (const groups of groupsOf) {
      const shown = groups.filter((g) => out[g] === null);
      if (shown.length === 0) continue;
      const rest = union(groups.filter((g) => out[g] !== null).map((g) => tallies[g]));
      if (rule.size(rest) > 0 && rule.dominated(rest)) {
        out[shown.reduce((a, b) => (size(b) < size(a) ? b : a))] = 'complementary';
        changed = true;
      }
    }
    if (changed) continue;
    for (const { i, j, cells } of crosses) {
      const groupsA = groupsOf[i] as number[];
      const groupsB = groupsOf[j] as number[];
      for (const a of groupsA)
        for (const b of groupsB) {
          if (out[a] !== null || out[b] !== null) continue;
          const onlyA = union(groupsB.filter((x) => x !== b).map((x) => cells[a * G + x]));
          const onlyB = union(groupsA.filter((x) => x !== a).map((x) => cells[x * G + b]));
          const inA = rule.size(onlyA);
          const inB = rule.size(onlyB);
          const disclosed =
            inB === 0
              ? inA > 0 && rule.dominated(onlyA)
              : inA === 0
                ? rule.dominated(onlyB)
                : rule.apart?.(onlyA, onlyB) === true;
          if (!disclosed) continue;
          out[size(b) <= size(a) ? b : a] = 'complementary';
          changed = true;
        }
    }
  }
  return out;
}
