import { coefficient, NO_COEFFICIENT, type CoefficientResult } from './coefficient.js';

/**
 * Mean of `values` with a cluster-robust standard error, as R's
 * `sandwich::vcovCL(lm(values ~ 1), cluster = clusters, type = "HC1")`: for an intercept-only
 * model that is V = G/(G−1) × Σ_g (Σ_{i∈g} eᵢ)² / n² (HC1's (n−1)/(n−k) is 1 with k = 1).
 * The CI uses t with G − 1 degrees of freedom (`lmtest::coefci(fit, vcov. = V, df = G - 1)`),
 * more honest than n − 1 when there are few clusters. Needs at least 2 clusters.
 */
export function clusterRobustMean(
  values: ArrayLike<number>,
  clusters: ArrayLike<string | number>,
  confidenceLevel = 0.95,
): CoefficientResult & { clusters: number } {
  const n = values.length;
  let m = 0;
  for (let i = 0; i < n; i++) m += values[i] as number;
  m /= n;
  const sums = new Map<string | number, number>();
  for (let i = 0; i < n; i++) {
    const c = clusters[i] as string | number;
    sums.set(c, (sums.get(c) ?? 0) + (values[i] as number) - m);
  }
  const G = sums.size;
  if (n === 0 || G < 2) return { ...NO_COEFFICIENT, estimate: n === 0 ? null : m, clusters: G };
  let meat = 0;
  for (const s of sums.values()) meat += s * s;
  const se = Math.sqrt(((G / (G - 1)) * meat) / (n * n));
  return { ...coefficient(m, se, G - 1, confidenceLevel), clusters: G };
}
