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
 * Item analysis on complete cases, as `psych::alpha` reports it: per item the mean, SD, corrected
 * item–total correlation (item vs the sum of the other items, `r.drop`) and raw alpha when the
 * item is dropped (`alpha.drop$raw_alpha`). All of it follows from one covariance matrix, so the
 * data are read twice (means, then centred cross-products) whatever the number of items.
 *
 * Reads `rows` × `columns` of a row-major matrix with `stride` values per row (NaN = missing; a
 * row with a missing item is skipped), like `cronbachAlphaRows`.
 */
export function itemAnalysisRows(
  data: ArrayLike<number>,
  stride: number,
  columns: ArrayLike<number>,
  rows: ArrayLike<number>,
): ItemAnalysisResult {
  const k = columns.length;
  const means = new Float64Array(k);
  const complete = new Uint8Array(rows.length);
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const base = (rows[r] as number) * stride;
    let ok = true;
    for (let j = 0; j < k; j++) if (Number.isNaN(data[base + (columns[j] as number)] as number)) ok = false;
    if (!ok) continue;
    complete[r] = 1;
    n++;
    for (let j = 0; j < k; j++) means[j] = (means[j] as number) + (data[base + (columns[j] as number)] as number);
  }
  const empty = (): ItemStatistics => ({ mean: null, sd: null, rDrop: null, alphaIfDropped: null });
  if (n === 0) return { n, alpha: null, items: Array.from({ length: k }, empty), covariance: new Float64Array(0) };
  for (let j = 0; j < k; j++) means[j] = (means[j] as number) / n;
  if (n < 2) {
    return {
      n,
      alpha: null,
      items: Array.from({ length: k }, (_, j) => ({ ...empty(), mean: means[j] as number })),
      covariance: new Float64Array(0),
    };
  }
  const cov = new Float64Array(k * k);
  const dev = new Float64Array(k);
  for (let r = 0; r < rows.length; r++) {
    if (complete[r] === 0) continue;
    const base = (rows[r] as number) * stride;
    for (let j = 0; j < k; j++) dev[j] = (data[base + (columns[j] as number)] as number) - (means[j] as number);
    for (let a = 0; a < k; a++) {
      const da = dev[a] as number;
      for (let b = a; b < k; b++) cov[a * k + b] = (cov[a * k + b] as number) + da * (dev[b] as number);
    }
  }
  for (let a = 0; a < k; a++) {
    for (let b = a; b < k; b++) {
      const v = (cov[a * k + b] as number) / (n - 1);
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
  const alpha = k >= 2 && total > 0 ? (k / (k - 1)) * (1 - trace / total) : null;
  const items = Array.from({ length: k }, (_, j): ItemStatistics => {
    const vj = cov[j * k + j] as number;
    const covRest = (rowSum[j] as number) - vj;
    const varRest = total - 2 * (rowSum[j] as number) + vj;
    const rest = k - 1;
    return {
      mean: means[j] as number,
      sd: Math.sqrt(vj),
      rDrop: vj > 0 && varRest > 0 ? covRest / Math.sqrt(vj * varRest) : null,
      alphaIfDropped: rest >= 2 && varRest > 0 ? (rest / (rest - 1)) * (1 - (trace - vj) / varRest) : null,
    };
  });
  return { n, alpha, items, covariance: cov };
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
