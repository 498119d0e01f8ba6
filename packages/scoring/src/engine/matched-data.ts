import type { InstrumentLayout, ItemTable } from './instrument-layout.js';

/**
 * Scored matched pairs in flat typed arrays (row = pair): item codes (`ItemTable`) and construct
 * scores per wave, and then-test scores from the exit's retrospective block. NaN marks a missing
 * score here only.
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
