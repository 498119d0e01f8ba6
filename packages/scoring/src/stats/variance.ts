import { mean } from './mean.js';

/**
 * Sample variance (denominator n − 1, as R's `var`); `null` when n < 2.
 * Two passes (mean first) rather than a running sum of squares, so large constant offsets do
 * not cancel catastrophically.
 */
export function variance(values: ArrayLike<number>, n = values.length): number | null {
  if (n < 2) return null;
  return sumOfSquaredDeviations(values, n, mean(values, n) as number) / (n - 1);
}

/** Sample standard deviation (R's `sd`); `null` when n < 2. */
export function standardDeviation(values: ArrayLike<number>, n = values.length): number | null {
  return n < 2 ? null : standardDeviationAbout(values, n, mean(values, n) as number);
}

/**
 * {@link standardDeviation} of the first `n` values whose mean `m` the caller already holds (as
 * `mean` computes it): the second pass alone, to the last bit the same.
 */
export function standardDeviationAbout(
  values: ArrayLike<number>,
  n: number,
  m: number,
): number | null {
  return n < 2 ? null : Math.sqrt(sumOfSquaredDeviations(values, n, m) / (n - 1));
}

/** Σ(x − m)² over the first `n` values. */
function sumOfSquaredDeviations(values: ArrayLike<number>, n: number, m: number): number {
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    ss += d * d;
  }
  return ss;
}
