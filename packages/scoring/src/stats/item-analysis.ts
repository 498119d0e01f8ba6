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
 * Sums of k items over complete rows, shifted by `shift` (a typical value per item) so that one
 * pass stays accurate: n, Σ(x − shift) and Σ(x − shift)(y − shift). Moments of disjoint groups
 * with the same shift add up, so a whole population is the sum of its groups.
 */
export interface ItemMoments {
  k: number;
  n: number;
  shift: Float64Array;
  sum: Float64Array;
  /** Row-major k × k, upper triangle (a ≤ b) filled. */
  cross: Float64Array;
}

/** Empty moments of `k` items, all shifted by `shift`. */
export function createItemMoments(k: number, shift: number | Float64Array): ItemMoments {
  return {
    k,
    n: 0,
    shift: typeof shift === 'number' ? new Float64Array(k).fill(shift) : shift,
    sum: new Float64Array(k),
    cross: new Float64Array(k * k),
  };
}

/** Adds one row (items at `data[base + columns[j]]`, none missing) to `m`; `dev` is scratch (k). */
export function addItemRow(
  m: ItemMoments,
  data: ArrayLike<number>,
  base: number,
  columns: ArrayLike<number>,
  dev: Float64Array,
): void {
  const { k, sum, cross, shift } = m;
  for (let j = 0; j < k; j++) {
    const d = (data[base + (columns[j] as number)] as number) - (shift[j] as number);
    dev[j] = d;
    sum[j] = (sum[j] as number) + d;
  }
  for (let a = 0; a < k; a++) {
    const da = dev[a] as number;
    const row = a * k;
    for (let b = a; b < k; b++)
      cross[row + b] = (cross[row + b] as number) + da * (dev[b] as number);
  }
  m.n++;
}

/** Adds `source` into `target` (same k and shift). */
export function mergeItemMoments(target: ItemMoments, source: ItemMoments): void {
  target.n += source.n;
  for (let j = 0; j < target.k; j++)
    target.sum[j] = (target.sum[j] as number) + (source.sum[j] as number);
  for (let i = 0; i < target.cross.length; i++) {
    target.cross[i] = (target.cross[i] as number) + (source.cross[i] as number);
  }
}

/**
 * Item analysis from moments, as `psych::alpha` reports it: per item the mean, SD, corrected
 * item–total correlation (item vs the sum of the other items, `r.drop`) and raw alpha when the
 * item is dropped (`alpha.drop$raw_alpha`), all from the one covariance matrix.
 */
export function itemAnalysisFromMoments(m: ItemMoments): ItemAnalysisResult {
  const { k, n } = m;
  const empty = (): ItemStatistics => ({ mean: null, sd: null, rDrop: null, alphaIfDropped: null });
  if (n === 0)
    return {
      n,
      alpha: null,
      items: Array.from({ length: k }, empty),
      covariance: new Float64Array(0),
    };
  const means = Array.from(
    { length: k },
    (_, j) => (m.shift[j] as number) + (m.sum[j] as number) / n,
  );
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
      const v =
        ((m.cross[a * k + b] as number) - ((m.sum[a] as number) * (m.sum[b] as number)) / n) /
        (n - 1);
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
  const items = means.map((mean, j): ItemStatistics => {
    const vj = Math.max(0, cov[j * k + j] as number);
    const covRest = (rowSum[j] as number) - vj;
    const varRest = total - 2 * (rowSum[j] as number) + vj;
    const rest = k - 1;
    return {
      mean,
      sd: Math.sqrt(vj),
      rDrop: vj > 0 && varRest > 0 ? covRest / Math.sqrt(vj * varRest) : null,
      alphaIfDropped:
        rest >= 2 && varRest > 0 ? (rest / (rest - 1)) * (1 - (trace - vj) / varRest) : null,
    };
  });
  return { n, alpha, items, covariance: cov };
}

/**
 * Item analysis on complete cases (see {@link itemAnalysisFromMoments}). Reads `rows` ×
 * `columns` of a row-major matrix with `stride` values per row (NaN = missing; a row with a
 * missing item is skipped), like `cronbachAlphaRows`. One pass, shifted by the first complete row.
 */
export function itemAnalysisRows(
  data: ArrayLike<number>,
  stride: number,
  columns: ArrayLike<number>,
  rows: ArrayLike<number>,
): ItemAnalysisResult {
  const k = columns.length;
  const dev = new Float64Array(k);
  let m: ItemMoments | undefined;
  for (let r = 0; r < rows.length; r++) {
    const base = (rows[r] as number) * stride;
    let ok = true;
    for (let j = 0; j < k; j++)
      if (Number.isNaN(data[base + (columns[j] as number)] as number)) ok = false;
    if (!ok) continue;
    m ??= createItemMoments(
      k,
      Float64Array.from({ length: k }, (_, j) => data[base + (columns[j] as number)] as number),
    );
    addItemRow(m, data, base, columns, dev);
  }
  return itemAnalysisFromMoments(m ?? createItemMoments(k, 0));
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
