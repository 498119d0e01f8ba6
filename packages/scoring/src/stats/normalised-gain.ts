/**
 * Mean normalised gain (Hake 1998) on a bounded scale: per participant (post − pre) / (max − pre),
 * averaged over participants whose pre score is below the maximum (for them the gain is undefined:
 * there was nothing left to gain). `null` when no participant qualifies.
 */
export function normalisedGain(
  pre: ArrayLike<number>,
  post: ArrayLike<number>,
  max: number,
  n = Math.min(pre.length, post.length),
): number | null {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const p = pre[i] as number;
    if (p >= max) continue;
    sum += ((post[i] as number) - p) / (max - p);
    count++;
  }
  return count === 0 ? null : sum / count;
}
