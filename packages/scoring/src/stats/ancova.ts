import { coefficient, NO_COEFFICIENT, type CoefficientResult } from './coefficient.js';

/**
 * Baseline-adjusted difference between two groups: the `group` coefficient of the linear model
 * `post ~ pre + group` (R's `lm(post ~ pre + group)`, group coded 0/1), with its OLS standard
 * error on n − 3 degrees of freedom. Solved from centred cross-products (two passes), so it is
 * linear in n and needs no matrix library. `null` statistics when n < 4 or the design is singular
 * (e.g. everyone in one group).
 */
export function ancova(
  pre: ArrayLike<number>,
  post: ArrayLike<number>,
  group: ArrayLike<number>,
  confidenceLevel = 0.95,
): CoefficientResult {
  const n = pre.length;
  if (n < 4) return NO_COEFFICIENT;
  let mx = 0;
  let mg = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += pre[i] as number;
    mg += group[i] as number;
    my += post[i] as number;
  }
  mx /= n;
  mg /= n;
  my /= n;
  let sxx = 0;
  let sgg = 0;
  let sxg = 0;
  let sxy = 0;
  let sgy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const x = (pre[i] as number) - mx;
    const g = (group[i] as number) - mg;
    const y = (post[i] as number) - my;
    sxx += x * x;
    sgg += g * g;
    sxg += x * g;
    sxy += x * y;
    sgy += g * y;
    syy += y * y;
  }
  const det = sxx * sgg - sxg * sxg;
  // Relative test: a design whose columns are collinear up to rounding is singular.
  if (!(det > 1e-12 * sxx * sgg)) return NO_COEFFICIENT;
  const bx = (sgg * sxy - sxg * sgy) / det;
  const bg = (sxx * sgy - sxg * sxy) / det;
  const rss = Math.max(0, syy - bx * sxy - bg * sgy);
  const sigma2 = rss / (n - 3);
  return coefficient(bg, Math.sqrt((sigma2 * sxx) / det), n - 3, confidenceLevel);
}
