/**
 * The one accumulator behind every Cronbach's alpha and item analysis (the report's alpha per
 * group, `cronbachAlpha`, `itemAnalysis`, the evaluation's item evidence): over complete rows of
 * `width` columns, n, Σ(x − shift) and Σ(x − shift)(y − shift), shifted by a typical value per
 * column so that one pass stays accurate (no cancellation whatever the scale). Moments of disjoint
 * groups with the same shift add up, so a population is the sum of its groups.
 *
 * `full` keeps the upper triangle of the cross products (correlations, alpha if an item is
 * dropped); without it only the squares are kept, O(width) per row, which is all raw alpha needs
 * when the total is one of the columns — the scoring hot path.
 */
export interface Moments {
  width: number;
  n: number;
  full: boolean;
  /** Set from the first row added when created without one. */
  shift: Float64Array | null;
  sum: Float64Array;
  /** Full: row-major width × width, upper triangle (a ≤ b). Otherwise the squares (width). */
  cross: Float64Array;
  /** Scratch for one row's deviations. */
  dev: Float64Array;
}

/** Empty moments of `width` columns, shifted by `shift` (or by the first row added). */
export function createMoments(
  width: number,
  options: { shift?: number | Float64Array; full?: boolean } = {},
): Moments {
  const full = options.full ?? true;
  const { shift } = options;
  return {
    width,
    n: 0,
    full,
    shift:
      shift === undefined
        ? null
        : typeof shift === 'number'
          ? new Float64Array(width).fill(shift)
          : shift,
    sum: new Float64Array(width),
    cross: new Float64Array(full ? width * width : width),
    dev: new Float64Array(width),
  };
}

/** Adds one complete row (`width` values from `row`). */
export function addMomentsRow(m: Moments, row: ArrayLike<number>): void {
  const { width, dev } = m;
  let shift = m.shift;
  if (shift === null) {
    shift = m.shift = new Float64Array(width);
    for (let j = 0; j < width; j++) shift[j] = row[j] as number;
  }
  if (m.full) {
    for (let j = 0; j < width; j++) dev[j] = (row[j] as number) - (shift[j] as number);
    addCrossProducts(width, m.sum, m.cross, dev);
  } else addSquares(width, m.sum, m.cross, row, shift);
  m.n++;
}

/** Adds one complete row given as deviations from the shift. */
export function addDeviations(m: Moments, dev: ArrayLike<number>): void {
  // Two small functions rather than one with both loops, so each call site inlines the one it uses.
  if (m.full) addCrossProducts(m.width, m.sum, m.cross, dev);
  else addSquares(m.width, m.sum, m.cross, dev, null);
  m.n++;
}

function addCrossProducts(
  width: number,
  sum: Float64Array,
  cross: Float64Array,
  dev: ArrayLike<number>,
): void {
  for (let a = 0; a < width; a++) {
    const da = dev[a] as number;
    sum[a] = (sum[a] as number) + da;
    const row = a * width;
    for (let b = a; b < width; b++)
      cross[row + b] = (cross[row + b] as number) + da * (dev[b] as number);
  }
}

/**
 * Σ d and Σ d² of one row, d = value − shift (`shift` null: the row holds deviations already).
 * Squares only is raw alpha, the scoring hot path: the deviations are taken in this loop rather
 * than copied out first.
 */
function addSquares(
  width: number,
  sum: Float64Array,
  squares: Float64Array,
  row: ArrayLike<number>,
  shift: Float64Array | null,
): void {
  for (let j = 0; j < width; j++) {
    const d = shift === null ? (row[j] as number) : (row[j] as number) - (shift[j] as number);
    sum[j] = (sum[j] as number) + d;
    squares[j] = (squares[j] as number) + d * d;
  }
}

/**
 * Adds `source` into `target` (same width and mode). An empty target without a shift takes the
 * source's. When the shifts differ the source is first re-based onto the target's shift
 * (Σ(x − t) = Σ(x − s) + n(s − t), and likewise for the cross products): exact when the values
 * and shifts are integers, as scale answers are, since every term is then an integer far below
 * 2^53; otherwise exact to rounding.
 */
export function mergeMoments(target: Moments, source: Moments): void {
  if (source.n === 0) return;
  if (target.shift === null) target.shift = Float64Array.from(source.shift as Float64Array);
  const { width, sum, cross } = target;
  const delta = shiftDelta(source, target.shift);
  if (delta === null) {
    for (let j = 0; j < width; j++) sum[j] = (sum[j] as number) + (source.sum[j] as number);
    for (let i = 0; i < cross.length; i++)
      cross[i] = (cross[i] as number) + (source.cross[i] as number);
  } else {
    const n = source.n;
    const s = source.sum;
    if (target.full) {
      for (let a = 0; a < width; a++) {
        const da = delta[a] as number;
        const sa = s[a] as number;
        for (let b = a; b < width; b++) {
          const db = delta[b] as number;
          const at = a * width + b;
          cross[at] =
            (cross[at] as number) +
            ((source.cross[at] as number) + da * (s[b] as number) + db * sa + n * da * db);
        }
      }
    } else {
      for (let j = 0; j < width; j++) {
        const d = delta[j] as number;
        const sj = s[j] as number;
        cross[j] = (cross[j] as number) + ((source.cross[j] as number) + 2 * d * sj + n * d * d);
      }
    }
    for (let j = 0; j < width; j++)
      sum[j] = (sum[j] as number) + ((s[j] as number) + n * (delta[j] as number));
  }
  target.n += source.n;
}

/** source.shift − shift per column, or null when they are the same (nothing to re-base). */
function shiftDelta(source: Moments, shift: Float64Array): Float64Array | null {
  const from = source.shift as Float64Array;
  if (from === shift) return null;
  let same = true;
  for (let j = 0; j < source.width && same; j++) same = from[j] === shift[j];
  if (same) return null;
  const delta = new Float64Array(source.width);
  for (let j = 0; j < source.width; j++) delta[j] = (from[j] as number) - (shift[j] as number);
  return delta;
}

/** Σ(x_a − x̄_a)(x_b − x̄_b) (a ≤ b; a = b in either mode); divide by n − 1 for the covariance. */
export function centredCross(m: Moments, a: number, b: number): number {
  const c = m.full ? (m.cross[a * m.width + b] as number) : (m.cross[a] as number);
  return c - ((m.sum[a] as number) * (m.sum[b] as number)) / m.n;
}

/** Mean of column `j` (NaN without rows). */
export function momentsMean(m: Moments, j: number): number {
  return (m.shift?.[j] ?? 0) + (m.sum[j] as number) / m.n;
}

/**
 * Raw alpha k/(k − 1) × (1 − Σ var(item) / var(total)) from the item variances and the variance of
 * their total; `null` with fewer than 2 items or a total without variance.
 */
export function alphaFromVariances(
  k: number,
  itemVariances: number,
  totalVariance: number,
): number | null {
  return k >= 2 && totalVariance > 0 ? (k / (k - 1)) * (1 - itemVariances / totalVariance) : null;
}

/**
 * Raw alpha of moments whose first `k` columns are the items and column `k` their total (`null`
 * with fewer than 2 complete rows or items, or a total without variance).
 */
export function rawAlpha(m: Moments, k: number): number | null {
  const { n } = m;
  if (n < 2 || k < 2) return null;
  let itemVariances = 0;
  for (let j = 0; j < k; j++) itemVariances += centredCross(m, j, j) / (n - 1);
  return alphaFromVariances(k, itemVariances, centredCross(m, k, k) / (n - 1));
}
