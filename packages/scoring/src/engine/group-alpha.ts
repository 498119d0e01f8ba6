import type { Reliability } from '@genbridge/schema';
import type { MatchedData } from './matched-data.js';
import { addMomentsRow, createMoments, mergeMoments, rawAlpha, type Moments } from './moments.js';
import type { GroupCells } from './groups.js';
import type { ItemTable } from './instrument-layout.js';

/** Alpha below this is flagged as low reliability (Nunnally's conventional 0.7). */
export const LOW_ALPHA = 0.7;

/**
 * Cronbach's alpha of every construct at one wave (`items`: the pairs' item table of that wave)
 * for every group of a plan at once (complete cases), in one pass over the table per construct
 * (at 100k pairs the byte table stays in cache; the arithmetic is what counts). Rows are
 * accumulated per construct and cell of the plan (`groupCells`: people who share all their
 * groups), then each group adds up its cells. Each group's moments are those `cronbachAlpha`
 * keeps on the group's rows (items and their total, shifted by the group's first complete row:
 * cells are added in order of their first complete row, so the first one sets it); answers are
 * integers, so re-basing a cell onto that shift is exact and the alpha is the public function's to
 * the last bit. Returns per construct (layout order) per plan group.
 */
export function reliabilityByGroup(
  items: ItemTable,
  data: MatchedData,
  cells: GroupCells,
  groups: number,
): Reliability[][] {
  const { constructs } = data.layout;
  const { cellOf, groupsOf } = cells;
  const byCell = constructs.map((construct) =>
    groupsOf.map(() => createMoments(construct.items.length + 1, { full: false })),
  );
  const firstRow = constructs.map(() => new Int32Array(groupsOf.length).fill(-1));
  accumulateCells(items, data, cellOf, byCell, firstRow);
  return constructs.map((construct, c) => {
    const k = construct.items.length;
    const first = firstRow[c] as Int32Array;
    const moments: Moments[] = [];
    for (let g = 0; g < groups; g++) moments.push(createMoments(k + 1, { full: false }));
    const order = [...first.keys()]
      .filter((cell) => (first[cell] as number) >= 0)
      .sort((a, b) => (first[a] as number) - (first[b] as number));
    for (const cell of order)
      for (const g of groupsOf[cell] as Int32Array)
        if (g >= 0) mergeMoments(moments[g] as Moments, (byCell[c] as Moments[])[cell] as Moments);
    return moments.map((m) => {
      const alpha = rawAlpha(m, k);
      return { alpha, items: k, n: m.n, low: alpha === null || alpha < LOW_ALPHA };
    });
  });
}

/**
 * The pass of {@link reliabilityByGroup}: each complete row's items and total into its cell's
 * moments, per construct, noting each cell's first complete row. Construct by construct, each over
 * all rows: one construct's few cell moments stay in registers and cache, which made the pass a
 * quarter faster than every construct per row; each cell still sees its rows in order. A loop of
 * its own ending in a plain return, for the reason in `rank-levels.ts`.
 */
function accumulateCells(
  items: ItemTable,
  data: MatchedData,
  cellOf: Int32Array,
  byCell: Moments[][],
  firstRow: Int32Array[],
): void {
  const { constructs, itemValue } = data.layout;
  const stride = data.layout.itemIds.length;
  for (let c = 0; c < constructs.length; c++) {
    const columns = (constructs[c] as (typeof constructs)[number]).items;
    const k = columns.length;
    const row = new Float64Array(k + 1);
    const first = firstRow[c] as Int32Array;
    const cells = byCell[c] as Moments[];
    for (let r = 0; r < data.pairs; r++) {
      const base = r * stride;
      let total = 0;
      for (let j = 0; j < k; j++)
        total += row[j] = itemValue[items[base + (columns[j] as number)] as number] as number;
      // NaN propagates into the total: one test skips incomplete rows.
      if (total !== total) continue;
      row[k] = total;
      const cell = cellOf[r] as number;
      if ((first[cell] as number) < 0) first[cell] = r;
      addMomentsRow(cells[cell] as Moments, row);
    }
  }
}
