/** Result of {@link reliableChange}. */
export interface ReliableChangeResult {
  /** SD_baseline × √2 × √(1 − r); `null` when it is undefined or zero. */
  seDiff: number | null;
  improved: number;
  declined: number;
  unchanged: number;
}

/** Two-sided 95% criterion of Jacobson & Truax (1991). */
export const RCI_CRITERION = 1.96;

/**
 * Standard error of the difference of two measurements (Jacobson & Truax 1991):
 * SE_diff = SD_baseline × √2 × √(1 − r_xx). `null` when SD or r is missing, r ≥ 1 or SD = 0,
 * because then every change would count as reliable (division by zero).
 */
export function seDifference(sdBaseline: number | null, reliability: number | null): number | null {
  if (sdBaseline === null || reliability === null || reliability >= 1 || sdBaseline <= 0)
    return null;
  return sdBaseline * Math.SQRT2 * Math.sqrt(1 - reliability);
}

/**
 * Counts participants whose reliable change index RCI = (post − pre) / SE_diff is above 1.96
 * (reliably improved), below −1.96 (reliably declined) or in between. When SE_diff is undefined
 * nobody can be classified and all counts are 0.
 */
export function reliableChange(
  pre: ArrayLike<number>,
  post: ArrayLike<number>,
  sdBaseline: number | null,
  reliability: number | null,
  n = Math.min(pre.length, post.length),
): ReliableChangeResult {
  const seDiff = seDifference(sdBaseline, reliability);
  if (seDiff === null) return { seDiff: null, improved: 0, declined: 0, unchanged: 0 };
  let improved = 0;
  let declined = 0;
  for (let i = 0; i < n; i++) {
    const rci = ((post[i] as number) - (pre[i] as number)) / seDiff;
    if (rci > RCI_CRITERION) improved++;
    else if (rci < -RCI_CRITERION) declined++;
  }
  return { seDiff, improved, declined, unchanged: n - improved - declined };
}
