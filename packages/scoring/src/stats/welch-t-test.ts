import { mean } from './mean.js';
import { variance } from './variance.js';
import { pt, qt } from './distributions.js';

/** Result of {@link welchTTest}; `null` where a statistic is undefined. */
export interface WelchTTestResult {
  /** mean(a) − mean(b). */
  estimate: number | null;
  se: number | null;
  t: number | null;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number | null;
  /** Two-sided p. */
  p: number | null;
  ciLower: number | null;
  ciUpper: number | null;
}

/**
 * Welch's two-sample t-test of mean(a) − mean(b), as R's `t.test(a, b, var.equal = FALSE)`:
 * se = √(s²a/na + s²b/nb), df = se⁴ / ((s²a/na)²/(na−1) + (s²b/nb)²/(nb−1)).
 * Needs at least 2 values per group and a non-zero se; otherwise only the estimate is given.
 *
 * @example
 * welchTTest([5.1, 4.9, 6.2], [4.0, 4.4, 3.9]).ciLower
 */
export function welchTTest(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  confidenceLevel = 0.95,
): WelchTTestResult {
  const ma = mean(a);
  const mb = mean(b);
  const estimate = ma === null || mb === null ? null : ma - mb;
  const none = { estimate, se: null, t: null, df: null, p: null, ciLower: null, ciUpper: null };
  const va = variance(a);
  const vb = variance(b);
  if (estimate === null || va === null || vb === null) return none;
  const qa = va / a.length;
  const qb = vb / b.length;
  const se = Math.sqrt(qa + qb);
  if (!(se > 0)) return none;
  const df = (qa + qb) ** 2 / (qa ** 2 / (a.length - 1) + qb ** 2 / (b.length - 1));
  const t = estimate / se;
  const half = qt(1 - (1 - confidenceLevel) / 2, df) * se;
  return {
    estimate,
    se,
    t,
    df,
    p: Math.min(1, 2 * pt(-Math.abs(t), df)),
    ciLower: estimate - half,
    ciUpper: estimate + half,
  };
}
