import type { Reliability } from '@genbridge/schema';
import type { MatchedData } from './matched-data.js';
import { addMomentsRow, createMoments, rawAlpha, type Moments } from './moments.js';

/** Alpha below this is flagged as low reliability (Nunnally's conventional 0.7). */
export const LOW_ALPHA = 0.7;

/**
 * Cronbach's alpha of construct `c` at one wave (`items`: the pairs' item table of that wave) for
 * every group of a plan at once (complete cases), reading each row once. `layers` map each pair to
 * its group per breakdown (see `groupLayers`; −1: none); a row belongs to at most one group per
 * layer, so `all` and the role, cohort and generation groups are four layers of one pass. Each
 * group's moments are those `cronbachAlpha` keeps (items and their total, shifted by the group's
 * first complete row), so its alpha is the public function's on the group's rows, to the last bit.
 */
export function reliabilityByGroup(
  items: Float32Array,
  data: MatchedData,
  c: number,
  layers: readonly Int32Array[],
  groups: number,
): Reliability[] {
  const construct = data.layout.constructs[c];
  if (!construct) throw new RangeError(`no construct ${c}`);
  const columns = construct.items;
  const stride = data.layout.itemIds.length;
  const k = columns.length;
  const moments: Moments[] = [];
  for (let g = 0; g < groups; g++) moments.push(createMoments(k + 1, { full: false }));
  const row = new Float64Array(k + 1);
  for (let r = 0; r < data.pairs; r++) {
    const base = r * stride;
    let total = 0;
    for (let j = 0; j < k; j++) total += row[j] = items[base + (columns[j] as number)] as number;
    // NaN propagates into the total: one test skips incomplete rows.
    if (total !== total) continue;
    row[k] = total;
    for (const layer of layers) {
      const g = layer[r] as number;
      if (g >= 0) addMomentsRow(moments[g] as Moments, row);
    }
  }
  return moments.map((m) => {
    const alpha = rawAlpha(m, k);
    return { alpha, items: k, n: m.n, low: alpha === null || alpha < LOW_ALPHA };
  });
}
