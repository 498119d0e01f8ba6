// Exact null distribution of the Wilcoxon signed-rank statistic V for n untied, non-zero
// differences, from @stdlib (agrees with R's psignrank to ~1e-16; see test/fixtures/reference.R).
import signrankCdf from '@stdlib/stats-base-dists-signrank-cdf';

/** R rounds the quantile (`R_forceint(x + 1e-7)`) before summing; so do we. */
const quantile = (q: number) => Math.round(q + 1e-7);

/** P(V ≤ q) under H0 (R's `psignrank(q, n)`). */
export function psignrank(q: number, n: number): number {
  return signrankCdf(quantile(q), n);
}

/**
 * P(V > q) under H0 (R's `psignrank(q, n, lower.tail = FALSE)`). Taken from the lower tail by
 * symmetry, P(V > q) = P(V ≤ n(n+1)/2 − q − 1), never as 1 − P(V ≤ q), so tiny upper-tail
 * probabilities keep their precision, as R's own implementation does.
 */
export function psignrankUpper(q: number, n: number): number {
  const x = quantile(q);
  const max = (n * (n + 1)) / 2;
  if (x < 0) return 1;
  if (x >= max) return 0;
  return signrankCdf(max - x - 1, n);
}
