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
  if (sxx === 0 || syy === 0) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  // Rounding can push |r| a hair past 1, which would make √(1 − r) NaN downstream.
  return Math.max(-1, Math.min(1, r));
}
