import type { FigureHiddenReason } from '@genbridge/schema';
import { groupCells, type PlannedGroup } from '../engine/groups.js';

/**
 * How one kind of figure is judged for homogeneity: a tally of the values its members hold, and
 * whether the figure shown for a tally tells each member's value (up to one person). A tally
 * counts only the people the figure is over (those who answered, those with a score);
 * `tallyCells` skips the others.
 */
export interface DominanceRule<T> {
  create(): T;
  /**
   * The tally of every cell (`cells` of them) of the population, person `p` counted in cell
   * `cellOf[p]`. The rule walks the population itself: one loop of its own per rule stays
   * monomorphic, where a call per person through this interface did not (a third of the rules'
   * time at 100k people).
   */
  tallyCells(cellOf: Int32Array, cells: number): T[];
  merge(into: T, from: T): void;
  /** People the tally counts. */
  size(tally: T): number;
  dominated(tally: T): boolean;
  /**
   * Two overlapping figures of different breakdowns, neither inside the other: whether what they
   * show tells each member of one part's value — through their difference (the part only in A
   * minus the part only in B) or with `both`, the people in both. Left out where the rule does not
   * decide it.
   */
  apart?(onlyA: T, onlyB: T, both: T): boolean;
}

interface Cells {
  /** The breakdowns (dimensions but `all`), in the plan's order. */
  dims: string[];
  /** Per cell, its group in `all` and then in every breakdown (plan indices). */
  groupsOfCell: Int32Array[];
  /** Cell of every member of the population. */
  cellOf: Int32Array;
}

/** The population's cells under the plan's breakdowns (`groupCells` of its layers). */
function cellsOf(plan: readonly PlannedGroup[], layers: readonly Int32Array[]): Cells {
  const dims = [...new Set(plan.slice(1).map((g) => g.dimension))];
  const { cellOf, groupsOf } = groupCells(layers, plan[0]?.members.length ?? 0, plan.length);
  return { dims, groupsOfCell: groupsOf, cellOf };
}

/**
 * The dominance rule on one family of figures across the groups of a report (`hidden`: what the
 * other rules already hide, null where shown). Hides as `homogeneous` every shown figure whose
 * tally is dominated; then, so that a hidden figure cannot follow from shown ones, hides as
 * `complementary`:
 * - the smallest shown figure of a breakdown while `all − Σ shown` of that breakdown is dominated;
 * - the smaller of two nested shown figures of different breakdowns while their difference is;
 * - the smaller of two overlapping, non-nested shown figures while `rule.apart` says they tell
 *   a part's values (through their difference, or with the people in both). A breakdown's
 *   hidden rest (`all − Σ shown`) is such a figure too, as subtraction gives it: when it tells,
 *   the smallest shown figure of the pair or of the rest's breakdown is hidden.
 * When `all` is hidden, every group's figure is (a group of a dominated population is dominated).
 *
 * `layers` are those of `groupLayers(plan, total)`. One pass over the population tallies its
 * cells (computed once per plan); groups, `all − Σ shown` and the cells of two breakdowns are
 * unions of cell tallies, so the rest costs nothing per person.
 */
export function suppressDominated<T>(
  plan: readonly PlannedGroup[],
  layers: readonly Int32Array[],
  rule: DominanceRule<T>,
  hidden: readonly (FigureHiddenReason | null)[],
): (FigureHiddenReason | null)[] {
  const out = [...hidden];
  const G = plan.length;
  const { dims, groupsOfCell, cellOf } = cellsOf(plan, layers);
  // One pass over the population: a tally per cell (people in the same group of every
  // breakdown); every group and every cell of two breakdowns is then a union of cells.
  const cellTallies = rule.tallyCells(cellOf, groupsOfCell.length);
  const tallies = plan.map(() => rule.create());
  groupsOfCell.forEach((groups, c) => {
    for (const g of groups) rule.merge(tallies[g] as T, cellTallies[c] as T);
  });
  plan.forEach((_, g) => {
    if (out[g] === null && rule.dominated(tallies[g] as T)) out[g] = 'homogeneous';
  });
  if (out[0] !== null) return out.map((r) => r ?? 'complementary');

  const groupsOf = dims.map((d) => plan.flatMap((g, i) => (i > 0 && g.dimension === d ? [i] : [])));
  // Cells of every pair of breakdowns: the people in group a of one and group b of the other.
  const crosses: { i: number; j: number; cells: (T | undefined)[] }[] = [];
  for (let i = 0; i < dims.length; i++)
    for (let j = i + 1; j < dims.length; j++) {
      const cells: (T | undefined)[] = new Array(G * G);
      groupsOfCell.forEach((groups, c) => {
        const at = (groups[i + 1] as number) * G + (groups[j + 1] as number);
        rule.merge((cells[at] ??= rule.create()), cellTallies[c] as T);
      });
      crosses.push({ i, j, cells });
    }
  const size = (g: number) => rule.size(tallies[g] as T);
  const union = (parts: (T | undefined)[]) => {
    const t = rule.create();
    for (const part of parts) if (part) rule.merge(t, part);
    return t;
  };

  // What a reader knows of a breakdown: each shown group and, while one is shown, the rest
  // (`all` − Σ shown: the hidden groups that have members together).
  const knownFigures = (groups: number[]) => {
    const figures = groups.filter((g) => out[g] === null).map((g) => [g]);
    const rest = groups.filter((g) => out[g] !== null && size(g) > 0);
    if (figures.length > 0 && rest.length > 0) figures.push(rest);
    return figures;
  };

  for (let changed = true; changed;) {
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
    crossing: for (const { i, j, cells } of crosses) {
      const groupsA = groupsOf[i] as number[];
      const groupsB = groupsOf[j] as number[];
      const figuresA = knownFigures(groupsA);
      const figuresB = knownFigures(groupsB);
      for (const A of figuresA)
        for (const B of figuresB) {
          // The people in group x of one breakdown and y of the other, over all such pairs.
          const across = (xs: number[], ys: number[]) =>
            union(xs.flatMap((x) => ys.map((y) => cells[x * G + y])));
          const onlyA = across(
            A,
            groupsB.filter((y) => !B.includes(y)),
          );
          const onlyB = across(
            groupsA.filter((x) => !A.includes(x)),
            B,
          );
          const inA = rule.size(onlyA);
          const inB = rule.size(onlyB);
          const disclosed =
            inB === 0
              ? inA > 0 && rule.dominated(onlyA)
              : inA === 0
                ? rule.dominated(onlyB)
                : rule.apart?.(onlyA, onlyB, across(A, B)) === true;
          if (!disclosed) continue;
          // Hide the smaller shown figure; for a rest, the smallest shown group of its breakdown
          // (then the rest holds more than the hidden groups it held).
          const side = (F: number[], groups: number[]) =>
            F.length === 1 && out[F[0] as number] === null
              ? F
              : groups.filter((g) => out[g] === null);
          const candidates = [...side(B, groupsB), ...side(A, groupsA)];
          out[candidates.reduce((x, y) => (size(y) < size(x) ? y : x))] = 'complementary';
          changed = true;
          break crossing;
        }
    }
  }
  return out;
}
