import type { Answers, Instrument } from '@genbridge/schema';
import { compileInstrument, createItemTable } from './engine/instrument-layout.js';
import { writeScoredRow } from './engine/item-rows.js';

/** The default share of a construct's items that must be answered for a score (see docs). */
export const DEFAULT_MIN_ITEM_SHARE = 0.75;

/**
 * Construct scores of one set of answers: for each construct the mean of its answered items after
 * reverse-keying (`min + max − value`), or `null` when fewer than `minItemShare` of its items
 * (default 75%) were answered.
 *
 * @example
 * scaleScores(response.answers, defaultInstrument) // { digital_confidence: 3.5, … }
 */
export function scaleScores(
  answers: Answers,
  instrument: Instrument,
  options: { minItemShare?: number } = {},
): Record<string, number | null> {
  const layout = compileInstrument(instrument, options.minItemShare ?? DEFAULT_MIN_ITEM_SHARE);
  const items = createItemTable(layout, layout.itemIds.length);
  const scores = new Float64Array(layout.constructs.length);
  writeScoredRow(answers, layout, items, 0, scores, 0, 1);
  const out: Record<string, number | null> = {};
  layout.constructs.forEach((c, i) => {
    const s = scores[i] as number;
    out[c.id] = Number.isNaN(s) ? null : s;
  });
  return out;
}
