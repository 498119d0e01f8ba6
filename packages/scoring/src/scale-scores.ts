import type { Answers, Instrument } from '@genbridge/schema';
import { compileInstrument, type InstrumentLayout } from './instrument-layout.js';

/** The default share of a construct's items that must be answered for a score (see docs). */
export const DEFAULT_MIN_ITEM_SHARE = 0.75;

/**
 * Writes the answers as scored item values into `out` at `offset`, in layout order:
 * reverse-keyed items become `min + max − value`, unanswered items NaN. Internal NaN never
 * reaches a report: it only marks "missing" inside typed arrays.
 */
export function writeItemRow(
  answers: Answers | undefined,
  layout: InstrumentLayout,
  out: Float32Array,
  offset: number,
): void {
  const { itemIds, constructs, min, max } = layout;
  for (let i = 0; i < itemIds.length; i++) {
    const v = answers?.[itemIds[i] as string];
    out[offset + i] = v === undefined ? Number.NaN : v;
  }
  for (const c of constructs) {
    for (let j = 0; j < c.items.length; j++) {
      if (c.reverse[j] === 1) {
        const at = offset + (c.items[j] as number);
        out[at] = min + max - (out[at] as number);
      }
    }
  }
}

/**
 * Construct scores of one item row (from {@link writeItemRow}) into `out` at `outOffset`:
 * the mean of the answered items when at least `minItems` are answered, otherwise NaN.
 */
export function writeScoreRow(
  items: Float32Array,
  itemOffset: number,
  layout: InstrumentLayout,
  out: Float64Array,
  outOffset: number,
): void {
  const { constructs } = layout;
  for (let c = 0; c < constructs.length; c++) {
    const construct = constructs[c] as (typeof constructs)[number];
    let sum = 0;
    let answered = 0;
    for (let j = 0; j < construct.items.length; j++) {
      const v = items[itemOffset + (construct.items[j] as number)] as number;
      if (v === v) {
        sum += v;
        answered++;
      }
    }
    out[outOffset + c] = answered >= construct.minItems ? sum / answered : Number.NaN;
  }
}

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
  const items = new Float32Array(layout.itemIds.length);
  const scores = new Float64Array(layout.constructs.length);
  writeItemRow(answers, layout, items, 0);
  writeScoreRow(items, 0, layout, scores, 0);
  const out: Record<string, number | null> = {};
  layout.constructs.forEach((c, i) => {
    const s = scores[i] as number;
    out[c.id] = Number.isNaN(s) ? null : s;
  });
  return out;
}
