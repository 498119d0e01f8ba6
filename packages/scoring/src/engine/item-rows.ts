import type { Answers } from '@genbridge/schema';
import type { InstrumentLayout } from './instrument-layout.js';

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
  const { itemIds, constructs, min, max, itemIndex, keyOrder } = layout;
  out.fill(Number.NaN, offset, offset + itemIds.length);
  if (answers) {
    // The answers' own keys in their own order (a for-in over one shape reads fields directly),
    // matched against the previous object's key order (see `keyOrder`).
    let j = 0;
    for (const key in answers) {
      let i: number;
      if (keyOrder.keys[j] === key) i = keyOrder.index[j] as number;
      else {
        i = itemIndex.get(key) ?? -1;
        keyOrder.keys[j] = key;
        keyOrder.index[j] = i;
      }
      j++;
      if (i < 0) continue;
      const v = answers[key];
      if (v !== undefined) out[offset + i] = v;
    }
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
