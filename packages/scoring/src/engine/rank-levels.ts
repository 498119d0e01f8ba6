import type { SignedRanks } from '../stats/wilcoxon-signed-rank.js';

/**
 * The one ranking behind every rank statistic (`averageRanks`, `wilcoxonSignedRank` and the
 * report's Wilcoxon tests): values are sorted once into their distinct levels, each value is
 * mapped to its level, and ranks come from how many values share each level (ties share the mean
 * of their ranks). Scoring tests the same pairs' differences in every group (all, role, cohort,
 * generation); scale scores are means of a few integer answers, so a construct's |d| take few
 * distinct values, and counting each group's pairs per level replaces one sort per group.
 */

/** One double and its two 32-bit words, to hash a value by its bits. */
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * A set of doubles (−0 and 0 one value, NaN equal to itself, as in a `Set`) in an open-addressing
 * table keyed by the values' bits, read back in ascending order. A construct's changes over 100k
 * pairs take a few dozen values; a `Set<number>` did the same but boxed every non-integer it was
 * handed, half a million heap numbers per report.
 */
class LevelTable {
  private shift = 26; // 64 slots; the table stays at most half full
  private keys = new Float64Array(1 << (32 - this.shift));
  private used = new Uint8Array(this.keys.length);
  private size = 0;

  add(v: number): void {
    const x = v === 0 ? 0 : v;
    const at = this.slotOf(x, this.keys, this.used);
    if (this.used[at] === 1) return;
    this.used[at] = 1;
    this.keys[at] = x;
    if (++this.size * 2 > this.keys.length) this.grow();
  }

  /** The values added, ascending. */
  sorted(): Float64Array {
    const { keys, used } = this;
    const levels = new Float64Array(this.size);
    let j = 0;
    for (let i = 0; i < keys.length; i++) if (used[i] === 1) levels[j++] = keys[i] as number;
    return levels.sort();
  }

  private slotOf(x: number, table: Float64Array, filled: Uint8Array): number {
    bits[0] = x;
    const mask = table.length - 1;
    let at = Math.imul((words[0] as number) ^ (words[1] as number), 0x9e3779b1) >>> this.shift;
    while (
      filled[at] === 1 &&
      !((table[at] as number) === x || (x !== x && table[at] !== table[at]))
    )
      at = (at + 1) & mask;
    return at;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldUsed = this.used;
    this.shift--;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.used = new Uint8Array(this.keys.length);
    for (let j = 0; j < oldKeys.length; j++) {
      if (oldUsed[j] !== 1) continue;
      const to = this.slotOf(oldKeys[j] as number, this.keys, this.used);
      this.used[to] = 1;
      this.keys[to] = oldKeys[j] as number;
    }
  }
}

/** The distinct values of `values` in ascending order (−0 and 0 are one level). */
export function distinctLevels(values: ArrayLike<number>): Float64Array {
  const table = new LevelTable();
  addAll(values, table);
  return table.sorted();
}

function addAll(values: ArrayLike<number>, table: LevelTable): void {
  for (let i = 0; i < values.length; i++) table.add(values[i] as number);
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
  const table = new LevelTable();
  addMagnitudes(differences, table);
  const levels = table.sorted();
  const signed = new Int32Array(n);
  signLevels(differences, levels, signed);
  return { levels, signed };
}

// The loops below are functions of their own that end in a plain return. V8 compiles a long loop
// on stack replacement before the code after it has ever run; that compilation is cached and
// deopts at the code after the loop on every later call (`node --trace-deopt` on the benchmark
// showed 10–20 such deopts per report in rankLevels, the then-test and the item evidence).

/** Adds |d| of every non-zero, non-NaN difference to `table`. */
function addMagnitudes(differences: ArrayLike<number>, table: LevelTable): void {
  for (let i = 0; i < differences.length; i++) {
    const d = differences[i] as number;
    if (d !== 0 && d === d) table.add(Math.abs(d));
  }
}

/** The signed level of every difference (see {@link RankLevels}) into `out`. */
function signLevels(differences: ArrayLike<number>, levels: Float64Array, out: Int32Array): void {
  for (let i = 0; i < differences.length; i++) {
    const d = differences[i] as number;
    if (d !== 0 && d === d) {
      const level = levelOf(levels, Math.abs(d)) + 1;
      out[i] = d > 0 ? level : -level;
    }
  }
}

/** Counts the first `n` signed levels per |d| level (and the positive ones); returns the zeros. */
function countLevels(
  signed: ArrayLike<number>,
  n: number,
  positives: Uint32Array,
  counts: Uint32Array,
): number {
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const s = signed[i] as number;
    if (s > 0) {
      positives[s - 1] = (positives[s - 1] as number) + 1;
      counts[s - 1] = (counts[s - 1] as number) + 1;
    } else if (s < 0) counts[-s - 1] = (counts[-s - 1] as number) + 1;
    else zeros++;
  }
  return zeros;
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
  const zeros = countLevels(signed, n, positives, counts);
  const tieSum = averageRanksOfLevels(counts, levelCount, ranks);
  let v = 0;
  for (let j = 0; j < levelCount; j++) {
    const up = positives[j] as number;
    if (up > 0) v += (ranks[j] as number) * up;
  }
  return { v, nNonZero: n - zeros, zeros, tieSum };
}
