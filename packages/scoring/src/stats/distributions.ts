// Thin typed wrappers over @stdlib (CommonJS packages, default-imported so they load under Node
// ESM, rollup and browser bundlers alike). Kept in one place so swapping the library is one edit.
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';

/** P(Z ≤ z) for the standard normal distribution. */
export function pnorm(z: number): number {
  return normalCdf(z, 0, 1);
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom. */
export function pt(t: number, df: number): number {
  return tCdf(t, df);
}

/** Quantile of Student's t with `df` degrees of freedom. */
export function qt(p: number, df: number): number {
  return tQuantile(p, df);
}
