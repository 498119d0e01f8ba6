import type { SignedRanks } from './wilcoxon-signed-rank.js';

/**
 * One population's differences prepared for signed ranking of any subgroup: the distinct
 * non-zero |d| in ascending order, and per difference its signed level — 0 for d = 0, +(j + 1)
 * for d = +levels[j], −(j + 1) for d = −levels[j].
 *
 * Why: scoring tests the same pairs' differences in every group (all, role, cohort, generation).
 * Scale scores are means of a few integer answers, so a construct's |d| take few distinct values;
 * sorting them once per construct and counting each group's pairs per level replaces one sort per
 * group and construct, and gives exactly the ranks a sort would (ties share their average rank).
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
  const sorted = magnitudes.subarray(0, m).sort();
  let distinct = 0;
  for (let i = 0; i < m; i++)
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i] as number;
  const levels = sorted.slice(0, distinct);
  const signed = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const d = differences[i] as number;
    if (d !== 0 && d === d) {
      const level = indexOf(levels, Math.abs(d)) + 1;
      signed[i] = d > 0 ? level : -level;
    }
  }
  return { levels, signed };
}

/** Index of `x` in the ascending `values` (x is known to be present). */
function indexOf(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Signed-rank sums of the first `n` signed levels (see {@link RankLevels}) among `levelCount`
 * levels: counts positives and negatives per level, then walks the levels upwards as
 * `wilcoxonSignedRank` walks its sorted |d| — each run of equal |d| shares its average rank and V
 * adds it once per positive — so V and the tie correction are the same, bit for bit.
 * `positives` and `negatives` are scratch counters of at least `levelCount` entries.
 */
export function signedRanksOfLevels(
  signed: ArrayLike<number>,
  n: number,
  levelCount: number,
  positives: Uint32Array,
  negatives: Uint32Array,
): SignedRanks {
  positives.fill(0, 0, levelCount);
  negatives.fill(0, 0, levelCount);
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const s = signed[i] as number;
    if (s > 0) positives[s - 1] = (positives[s - 1] as number) + 1;
    else if (s < 0) negatives[-s - 1] = (negatives[-s - 1] as number) + 1;
    else zeros++;
  }
  let v = 0;
  let tieSum = 0;
  let done = 0;
  for (let j = 0; j < levelCount; j++) {
    const up = positives[j] as number;
    const t = up + (negatives[j] as number);
    if (t === 0) continue;
    const rank = done + (t + 1) / 2;
    if (t > 1) tieSum += t * t * t - t;
    v += rank * up;
    done += t;
  }
  return { v, nNonZero: n - zeros, zeros, tieSum };
}
