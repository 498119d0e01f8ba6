/** Result of {@link omegaTotal}. */
export interface OmegaResult {
  /** McDonald's omega total; `null` when the fit did not converge or is improper. */
  omega: number | null;
  /** Standardised one-factor loadings. */
  loadings: number[];
  iterations: number;
}

/** Largest eigenpair of a symmetric k × k matrix by power iteration from `start`. */
function topEigen(
  m: Float64Array,
  k: number,
  start: Float64Array,
): { value: number; vector: Float64Array } {
  let v: Float64Array = start.slice();
  let value = 0;
  for (let it = 0; it < 10000; it++) {
    const next = new Float64Array(k);
    for (let a = 0; a < k; a++) {
      let s = 0;
      for (let b = 0; b < k; b++) s += (m[a * k + b] as number) * (v[b] as number);
      next[a] = s;
    }
    let norm = 0;
    for (let a = 0; a < k; a++) norm += (next[a] as number) ** 2;
    norm = Math.sqrt(norm);
    if (norm === 0) break;
    let delta = 0;
    for (let a = 0; a < k; a++) {
      const x = (next[a] as number) / norm;
      delta = Math.max(delta, Math.abs(x - (v[a] as number)));
      next[a] = x;
    }
    v = next;
    value = norm;
    if (delta < 1e-12) break;
  }
  return { value, vector: v };
}

/**
 * McDonald's omega total from a one-factor model of the item correlations, fitted by iterated
 * principal axis factoring to convergence — the least-squares (minres/ULS) solution, i.e.
 * `psych::fa(r, 1, fm = "pa")` with a tight `min.err` — starting from squared multiple
 * correlations approximated by the largest absolute correlation of each item. Omega total is
 * computed as `psych::omega` does: ω = 1 − Σ(1 − λ²) / V, V the sum of all item correlations (the
 * variance of the standardised total), which equals (Σλ)² / ((Σλ)² + Σ(1 − λ²)) when the one-factor
 * model fits exactly.
 *
 * `covariance` is the k × k item covariance (or correlation) matrix, row-major. `null` with fewer
 * than 3 items (a one-factor model is not identified), a zero-variance item, or a Heywood case
 * (a communality ≥ 1).
 */
export function omegaTotal(covariance: ArrayLike<number>, k: number): OmegaResult {
  if (k < 3 || covariance.length !== k * k) return { omega: null, loadings: [], iterations: 0 };
  const r = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      const denom = Math.sqrt(
        (covariance[a * k + a] as number) * (covariance[b * k + b] as number),
      );
      if (!(denom > 0)) return { omega: null, loadings: [], iterations: 0 };
      r[a * k + b] = (covariance[a * k + b] as number) / denom;
    }
  }
  let h: Float64Array = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    let max = 0;
    for (let b = 0; b < k; b++) if (a !== b) max = Math.max(max, Math.abs(r[a * k + b] as number));
    h[a] = max;
  }
  let vector: Float64Array = new Float64Array(k).fill(1 / Math.sqrt(k));
  let loadings: Float64Array = new Float64Array(k);
  let iterations = 0;
  for (; iterations < 100000; iterations++) {
    const m = r.slice();
    for (let a = 0; a < k; a++) m[a * k + a] = h[a] as number;
    const top = topEigen(m, k, vector);
    vector = top.vector;
    const scale = Math.sqrt(Math.max(0, top.value));
    loadings = vector.map((x) => x * scale);
    const next = loadings.map((x) => x * x);
    let delta = 0;
    for (let a = 0; a < k; a++)
      delta = Math.max(delta, Math.abs((next[a] as number) - (h[a] as number)));
    h = next;
    if (delta < 1e-12) break;
  }
  let sum = 0;
  for (let a = 0; a < k; a++) sum += loadings[a] as number;
  if (sum < 0) loadings = loadings.map((x) => -x);
  let total = 0;
  for (let a = 0; a < k * k; a++) total += r[a] as number;
  let unique = 0;
  for (let a = 0; a < k; a++) {
    const u = 1 - (h[a] as number);
    if (!(u > 0)) return { omega: null, loadings: [...loadings], iterations };
    unique += u;
  }
  return { omega: total > 0 ? 1 - unique / total : null, loadings: [...loadings], iterations };
}
