import { mean } from './mean.js';

/**
 * Sample variance (denominator n − 1, as R's `var`); `null` when n < 2.
 * Two passes (mean first) rather than a running sum of squares, so large constant offsets do
 * not cancel catastrophically.
 */
export function variance(values: ArrayLike<number>, n = values.length): number | null {
  if (n < 2) return null;
  const m = mean(values, n) as number;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - m;
    ss += d * d;
  }
  return ss / (n - 1);
}

/** Sample standard deviation (R's `sd`); `null` when n < 2. */
export function standardDeviation(values: ArrayLike<number>, n = values.length): number | null {
  const v = variance(values, n);
  return v === null ? null : Math.sqrt(v);
}
