import {
  addMomentsRow,
  alphaFromVariances,
  centredCross,
  createMoments,
  momentsMean,
  type Moments,
} from '../engine/moments.js';

/** One item's statistics from {@link itemAnalysisRows}. */
export interface ItemStatistics {
  mean: number | null;
  sd: number | null;
  /** Corrected item–total correlation (psych's `r.drop`). */
  rDrop: number | null;
  /** Raw alpha of the other items (psych's `alpha.drop$raw_alpha`). */
  alphaIfDropped: number | null;
}

/** Result of {@link itemAnalysisRows}. */
export interface ItemAnalysisResult {
  /** Complete cases used. */
  n: number;
  /** Raw Cronbach's alpha of all items. */
  alpha: number | null;
  items: ItemStatistics[];
  /** Item covariance matrix (k × k, row-major, denominator n − 1); empty when n < 2. */
  covariance: Float64Array;
}

/**
 * Item analysis from moments, as `psych::alpha` reports it: per item the mean, SD, corrected
 * item–total correlation (item vs the sum of the other items, `r.drop`) and raw alpha when the
 * item is dropped (`alpha.drop$raw_alpha`), all from the one covariance matrix.
 */
export function itemAnalysisFromMoments(m: Moments): ItemAnalysisResult {
  const { width: k, n } = m;
  const empty = (): ItemStatistics => ({ mean: null, sd: null, rDrop: null, alphaIfDropped: null });
  if (n === 0)
    return {
      n,
      alpha: null,
      items: Array.from({ length: k }, empty),
      covariance: new Float64Array(0),
    };
  const means = Array.from({ length: k }, (_, j) => momentsMean(m, j));
  if (n < 2) {
    return {
      n,
      alpha: null,
      items: means.map((mean) => ({ ...empty(), mean })),
      covariance: new Float64Array(0),
    };
  }
  const cov = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const v = centredCross(m, a, b) / (n - 1);
      cov[a * k + b] = v;
      cov[b * k + a] = v;
    }
  }
  let trace = 0;
  let total = 0;
  const rowSum = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    trace += cov[a * k + a] as number;
    for (let b = 0; b < k; b++) rowSum[a] = (rowSum[a] as number) + (cov[a * k + b] as number);
    total += rowSum[a] as number;
  }
  const alpha = alphaFromVariances(k, trace, total);
  const items = means.map((mean, j): ItemStatistics => {
    const vj = Math.max(0, cov[j * k + j] as number);
    const covRest = (rowSum[j] as number) - vj;
    const varRest = total - 2 * (rowSum[j] as number) + vj;
    const rest = k - 1;
    return {
      mean,
      sd: Math.sqrt(vj),
      rDrop: vj > 0 && varRest > 0 ? covRest / Math.sqrt(vj * varRest) : null,
      alphaIfDropped: alphaFromVariances(rest, trace - vj, varRest),
    };
  });
  return { n, alpha, items, covariance: cov };
}

/**
 * Item analysis on complete cases (see {@link itemAnalysisFromMoments}). Reads `rows` ×
 * `columns` of a row-major matrix with `stride` values per row (NaN = missing; a row with a
 * missing item is skipped), like `cronbachAlphaRows`, through the same accumulator (`engine/moments`):
 * one pass, shifted by the first complete row.
 */
export function itemAnalysisRows(
  data: ArrayLike<number>,
  stride: number,
  columns: ArrayLike<number>,
  rows: ArrayLike<number>,
): ItemAnalysisResult {
  const k = columns.length;
  const m = createMoments(k);
  const row = new Float64Array(k);
  for (let r = 0; r < rows.length; r++) {
    const base = (rows[r] as number) * stride;
    let ok = true;
    for (let j = 0; j < k; j++) {
      const v = (row[j] = data[base + (columns[j] as number)] as number);
      if (Number.isNaN(v)) ok = false;
    }
    if (ok) addMomentsRow(m, row);
  }
  // Without a complete row the shift is never set; the result does not depend on it then.
  return itemAnalysisFromMoments(m);
}

/** {@link itemAnalysisRows} over plain rows (one array of item values per respondent). */
export function itemAnalysis(rows: readonly (readonly number[])[]): ItemAnalysisResult {
  const k = rows[0]?.length ?? 0;
  const flat = new Float64Array(rows.length * k);
  rows.forEach((row, i) => row.forEach((v, j) => (flat[i * k + j] = v)));
  return itemAnalysisRows(
    flat,
    k,
    Array.from({ length: k }, (_, j) => j),
    Array.from({ length: rows.length }, (_, i) => i),
  );
}
