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

/**
 * The last quantiles asked for. A report asks for the same few (confidence level × a group's
 * n − 1) again and again (both waves, the difference, the then-test), and each costs an inverse
 * incomplete beta: remembering them is a good share of scoring 100k people. Same inputs, same
 * output, so the result does not depend on the cache.
 */
const quantiles = new Map<string, number>();

/** Quantile of Student's t with `df` degrees of freedom. */
export function qt(p: number, df: number): number {
  const key = `${p} ${df}`;
  let q = quantiles.get(key);
  if (q === undefined) {
    q = tQuantile(p, df);
    // Bounded: a long-lived process (the collector) sees many different group sizes.
    if (quantiles.size >= 256) quantiles.clear();
    quantiles.set(key, q);
  }
  return q;
}
