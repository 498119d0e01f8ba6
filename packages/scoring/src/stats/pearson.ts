/**
 * Pearson correlation of paired samples (R's `cor(x, y)`). `null` when n < 2 or either sample
 * has zero variance, where the correlation is undefined (R returns NA with a warning).
 */
export function pearson(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  n = Math.min(x.length, y.length),
): number | null {
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] as number;
    my += y[i] as number;
  }
  return pearsonAbout(x, y, n, mx / n, my / n);
}

/**
 * {@link pearson} of the first `n` pairs whose means `mx` and `my` the caller already holds (as
 * `mean` computes them): the second pass alone, to the last bit the same.
 */
export function pearsonAbout(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  n: number,
  mx: number,
  my: number,
): number | null {
  if (n < 2) return null;
  centredSums(x, y, n, mx, my, sums);
  const sxy = sums[0] as number;
  const sxx = sums[1] as number;
  const syy = sums[2] as number;
  if (sxx === 0 || syy === 0) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  // Rounding can push |r| a hair past 1, which would make √(1 − r) NaN downstream.
  return Math.max(-1, Math.min(1, r));
}

/** Σ dx·dy, Σ dx², Σ dy² of {@link centredSums}; one buffer, as the sums are read at once. */
const sums = new Float64Array(3);

/**
 * The loop of {@link pearsonAbout} in a function that ends in a plain return: compiled on stack
 * replacement before the code after it had run, the loop deopted at that code on every later
 * call (78 deopts in the second report of the benchmark; see `engine/rank-levels.ts`).
 */
function centredSums(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  n: number,
  mx: number,
  my: number,
  out: Float64Array,
): void {
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  out[0] = sxy;
  out[1] = sxx;
  out[2] = syy;
}
