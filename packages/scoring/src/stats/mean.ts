/**
 * Arithmetic mean of the first `n` values (all by default); `null` for an empty sample.
 * Accepts typed arrays so the scoring hot path never copies into plain arrays.
 */
export function mean(values: ArrayLike<number>, n = values.length): number | null {
  if (n === 0) return null;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] as number;
  return sum / n;
}
