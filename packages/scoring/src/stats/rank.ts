import { averageRanksOfLevels, distinctLevels, levelOf } from '../engine/rank-levels.js';

/** Average ranks (R's `rank(x, ties.method = "average")`) and the sizes of tied groups. */
export interface Ranking {
  ranks: Float64Array;
  /** Size of every group of ties with more than one member, in ascending order of value. */
  ties: number[];
}

/**
 * Ranks the first `n` of `values` (1-based, ties share the mean of their ranks), through the same
 * level ranking as the Wilcoxon tests. NaN has no rank: drop missing values first.
 */
export function averageRanks(values: ArrayLike<number>, n = values.length): Ranking {
  const copy = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (Number.isNaN(v)) throw new RangeError(`value ${i + 1} is NaN: drop missing values first`);
    copy[i] = v;
  }
  const levels = distinctLevels(copy);
  const level = new Int32Array(n);
  const counts = new Uint32Array(levels.length);
  for (let i = 0; i < n; i++) {
    const j = levelOf(levels, values[i] as number);
    level[i] = j;
    counts[j] = (counts[j] as number) + 1;
  }
  const rankOfLevel = new Float64Array(levels.length);
  averageRanksOfLevels(counts, levels.length, rankOfLevel);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) ranks[i] = rankOfLevel[level[i] as number] as number;
  const ties: number[] = [];
  for (const t of counts) if (t > 1) ties.push(t);
  return { ranks, ties };
}
