import type { SurveyResponse } from '@genbridge/schema';
import {
  createItemTable,
  type InstrumentLayout,
  type ItemTable,
} from '../engine/instrument-layout.js';
import { writeScoredRow } from '../engine/item-rows.js';

/** Item codes and construct scores of one wave's responses (row = response; NaN = no score). */
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
    writeScoredRow(r.answers, layout, items, i * I, scores, i * C);
  });
  return { rows: responses.length, items, scores };
}
