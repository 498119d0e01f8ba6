import type { InstrumentLayout, ItemTable } from './instrument-layout.js';

/**
 * Scored matched pairs in flat typed arrays: item codes (`ItemTable`, row = pair) and construct
 * scores per wave, and then-test scores from the exit's retrospective block. Scores are
 * construct-major, pair `p`'s score of construct `c` at `c × pairs + p`: every statistic reads one
 * construct over many pairs, and side by side that is a stream rather than a stride. NaN marks a
 * missing score here only.
 */
export interface MatchedData {
  layout: InstrumentLayout;
  pairs: number;
  preItems: ItemTable;
  postItems: ItemTable;
  preScores: Float64Array;
  postScores: Float64Array;
  thenScores: Float64Array;
  /** Per construct: whether any pair has a then-test score (the construct was asked retrospectively). */
  hasThen: boolean[];
}

/**
 * Construct `c`'s scores in a construct-major score table of `rows` rows (`MatchedData`,
 * `ScoredRows`): a view, not a copy. The one place readers learn the layout from.
 */
export function constructScores(scores: Float64Array, rows: number, c: number): Float64Array {
  return scores.subarray(c * rows, (c + 1) * rows);
}
