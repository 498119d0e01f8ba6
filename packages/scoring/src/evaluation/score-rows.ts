import type { SurveyResponse } from '@genbridge/schema';
import {
  createItemTable,
  type InstrumentLayout,
  type ItemTable,
} from '../engine/instrument-layout.js';
import { writeScoredRow } from '../engine/item-rows.js';

/**
 * Item codes (row = response) and construct scores (construct-major: response `r`'s score of
 * construct `c` at `c × rows + r`; NaN = no score) of one wave's responses.
 */
export interface ScoredRows {
  rows: number;
  items: ItemTable;
  scores: Float64Array;
}

/** Scores `responses` with the layout scoring uses, for groups outside the matched programme data. */
export function scoreRows(
  responses: readonly SurveyResponse[],
  layout: InstrumentLayout,
): ScoredRows {
  const I = layout.itemIds.length;
  const C = layout.constructs.length;
  const items = createItemTable(layout, responses.length * I);
  const scores = new Float64Array(responses.length * C);
  responses.forEach((r, i) => {
    writeScoredRow(r.answers, layout, items, i * I, scores, i, responses.length);
  });
  return { rows: responses.length, items, scores };
}
