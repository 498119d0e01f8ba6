import { pnorm } from './distributions.js';
import { psignrank, psignrankUpper } from './signed-rank-distribution.js';

/** Alternative hypothesis, as R's `alternative`. */
export type Alternative = 'two.sided' | 'greater' | 'less';

/** Options of {@link wilcoxonSignedRank}; defaults match R's `wilcox.test`. */
export interface WilcoxonOptions {
  /** Continuity correction of the normal approximation (R: `correct = TRUE`). */
  correct?: boolean;
  alternative?: Alternative;
  /** Force (true) or forbid (false) the exact distribution; default: exact when n < 50. */
  exact?: boolean;
  /**
   * Scratch space of at least 2 × `differences.length` values. Hot loops (scoring many groups of
   * 100k people) pass one buffer so ranking allocates nothing; the result does not depend on it.
   */
  workspace?: Float64Array;
}

/** Result of {@link wilcoxonSignedRank}. */
export interface WilcoxonResult {
  /** Sum of the ranks of the positive differences (R's V); `null` when nothing was ranked. */
  v: number | null;
  p: number | null;
  method: 'exact' | 'normal' | 'none';
  /** Non-zero differences that were ranked. */
  nNonZero: number;
  zeros: number;
  ties: boolean;
}

/**
 * Wilcoxon signed-rank test of differences d = post − pre, reproducing R's
 * `wilcox.test(post, pre, paired = TRUE)`: zeros are dropped; the exact null distribution is used
 * when fewer than 50 differences remain and there are neither ties nor zeros; otherwise the normal
 * approximation z = (V − n(n+1)/4 − CORRECTION) / σ with
 * σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 and, when `correct`, CORRECTION = 0.5 × sign (two-sided).
 * With no non-zero difference the test is undefined: `method: 'none'`, V and p `null`.
 */
export function wilcoxonSignedRank(differences: ArrayLike<number>, options: WilcoxonOptions = {}): WilcoxonResult {
  const { correct = true, alternative = 'two.sided' } = options;
  let n = 0;
  let nPositive = 0;
  for (let i = 0; i < differences.length; i++) {
    const d = differences[i] as number;
    if (d !== 0) n++;
    if (d > 0) nPositive++;
  }
  const zeros = differences.length - n;
  if (n === 0) return { v: null, p: null, method: 'none', nNonZero: 0, zeros, ties: false };
  // Rank by sorting |d| and the positive d natively (typed-array sort, no comparator), then walk
  // both: every run of equal |d| shares its average rank, and V adds it once per positive d in
  // the run. O(n log n) without per-element objects, which matters for 100k participants.
  const ws = options.workspace && options.workspace.length >= n + nPositive ? options.workspace : new Float64Array(n + nPositive);
  const abs = ws.subarray(0, n);
  const positive = ws.subarray(n, n + nPositive);
  for (let i = 0, a = 0, p = 0; i < differences.length; i++) {
    const d = differences[i] as number;
    if (d !== 0) abs[a++] = Math.abs(d);
    if (d > 0) positive[p++] = d;
  }
  abs.sort();
  positive.sort();
  let v = 0;
  let tieSum = 0;
  for (let i = 0, j = 0; i < n; ) {
    const value = abs[i] as number;
    let end = i + 1;
    while (end < n && abs[end] === value) end++;
    const t = end - i;
    const rank = (i + 1 + end) / 2;
    if (t > 1) tieSum += t * t * t - t;
    while (j < nPositive && positive[j] === value) {
      v += rank;
      j++;
    }
    i = end;
  }
  const hasTies = tieSum > 0;
  const exact = (options.exact ?? n < 50) && !hasTies && zeros === 0;
  if (exact) {
    const half = (n * (n + 1)) / 4;
    let p: number;
    if (alternative === 'two.sided') {
      const tail = v > half ? psignrankUpper(v - 1, n) : psignrank(v, n);
      p = Math.min(1, 2 * tail);
    } else if (alternative === 'greater') {
      p = psignrankUpper(v - 1, n);
    } else {
      p = psignrank(v, n);
    }
    return { v, p, method: 'exact', nNonZero: n, zeros, ties: false };
  }
  const sigma = Math.sqrt((n * (n + 1) * (2 * n + 1)) / 24 - tieSum / 48);
  let z = v - (n * (n + 1)) / 4;
  let correction = 0;
  if (correct) correction = alternative === 'two.sided' ? Math.sign(z) * 0.5 : alternative === 'greater' ? 0.5 : -0.5;
  z = (z - correction) / sigma;
  const p =
    alternative === 'less' ? pnorm(z) : alternative === 'greater' ? pnorm(-z) : Math.min(1, 2 * Math.min(pnorm(z), pnorm(-z)));
  return { v, p, method: 'normal', nNonZero: n, zeros, ties: hasTies };
}
