import { rawAlphaFromSums } from './cronbach-alpha.js';

/** Result of {@link rawAlphaByGroup}: per group, raw alpha (`null` where undefined) and complete cases. */
export interface GroupAlphas {
  alpha: (number | null)[];
  n: Int32Array;
}

/**
 * Raw Cronbach's alpha of the same items for many groups of rows at once, equal to
 * `cronbachAlphaRows(…, { standardized: false })` per group but reading each row once.
 *
 * `layers` assign rows to groups: `layers[l][row]` is the group of `row` in layer `l` (−1: none).
 * A row belongs to at most one group per layer (a breakdown partitions the population), so the
 * `all` group and the role, cohort and generation groups are four layers of one pass. Per group
 * the rows are visited in ascending order and shifted by the group's first complete row, exactly
 * as the per-group function does, so the sums — and the alphas — are the same to the last bit.
 */
export function rawAlphaByGroup(
  data: ArrayLike<number>,
  stride: number,
  columns: ArrayLike<number>,
  layers: readonly Int32Array[],
  groups: number,
  rows: number,
): GroupAlphas {
  const k = columns.length;
  const width = k + 1;
  const sum = new Float64Array(groups * width);
  const sumSq = new Float64Array(groups * width);
  const shift = new Float64Array(groups * width);
  const n = new Int32Array(groups);
  const row = new Float64Array(width);
  for (let r = 0; r < rows; r++) {
    const base = r * stride;
    let total = 0;
    for (let j = 0; j < k; j++) total += row[j] = data[base + (columns[j] as number)] as number;
    // NaN propagates into the total: one test skips incomplete rows.
    if (total !== total) continue;
    row[k] = total;
    for (const layer of layers) {
      const g = layer[r] as number;
      if (g < 0) continue;
      const at = g * width;
      // Shifting by the group's first complete row keeps the one-pass sums free of cancellation.
      if (n[g] === 0) shift.set(row, at);
      n[g] = (n[g] as number) + 1;
      for (let j = 0; j < width; j++) {
        const d = (row[j] as number) - (shift[at + j] as number);
        sum[at + j] = (sum[at + j] as number) + d;
        sumSq[at + j] = (sumSq[at + j] as number) + d * d;
      }
    }
  }
  const alpha: (number | null)[] = [];
  for (let g = 0; g < groups; g++)
    alpha.push(rawAlphaFromSums(k, n[g] as number, sum, sumSq, g * width));
  return { alpha, n };
}
