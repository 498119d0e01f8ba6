import type { SignedRanks } from '../stats/wilcoxon-signed-rank.js';

/**
 * The one ranking behind every rank statistic (`averageRanks`, `wilcoxonSignedRank` and the
 * report's Wilcoxon tests): values are sorted once into their distinct levels, each value is
 * mapped to its level, and ranks come from how many values share each level (ties share the mean
 * of their ranks). Scoring tests the same pairs' differences in every group (all, role, cohort,
 * generation); scale scores are means of a few integer answers, so a construct's |d| take few
 * distinct values, and counting each group's pairs per level replaces one sort per group.
 */

/**
 * The distinct values of `values` in ascending order (−0 and 0 are one level). Collected in a set
 * and only the distinct ones sorted: a construct's changes over 100k pairs take a few dozen values.
 */
export function distinctLevels(values: Float64Array): Float64Array {
  const distinct = new Set<number>();
  for (let i = 0; i < values.length; i++) distinct.add(values[i] as number);
  const levels = new Float64Array(distinct.size);
  let j = 0;
  // Normalised to +0 (the set keeps whichever zero came first), as one level must compare alike.
  for (const v of distinct) levels[j++] = v === 0 ? 0 : v;
  return levels.sort();
}

/** Index of `x` in the ascending `levels` (x is known to be present). */
export function levelOf(levels: Float64Array, x: number): number {
  let lo = 0;
  let hi = levels.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((levels[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Average rank of every level that `counts` values share (levels in ascending order, empty ones
 * skipped), written to `ranks`; returns Σ(t³ − t) over the runs of t > 1 tied values.
 */
export function averageRanksOfLevels(
  counts: ArrayLike<number>,
  levelCount: number,
  ranks: Float64Array,
): number {
  let tieSum = 0;
  let done = 0;
  for (let j = 0; j < levelCount; j++) {
    const t = counts[j] as number;
    if (t === 0) continue;
    ranks[j] = done + (t + 1) / 2;
    if (t > 1) tieSum += t * t * t - t;
    done += t;
  }
  return tieSum;
}

/**
 * One population's differences prepared for signed ranking of any subgroup: the distinct
 * non-zero |d| in ascending order, and per difference its signed level — 0 for d = 0, +(j + 1)
 * for d = +levels[j], −(j + 1) for d = −levels[j].
 */
export interface RankLevels {
  levels: Float64Array;
  signed: Int32Array;
}

/**
 * {@link RankLevels} of `differences`; NaN (a pair without both scores, never tested) gets level 0.
 */
export function rankLevels(differences: ArrayLike<number>): RankLevels {
  const n = differences.length;
  const magnitudes = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const d = differences[i] as number;
    if (d !== 0 && d === d) magnitudes[m++] = Math.abs(d);
  }
  const levels = distinctLevels(magnitudes.subarray(0, m));
  const signed = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = differences[i] as number;
    if (d !== 0 && d === d) {
      const level = levelOf(levels, Math.abs(d)) + 1;
      signed[i] = d > 0 ? level : -level;
    }
  }
  return { levels, signed };
}

/** Scratch counters for {@link signedRanksOfLevels}, each at least as long as the level count. */
export interface RankCounters {
  positives: Uint32Array;
  counts: Uint32Array;
  ranks: Float64Array;
}

/** {@link RankCounters} for up to `levels` levels. */
export function createRankCounters(levels: number): RankCounters {
  return {
    positives: new Uint32Array(levels),
    counts: new Uint32Array(levels),
    ranks: new Float64Array(levels),
  };
}

/**
 * Signed-rank sums of the first `n` signed levels (see {@link RankLevels}) among `levelCount`
 * levels: counts the differences per |d| level, ranks the levels ({@link averageRanksOfLevels})
 * and adds each level's rank once per positive difference (R's V).
 */
export function signedRanksOfLevels(
  signed: ArrayLike<number>,
  n: number,
  levelCount: number,
  scratch: RankCounters,
): SignedRanks {
  const { positives, counts, ranks } = scratch;
  positives.fill(0, 0, levelCount);
  counts.fill(0, 0, levelCount);
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const s = signed[i] as number;
    if (s > 0) {
      positives[s - 1] = (positives[s - 1] as number) + 1;
      counts[s - 1] = (counts[s - 1] as number) + 1;
    } else if (s < 0) counts[-s - 1] = (counts[-s - 1] as number) + 1;
    else zeros++;
  }
  const tieSum = averageRanksOfLevels(counts, levelCount, ranks);
  let v = 0;
  for (let j = 0; j < levelCount; j++) {
    const up = positives[j] as number;
    if (up > 0) v += (ranks[j] as number) * up;
  }
  return { v, nNonZero: n - zeros, zeros, tieSum };
}
