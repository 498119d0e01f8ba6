import { pt, qt } from './distributions.js';

/** A regression coefficient with its standard error, t-test and confidence interval. */
export interface CoefficientResult {
  estimate: number | null;
  se: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  ciLower: number | null;
  ciUpper: number | null;
}

/** t-test and CI of an estimate with standard error `se` on `df` degrees of freedom (R's `confint`). */
export function coefficient(
  estimate: number,
  se: number,
  df: number,
  confidenceLevel: number,
): CoefficientResult {
  if (!(se > 0) || !(df > 0)) {
    return { estimate, se: null, t: null, df: null, p: null, ciLower: null, ciUpper: null };
  }
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

/** A coefficient that could not be estimated. */
export const NO_COEFFICIENT: CoefficientResult = {
  estimate: null,
  se: null,
  t: null,
  df: null,
  p: null,
  ciLower: null,
  ciUpper: null,
};
