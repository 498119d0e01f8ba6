import { qt } from './distributions.js';

/**
 * t-based confidence interval of a mean, as R's `t.test(x)$conf.int`:
 * mean ± t_{1−α/2, n−1} × sd / √n. `null` bounds when n < 2 or the mean/SD is undefined.
 * A zero SD gives a zero-width interval (every score equal), which is the honest answer.
 */
export function meanInterval(
  mean: number | null,
  sd: number | null,
  n: number,
  confidenceLevel = 0.95,
): { ciLower: number | null; ciUpper: number | null } {
  if (mean === null || sd === null || n < 2) return { ciLower: null, ciUpper: null };
  const half = qt(1 - (1 - confidenceLevel) / 2, n - 1) * (sd / Math.sqrt(n));
  return { ciLower: mean - half, ciUpper: mean + half };
}
