import type { Reliability } from '@genbridge/schema';
import type { MatchedData } from './matched-data.js';
import { addMomentsRow, createMoments, mergeMoments, rawAlpha, type Moments } from './moments.js';
import type { GroupCells } from './groups.js';

/** Alpha below this is flagged as low reliability (Nunnally's conventional 0.7). */
export const LOW_ALPHA = 0.7;

/**
 * Cronbach's alpha of construct `c` at one wave (`items`: the pairs' item table of that wave) for
 * every group of a plan at once (complete cases), reading each row once: rows are accumulated per
 * cell of the plan (`groupCells`: people who share all their groups), then each group adds up its
 * cells. Each group's moments are those `cronbachAlpha` keeps on the group's rows (items and their
 * total, shifted by the group's first complete row: cells are added in order of their first
 * complete row, so the first one sets it); answers are integers, so re-basing a cell onto that
 * shift is exact and the alpha is the public function's to the last bit.
 */
export function reliabilityByGroup(
  items: Float32Array,
  data: MatchedData,
  c: number,
  cells: GroupCells,
  groups: number,
): Reliability[] {
  const construct = data.layout.constructs[c];
  if (!construct) throw new RangeError(`no construct ${c}`);
  const columns = construct.items;
  const stride = data.layout.itemIds.length;
  const k = columns.length;
  const { cellOf, groupsOf } = cells;
  const byCell: Moments[] = [];
  for (let cell = 0; cell < groupsOf.length; cell++)
    byCell.push(createMoments(k + 1, { full: false }));
  const firstRow = new Int32Array(groupsOf.length).fill(-1);
  const row = new Float64Array(k + 1);
  for (let r = 0; r < data.pairs; r++) {
    const base = r * stride;
    let total = 0;
    for (let j = 0; j < k; j++) total += row[j] = items[base + (columns[j] as number)] as number;
    // NaN propagates into the total: one test skips incomplete rows.
    if (total !== total) continue;
    row[k] = total;
    const cell = cellOf[r] as number;
    if ((firstRow[cell] as number) < 0) firstRow[cell] = r;
    addMomentsRow(byCell[cell] as Moments, row);
  }
  const moments: Moments[] = [];
  for (let g = 0; g < groups; g++) moments.push(createMoments(k + 1, { full: false }));
  const order = [...firstRow.keys()]
    .filter((cell) => (firstRow[cell] as number) >= 0)
    .sort((a, b) => (firstRow[a] as number) - (firstRow[b] as number));
  for (const cell of order)
    for (const g of groupsOf[cell] as Int32Array)
      mergeMoments(moments[g] as Moments, byCell[cell] as Moments);
  return moments.map((m) => {
    const alpha = rawAlpha(m, k);
    return { alpha, items: k, n: m.n, low: alpha === null || alpha < LOW_ALPHA };
  });
}
