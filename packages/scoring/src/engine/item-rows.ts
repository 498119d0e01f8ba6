import type { Answers } from '@genbridge/schema';
import type { InstrumentLayout, ItemTable, KeyOrder } from './instrument-layout.js';

/**
 * Writes the answers as scored item codes (see `ItemTable`) into `out` at `offset`, in layout
 * order: reverse-keyed items become `min + max − value`, unanswered items `layout.missing`.
 * Callers reading objects of different key sets (answers, retrospective blocks) pass one
 * `keyOrder` per kind. An answer that is not a whole number on the scale is a RangeError naming
 * the item: a code cannot hold it, and no report should rest on it.
 */
export function writeItemRow(
  answers: Answers | undefined,
  layout: InstrumentLayout,
  out: ItemTable,
  offset: number,
  keyOrder: KeyOrder = layout.keyOrder,
): void {
  const { itemIds, reversed, min, max, itemIndex, missing } = layout;
  const span = max - min;
  // The row is marked missing first and answers overwrite it: with one-byte codes that is a few
  // stores, cheaper than remembering which items each answer wrote.
  for (let i = 0; i < itemIds.length; i++) out[offset + i] = missing;
  if (answers) {
    // The answers' own keys in their own order (a for-in over one shape reads fields directly),
    // matched against the previous object's key order (see `keyOrder`).
    const { keys, index } = keyOrder;
    let j = 0;
    for (const key in answers) {
      let i: number;
      if (keys[j] === key) i = index[j] as number;
      else {
        i = itemIndex.get(key) ?? -1;
        keys[j] = key;
        index[j] = i;
      }
      j++;
      if (i < 0) continue;
      const v = answers[key];
      if (v === undefined) continue;
      const code = v - min;
      // One test for "a whole number from 0 to span" (>>> 0 changes fractions and negatives).
      if (code >>> 0 !== code || code > span)
        throw new RangeError(`answers.${key}: ${v} is not a whole number from ${min} to ${max}`);
      out[offset + i] = code;
    }
  }
  for (let r = 0; r < reversed.length; r++) {
    const at = offset + (reversed[r] as number);
    const code = out[at] as number;
    if (code !== missing) out[at] = span - code;
  }
}

/**
 * Construct scores of one item row (from {@link writeItemRow}) into `out` at `outOffset`:
 * the mean of the answered items when at least `minItems` are answered, otherwise NaN.
 */
export function writeScoreRow(
  items: ItemTable,
  itemOffset: number,
  layout: InstrumentLayout,
  out: Float64Array,
  outOffset: number,
): void {
  const { constructs, itemValue } = layout;
  for (let c = 0; c < constructs.length; c++) {
    const construct = constructs[c] as (typeof constructs)[number];
    let sum = 0;
    let answered = 0;
    for (let j = 0; j < construct.items.length; j++) {
      const v = itemValue[items[itemOffset + (construct.items[j] as number)] as number] as number;
      if (v === v) {
        sum += v;
        answered++;
      }
    }
    out[outOffset + c] = answered >= construct.minItems ? sum / answered : Number.NaN;
  }
}
