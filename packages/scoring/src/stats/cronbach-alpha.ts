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
 * Cronbach's alpha on complete cases of a row-major matrix (`nItems` columns; a row with any NaN
 * is skipped), as `psych::alpha` computes it:
 * raw α = k/(k−1) × (1 − Σ var(item) / var(total)); standardised α = k r̄ / (1 + (k−1) r̄),
 * r̄ the mean off-diagonal correlation.
 * Undefined (`null`) with fewer than 2 complete cases or items, when the total has zero variance,
 * or (standardised only) when an item is constant.
 */
export function cronbachAlphaMatrix(data: ArrayLike<number>, nItems: number): CronbachAlphaResult {
  const k = nItems;
  const rows = k === 0 ? 0 : Math.floor(data.length / k);
  const means = new Float64Array(k);
  let n = 0;
  const complete = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) {
    let ok = true;
    for (let j = 0; j < k; j++) if (Number.isNaN(data[r * k + j] as number)) ok = false;
    if (!ok) continue;
    complete[r] = 1;
    n++;
    for (let j = 0; j < k; j++) means[j] = (means[j] as number) + (data[r * k + j] as number);
  }
  const undefinedResult = { alpha: null, standardized: null, averageR: null, n, items: k };
  if (n < 2 || k < 2) return undefinedResult;
  for (let j = 0; j < k; j++) means[j] = (means[j] as number) / n;
  // Covariance matrix in one pass over complete rows (k is small: a construct's items).
  const cov = new Float64Array(k * k);
  const dev = new Float64Array(k);
  for (let r = 0; r < rows; r++) {
    if (complete[r] === 0) continue;
    for (let j = 0; j < k; j++) dev[j] = (data[r * k + j] as number) - (means[j] as number);
    for (let a = 0; a < k; a++) {
      const da = dev[a] as number;
      for (let b = a; b < k; b++) cov[a * k + b] = (cov[a * k + b] as number) + da * (dev[b] as number);
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
  return { alpha, standardized: standardized !== null && Number.isFinite(standardized) ? standardized : null, averageR, n, items: k };
}

/** {@link cronbachAlphaMatrix} for rows given as arrays (one array of item values per person). */
export function cronbachAlpha(rows: readonly (readonly number[])[]): CronbachAlphaResult {
  const k = rows[0]?.length ?? 0;
  const data = new Float64Array(rows.length * k);
  rows.forEach((row, r) => {
    if (row.length !== k) throw new RangeError(`row ${r + 1} has ${row.length} items, expected ${k}`);
    data.set(row, r * k);
  });
  return cronbachAlphaMatrix(data, k);
}
