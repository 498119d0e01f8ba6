import { mean } from './mean.js';
import { standardDeviationAbout } from './variance.js';
import { pt, qt } from './distributions.js';

/** Result of {@link pairedTTest}; every statistic is `null` where it is undefined. */
export interface PairedTTestResult {
  n: number;
  /** Mean of the differences (post − pre). */
  mean: number | null;
  /** SD of the differences. */
  sd: number | null;
  t: number | null;
  df: number;
  /** Two-sided p. */
  p: number | null;
  ciLower: number | null;
  ciUpper: number | null;
  /** `n_below_2` or `zero_variance_difference` when the test is undefined. */
  notes: string[];
}

/**
 * Paired t-test on differences d = post − pre, as R's `t.test(post, pre, paired = TRUE)`:
 * t = mean(d) / (sd(d) / √n), df = n − 1, two-sided p, and the confidence interval
 * mean(d) ± t_{1−α/2, df} × sd(d) / √n.
 *
 * Degenerate data: with n < 2 there is no SD (all but the mean are `null`, note `n_below_2`);
 * with zero variance of the differences t would be ±∞ or NaN, so t, p and the CI are `null`
 * (note `zero_variance_difference`) — R stops with "data are essentially constant" there.
 */
export function pairedTTest(
  differences: ArrayLike<number>,
  confidenceLevel = 0.95,
  n = differences.length,
): PairedTTestResult {
  const m = mean(differences, n);
  const sd = m === null ? null : standardDeviationAbout(differences, n, m);
  const df = Math.max(0, n - 1);
  const empty = { n, mean: m, sd, t: null, df, p: null, ciLower: null, ciUpper: null };
  if (n < 2 || m === null || sd === null) return { ...empty, notes: ['n_below_2'] };
  const se = sd / Math.sqrt(n);
  // R's own guard ("data are essentially constant"): below it t is rounding noise.
  if (se === 0 || se < 10 * Number.EPSILON * Math.abs(m))
    return { ...empty, notes: ['zero_variance_difference'] };
  const t = m / se;
  const p = Math.min(1, 2 * pt(-Math.abs(t), df));
  const half = qt(1 - (1 - confidenceLevel) / 2, df) * se;
  return { n, mean: m, sd, t, df, p, ciLower: m - half, ciUpper: m + half, notes: [] };
}
