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
  countBeyond(pre, post, n, seDiff, counts);
  const improved = counts[0] as number;
  const declined = counts[1] as number;
  return { seDiff, improved, declined, unchanged: n - improved - declined };
}

/** Improved and declined counts of {@link countBeyond}, read at once. */
const counts = new Uint32Array(2);

/**
 * The loop of {@link reliableChange} in a function ending in a plain return: compiled on stack
 * replacement before the code after it had run, it deopted there on every later call (60 deopts
 * in the benchmark's second report; see `engine/rank-levels.ts`).
 */
function countBeyond(
  pre: ArrayLike<number>,
  post: ArrayLike<number>,
  n: number,
  seDiff: number,
  out: Uint32Array,
): void {
  let improved = 0;
  let declined = 0;
  for (let i = 0; i < n; i++) {
    const rci = ((post[i] as number) - (pre[i] as number)) / seDiff;
    if (rci > RCI_CRITERION) improved++;
    else if (rci < -RCI_CRITERION) declined++;
  }
  out[0] = improved;
  out[1] = declined;
}
