import type { SuppressionReason } from '@genbridge/schema';
import { suppressBreakdown } from '../anonymity.js';
import { refineCells, type PlannedGroup } from '../engine/groups.js';
import { disclosedColumns } from './audit-disclosure.js';

/**
 * A family of figures shown per group over the same kind of members: e.g. the means of one
 * construct, over the group's pairs that have both scores. Family 0, the groups themselves (n and
 * every count over the whole group), is implicit.
 */
export interface FigureFamily {
  /** 1 for the people of the population this family's figures are over. */
  flags: Uint8Array;
  /** Smallest figure shown: k, or the open-text threshold. */
  threshold: number;
}

/** Why a family's figure of a shown group is hidden. */
export type FigureHidden = 'below_threshold' | 'complementary';

/** Outcome of {@link suppressFigures}. */
export interface FigureSuppression {
  /** Per plan group: why it is hidden, null when shown. */
  groups: (SuppressionReason | null)[];
  /** Per family (as passed) and plan group: why the figure is hidden, null when shown. */
  figures: (FigureHidden | null)[][];
}

/**
 * Decides which groups, and which figures of shown groups, a single report may show:
 * 1. per breakdown and family, the rules of {@link suppressBreakdown} on the figures' own sizes:
 *    below the threshold hidden; complementary suppression until the hidden people of the
 *    breakdown number 0 or at least the threshold (a group shown with 10 pairs of which 1 has a
 *    score would otherwise give that score as all − Σ others, issue 9 attack 2 inside a group);
 * 2. across breakdowns: two shown figures of different breakdowns whose member sets differ by
 *    1 to threshold − 1 people hide the smaller (their difference would be the sum over those
 *    people; the overlap rule of Peakon);
 * 3. the exact audit (`auditDisclosure`'s row-space test) on each family's shown figures; while
 *    it finds a person whose value is determined, the smallest shown figure holding them is
 *    hidden and 1–3 run again.
 * Works on cells of people with the same groups and flags, so 100k people cost one pass.
 * `layers` are those of `groupLayers(plan, total)`: one per dimension, in the plan's order.
 */
export function suppressFigures(
  plan: readonly PlannedGroup[],
  layers: readonly Int32Array[],
  total: number,
  families: readonly FigureFamily[],
  k: number,
): FigureSuppression {
  const G = plan.length;
  const dims = [...new Set(plan.map((g) => g.dimension))];
  const dimOf = plan.map((g) => dims.indexOf(g.dimension));
  // Cells: people in the same group of every breakdown with the same flags.
  let cellOf = new Int32Array(total);
  // Each refinement writes into the buffer the previous one read from: two arrays in all.
  let spare = new Int32Array(total);
  let cells = 1;
  // Keys are read from the arrays directly (no key function per person): at 100k people and a
  // few dozen families, a call per person and family was a good share of scoring's time.
  const refine = (key: ArrayLike<number>, offset: number, values: number) => {
    const out = spare;
    cells = refineCells(cellOf, cells, key, offset, values, out);
    spare = cellOf;
    cellOf = out;
  };
  // Layers hold −1 for "in no group of this dimension": shifted by one to index the table.
  for (const layer of layers) refine(layer, 1, G + 1);
  for (const f of families) refine(f.flags, 0, 2);
  if (total === 0) cells = 0;
  const size = new Float64Array(cells);
  // Everyone in a cell shares its groups and flags: the cell's first person stands for it.
  const first = new Int32Array(cells).fill(-1);
  for (let p = 0; p < total; p++) {
    const c = cellOf[p] as number;
    size[c] = (size[c] as number) + 1;
    if (first[c] === -1) first[c] = p;
  }
  const groupsOfCell = layers.map((layer) => first.map((p) => layer[p] as number));
  const flagOfCell = families.map((f) => Uint8Array.from(first, (p) => f.flags[p] as number));
  const inGroup = (c: number, g: number) =>
    (groupsOfCell[dimOf[g] as number] as Int32Array)[c] === g;
  const F = families.length + 1;
  const flagged = (f: number, c: number) => f === 0 || (flagOfCell[f - 1] as Uint8Array)[c] === 1;
  const threshold = (f: number) => (f === 0 ? k : (families[f - 1] as FigureFamily).threshold);
  // Members of every figure as cells, and its size.
  const cellsOf: Int32Array[][] = [];
  const sizeOf: number[][] = [];
  for (let f = 0; f < F; f++) {
    cellsOf.push([]);
    sizeOf.push([]);
    for (let g = 0; g < G; g++) {
      const list: number[] = [];
      let n = 0;
      for (let c = 0; c < cells; c++) {
        if (flagged(f, c) && inGroup(c, g)) {
          list.push(c);
          n += size[c] as number;
        }
      }
      (cellsOf[f] as Int32Array[]).push(Int32Array.from(list));
      (sizeOf[f] as number[]).push(n);
    }
  }

  const forced: Map<number, SuppressionReason>[] = Array.from({ length: F }, () => new Map());
  let hidden: (SuppressionReason | null)[][] = [];
  const decide = () => {
    hidden = [];
    for (let f = 0; f < F; f++) {
      const sizes = sizeOf[f] as number[];
      const t = threshold(f);
      const row: (SuppressionReason | null)[] = new Array(G).fill(null);
      const allShown =
        (f === 0 ? total >= k : hidden[0]?.[0] === null && (sizes[0] as number) >= t) &&
        !forced[f]?.has(0);
      row[0] = allShown ? null : 'below_threshold';
      for (let d = 0; d < dims.length; d++) {
        const members = plan
          .map((_, g) => g)
          .filter((g) => dimOf[g] === d && plan[g]?.dimension !== 'all');
        if (members.length === 0) continue;
        const pre = new Map<string, SuppressionReason>();
        for (const g of members) {
          const reason =
            forced[f]?.get(g) ?? (f > 0 && hidden[0]?.[g] !== null ? 'complementary' : undefined);
          if (reason) pre.set(String(g), reason);
        }
        const reasons = suppressBreakdown(
          members.map((g) => ({ value: String(g), n: sizes[g] as number })),
          sizes[0] as number,
          t,
          allShown,
          pre,
        );
        for (const g of members)
          row[g] = allShown ? (reasons.get(String(g)) ?? null) : 'below_threshold';
      }
      hidden.push(row);
    }
  };

  for (;;) {
    decide();
    if (overlapRule() || auditRule()) continue;
    break;
  }

  function overlapRule(): boolean {
    let changed = false;
    for (let f = 0; f < F; f++) {
      const t = threshold(f);
      const shown = plan
        .map((_, g) => g)
        .filter((g) => g > 0 && (hidden[f] as (SuppressionReason | null)[])[g] === null);
      for (let i = 0; i < shown.length; i++) {
        for (let j = i + 1; j < shown.length; j++) {
          const a = shown[i] as number;
          const b = shown[j] as number;
          if (dimOf[a] === dimOf[b] || forced[f]?.has(a) || forced[f]?.has(b)) continue;
          const sa = sizeOf[f]?.[a] as number;
          const sb = sizeOf[f]?.[b] as number;
          let both = 0;
          for (const c of cellsOf[f]?.[a] as Int32Array)
            if (inGroup(c, b)) both += size[c] as number;
          const apart = sa + sb - 2 * both;
          if (apart > 0 && apart < t) {
            forced[f]?.set(sa < sb ? a : b, 'complementary');
            changed = true;
          }
        }
      }
    }
    return changed;
  }

  function auditRule(): boolean {
    for (let f = 0; f < F; f++) {
      const shown = plan
        .map((_, g) => g)
        .filter((g) => (hidden[f] as (SuppressionReason | null)[])[g] === null);
      const rows = shown.map((g) => cellsOf[f]?.[g] as Int32Array);
      const disclosed = disclosedColumns(rows, size);
      if (disclosed.length === 0) continue;
      const c = disclosed[0] as number;
      let pick = -1;
      for (const g of shown) {
        if (g === 0 || !inGroup(c, g) || !flagged(f, c)) continue;
        if (pick < 0 || (sizeOf[f]?.[g] as number) < (sizeOf[f]?.[pick] as number)) pick = g;
      }
      forced[f]?.set(pick < 0 ? 0 : pick, 'complementary');
      return true;
    }
    return false;
  }

  return {
    groups: hidden[0] as (SuppressionReason | null)[],
    figures: hidden
      .slice(1)
      .map((row) =>
        row.map((r) =>
          r === null ? null : r === 'below_threshold' ? 'below_threshold' : 'complementary',
        ),
      ),
  };
}
