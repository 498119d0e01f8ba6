import { pnorm } from './distributions.js';
import { psignrank, psignrankUpper } from './signed-rank-distribution.js';
import { createRankCounters, rankLevels, signedRanksOfLevels } from '../engine/rank-levels.js';

/** Alternative hypothesis, as R's `alternative`. */
export type Alternative = 'two.sided' | 'greater' | 'less';

/** Options of {@link wilcoxonSignedRank}; defaults match R's `wilcox.test`. */
export interface WilcoxonOptions {
  /** Continuity correction of the normal approximation (R: `correct = TRUE`). */
  correct?: boolean;
  alternative?: Alternative;
  /** Force (true) or forbid (false) the exact distribution; default: exact when n < 50. */
  exact?: boolean;
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

/** The rank sums a Wilcoxon signed-rank test is computed from. */
export interface SignedRanks {
  /** Sum of the ranks of the positive differences (R's V). */
  v: number;
  /** Non-zero differences ranked. */
  nNonZero: number;
  zeros: number;
  /** Σ(t³ − t) over runs of t tied |d| (0 without ties). */
  tieSum: number;
}

/**
 * Wilcoxon signed-rank test of differences d = post − pre, reproducing R's
 * `wilcox.test(post, pre, paired = TRUE)`: zeros are dropped; the exact null distribution is used
 * when fewer than 50 differences remain and there are neither ties nor zeros; otherwise the normal
 * approximation z = (V − n(n+1)/4 − CORRECTION) / σ with
 * σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 and, when `correct`, CORRECTION = 0.5 × sign (two-sided).
 * With no non-zero difference the test is undefined: `method: 'none'`, V and p `null`.
 */
export function wilcoxonSignedRank(
  differences: ArrayLike<number>,
  options: WilcoxonOptions = {},
): WilcoxonResult {
  for (let i = 0; i < differences.length; i++) {
    if (Number.isNaN(differences[i] as number))
      throw new RangeError(`difference ${i + 1} is NaN: drop missing pairs before testing`);
  }
  // The report's ranking: |d| sorted once into levels, ranks from the count per level.
  const { levels, signed } = rankLevels(differences);
  const ranks = signedRanksOfLevels(
    signed,
    signed.length,
    levels.length,
    createRankCounters(levels.length),
  );
  return wilcoxonFromRanks(ranks, options);
}

/**
 * The p value of a signed-rank test from its rank sums (see {@link wilcoxonSignedRank}): exact
 * with fewer than 50 non-zero differences and neither ties nor zeros, otherwise the normal
 * approximation with tie and continuity correction. Scoring ranks each construct once for all
 * groups (`engine/rank-levels`) and calls this per group.
 */
export function wilcoxonFromRanks(
  ranks: SignedRanks,
  options: WilcoxonOptions = {},
): WilcoxonResult {
  const { correct = true, alternative = 'two.sided' } = options;
  const { v, nNonZero: n, zeros, tieSum } = ranks;
  if (n === 0) return { v: null, p: null, method: 'none', nNonZero: 0, zeros, ties: false };
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
  if (correct)
    correction =
      alternative === 'two.sided' ? Math.sign(z) * 0.5 : alternative === 'greater' ? 0.5 : -0.5;
  z = (z - correction) / sigma;
  const p =
    alternative === 'less'
      ? pnorm(z)
      : alternative === 'greater'
        ? pnorm(-z)
        : Math.min(1, 2 * Math.min(pnorm(z), pnorm(-z)));
  return { v, p, method: 'normal', nNonZero: n, zeros, ties: hasTies };
}
