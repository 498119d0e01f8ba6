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
 * Reads selected `rows` and `columns` of a row-major matrix with `stride` values per row, so the
 * scoring hot path computes alpha for every group straight from the item table without copying.
 * A row with any NaN among the columns is skipped. Undefined (`null`) with fewer than 2 complete
 * cases or items, when the total has zero variance, or (standardised only) when an item is constant.
 */
export function cronbachAlphaRows(
  data: ArrayLike<number>,
  stride: number,
  columns: ArrayLike<number>,
  rows: ArrayLike<number>,
  options: { standardized?: boolean } = {},
): CronbachAlphaResult {
  if (options.standardized === false) return rawAlphaRows(data, stride, columns, rows);
  const k = columns.length;
  const means = new Float64Array(k);
  const complete = new Uint8Array(rows.length);
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const base = (rows[r] as number) * stride;
    let ok = true;
    for (let j = 0; j < k; j++)
      if (Number.isNaN(data[base + (columns[j] as number)] as number)) ok = false;
    if (!ok) continue;
    complete[r] = 1;
    n++;
    for (let j = 0; j < k; j++)
      means[j] = (means[j] as number) + (data[base + (columns[j] as number)] as number);
  }
  if (n < 2 || k < 2) return { alpha: null, standardized: null, averageR: null, n, items: k };
  for (let j = 0; j < k; j++) means[j] = (means[j] as number) / n;
  // Second pass on centred values: no cancellation whatever the scale.
  const cov = new Float64Array(k * k);
  const dev = new Float64Array(k);
  for (let r = 0; r < rows.length; r++) {
    if (complete[r] === 0) continue;
    const base = (rows[r] as number) * stride;
    for (let j = 0; j < k; j++)
      dev[j] = (data[base + (columns[j] as number)] as number) - (means[j] as number);
    for (let a = 0; a < k; a++) {
      const da = dev[a] as number;
      for (let b = a; b < k; b++)
        cov[a * k + b] = (cov[a * k + b] as number) + da * (dev[b] as number);
    }
  }
  let trace = 0;
  let total = 0;
  let corrSum = 0;
  let constantItem = false;
  for (let a = 0; a < k; a++) {
    const vaa = cov[a * k + a] as number;
    trace += vaa;
    total += vaa;
    if (vaa === 0) constantItem = true;
    for (let b = a + 1; b < k; b++) {
      const vab = cov[a * k + b] as number;
      total += 2 * vab;
      corrSum += vab / Math.sqrt(vaa * (cov[b * k + b] as number));
    }
  }
  const alpha = total > 0 ? (k / (k - 1)) * (1 - trace / total) : null;
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

/**
 * Raw alpha only, in O(k) per row: it needs just the item variances and the variance of the
 * total, not the k × k covariance matrix (the scoring hot path never reports standardised alpha).
 */
function rawAlphaRows(
  data: ArrayLike<number>,
  stride: number,
  columns: ArrayLike<number>,
  rows: ArrayLike<number>,
): CronbachAlphaResult {
  const k = columns.length;
  const sum = new Float64Array(k + 1);
  const sumSq = new Float64Array(k + 1);
  // Shifting by the first complete row keeps the one-pass sums of squares free of cancellation.
  const shift = new Float64Array(k + 1);
  let shifted = false;
  let n = 0;
  const row = new Float64Array(k);
  for (let r = 0; r < rows.length; r++) {
    const base = (rows[r] as number) * stride;
    let total = 0;
    for (let j = 0; j < k; j++) total += row[j] = data[base + (columns[j] as number)] as number;
    // NaN propagates into the total: one test skips incomplete rows.
    if (total !== total) continue;
    if (!shifted) {
      shift.set(row);
      shift[k] = total;
      shifted = true;
    }
    n++;
    for (let j = 0; j < k; j++) {
      const d = (row[j] as number) - (shift[j] as number);
      sum[j] = (sum[j] as number) + d;
      sumSq[j] = (sumSq[j] as number) + d * d;
    }
    const d = total - (shift[k] as number);
    sum[k] = (sum[k] as number) + d;
    sumSq[k] = (sumSq[k] as number) + d * d;
  }
  return {
    alpha: rawAlphaFromSums(k, n, sum, sumSq, 0),
    standardized: null,
    averageR: null,
    n,
    items: k,
  };
}

/**
 * Raw alpha from shifted sums and sums of squares of the k items and their total, stored at
 * `offset` (k + 1 values each): k/(k−1) × (1 − Σ var(item) / var(total)). `null` with fewer than
 * 2 cases or items, or a total without variance.
 */
export function rawAlphaFromSums(
  k: number,
  n: number,
  sum: Float64Array,
  sumSq: Float64Array,
  offset: number,
): number | null {
  if (n < 2 || k < 2) return null;
  const variance = (j: number) =>
    ((sumSq[offset + j] as number) -
      ((sum[offset + j] as number) * (sum[offset + j] as number)) / n) /
    (n - 1);
  let itemVariances = 0;
  for (let j = 0; j < k; j++) itemVariances += variance(j);
  const totalVariance = variance(k);
  return totalVariance > 0 ? (k / (k - 1)) * (1 - itemVariances / totalVariance) : null;
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
