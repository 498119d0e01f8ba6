// Exact null distribution of the Wilcoxon signed-rank statistic, the same dynamic programme as R's
// csignrank (src/nmath/signrank.c): the number of subsets of {1..n} with rank sum v. Hand-written
// because no maintained npm package computes it to R's precision (see docs/methodology.md).

const cache = new Map<number, Float64Array>();

/** Counts c[v] of subsets of {1..n} with sum v, v = 0 … n(n+1)/2 (cached per n). */
function subsetSumCounts(n: number): Float64Array {
  const hit = cache.get(n);
  if (hit) return hit;
  const max = (n * (n + 1)) / 2;
  const c = new Float64Array(max + 1);
  c[0] = 1;
  for (let k = 1; k <= n; k++) {
    const top = (k * (k + 1)) / 2;
    for (let v = top; v >= k; v--) c[v] = (c[v] as number) + (c[v - k] as number);
  }
  cache.set(n, c);
  return c;
}

/**
 * P(V ≤ q) under H0 for n untied, non-zero differences (R's `psignrank(q, n)`).
 * Exact in double precision for n < 50, which is where R uses it: 2^49 < 2^53.
 */
export function psignrank(q: number, n: number): number {
  const c = subsetSumCounts(n);
  const max = (n * (n + 1)) / 2;
  const x = Math.round(q + 1e-7);
  if (x < 0) return 0;
  if (x >= max) return 1;
  const total = 2 ** n;
  let p = 0;
  // Sum the shorter tail for accuracy, exactly as R does.
  if (x <= max / 2) {
    for (let v = 0; v <= x; v++) p += c[v] as number;
    return p / total;
  }
  for (let v = x + 1; v <= max; v++) p += c[v] as number;
  return 1 - p / total;
}

/** P(V > q) under H0, summed directly from the upper tail (no 1 − p cancellation). */
export function psignrankUpper(q: number, n: number): number {
  const c = subsetSumCounts(n);
  const max = (n * (n + 1)) / 2;
  const x = Math.round(q + 1e-7);
  if (x < 0) return 1;
  if (x >= max) return 0;
  let p = 0;
  for (let v = x + 1; v <= max; v++) p += c[v] as number;
  return p / 2 ** n;
}
