/**
 * Arithmetic mean of the first `n` values (all by default); `null` for an empty sample.
 * Accepts typed arrays so the scoring hot path never copies into plain arrays.
 */
export function mean(values: ArrayLike<number>, n = values.length): number | null {
  if (n === 0) return null;
  return sumOf(values, n) / n;
}

/**
 * Σ of the first `n` values, in a function ending in a plain return: compiled on stack
 * replacement before the division after it had run, the loop deopted there on every later call
 * (238 deopts in one report of the benchmark; see `engine/rank-levels.ts`).
 */
function sumOf(values: ArrayLike<number>, n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  return sum;
}
