import { addMomentsRow, centredCross, createMoments, rawAlpha } from '../engine/moments.js';

/** Result of {@link cronbachAlpha}. */
export interface CronbachAlphaResult {
  /** Raw alpha from covariances (psych's `raw_alpha`); `null` when undefined. */
  alpha: number | null;
  /** Standardised alpha from the average inter-item correlation (psych's `std.alpha`). */
  standardized: number | null;
  /** Average inter-item correlation (psych's `average_r`). */
  averageR: number | null;
  /** Complete cases used. */
  n: number;
  items: number;
}

/**
 * Cronbach's alpha on complete cases, as `psych::alpha` computes it:
 * raw α = k/(k−1) × (1 − Σ var(item) / var(total)); standardised α = k r̄ / (1 + (k−1) r̄),
 * r̄ the mean off-diagonal correlation.
 *
 * Reads selected `rows` and `columns` of a row-major matrix with `stride` values per row, through
 * the same accumulator as the report's alpha per group (so the two agree to the last bit). A row
 * with any NaN among the columns is skipped. Undefined (`null`) with fewer than 2 complete cases
 * or items, when the total has zero variance, or (standardised only) when an item is constant.
 * `standardized: false` skips the correlations (O(k) instead of O(k²) per row).
 */
export function cronbachAlphaRows(
  data: ArrayLike<number>,
  stride: number,
  columns: ArrayLike<number>,
  rows: ArrayLike<number>,
  options: { standardized?: boolean } = {},
): CronbachAlphaResult {
  const k = columns.length;
  const full = options.standardized !== false;
  // Items and their total, the columns raw alpha is computed from.
  const m = createMoments(k + 1, { full });
  const row = new Float64Array(k + 1);
  for (let r = 0; r < rows.length; r++) {
    const base = (rows[r] as number) * stride;
    let total = 0;
    for (let j = 0; j < k; j++) total += row[j] = data[base + (columns[j] as number)] as number;
    if (total !== total) continue;
    row[k] = total;
    addMomentsRow(m, row);
  }
  const { n } = m;
  const alpha = rawAlpha(m, k);
  if (!full || n < 2 || k < 2) return { alpha, standardized: null, averageR: null, n, items: k };
  let corrSum = 0;
  let constantItem = false;
  for (let a = 0; a < k; a++) {
    const vaa = centredCross(m, a, a);
    if (vaa === 0) constantItem = true;
    for (let b = a + 1; b < k; b++)
      corrSum += centredCross(m, a, b) / Math.sqrt(vaa * centredCross(m, b, b));
  }
  const averageR = constantItem ? null : corrSum / ((k * (k - 1)) / 2);
  const standardized = averageR === null ? null : (k * averageR) / (1 + (k - 1) * averageR);
  return {
    alpha,
    standardized: standardized !== null && Number.isFinite(standardized) ? standardized : null,
    averageR,
    n,
    items: k,
  };
}

const sequence = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/** {@link cronbachAlphaRows} over a whole row-major matrix with `nItems` columns. */
export function cronbachAlphaMatrix(data: ArrayLike<number>, nItems: number): CronbachAlphaResult {
  const rows = nItems === 0 ? 0 : Math.floor(data.length / nItems);
  return cronbachAlphaRows(data, nItems, sequence(nItems), sequence(rows));
}

/** Cronbach's alpha of rows given as arrays (one array of item values per person). */
export function cronbachAlpha(rows: readonly (readonly number[])[]): CronbachAlphaResult {
  const k = rows[0]?.length ?? 0;
  const data = new Float64Array(rows.length * k);
  rows.forEach((row, r) => {
    if (row.length !== k)
      throw new RangeError(`row ${r + 1} has ${row.length} items, expected ${k}`);
    data.set(row, r * k);
  });
  return cronbachAlphaMatrix(data, k);
}
