import type { Answers } from '@genbridge/schema';
import type { InstrumentLayout, ItemTable, KeyOrder } from './instrument-layout.js';

/**
 * Reads one set of answers into a row of item codes (see `ItemTable`) at `itemOffset` and its
 * construct scores into `scores`, construct `c`'s at `at + c × stride` (score tables are
 * construct-major: a construct's scores of a population lie side by side, which is how every
 * statistic reads them; see `constructScores`). Reverse-keyed items are coded as
 * `min + max − value`, unanswered ones as `layout.missing`; a score is the mean of the construct's
 * answered items when at least `minItems` are answered, otherwise NaN. Callers reading objects of
 * different key sets (answers, retrospective blocks) pass one `keyOrder` per kind. An answer that
 * is not a whole number on the scale is a RangeError naming the item: a code cannot hold it, and
 * no report should rest on it.
 */
export function writeScoredRow(
  answers: Answers | undefined,
  layout: InstrumentLayout,
  items: ItemTable,
  itemOffset: number,
  scores: Float64Array,
  at: number,
  stride: number,
  keyOrder: KeyOrder = layout.keyOrder,
): void {
  const { itemIds, reversed, constructs, min, max, itemIndex, missing } = layout;
  const span = max - min;
  // The row is marked missing first and answers overwrite it: with one-byte codes that is a few
  // stores, cheaper than remembering which items each answer wrote.
  for (let i = 0; i < itemIds.length; i++) items[itemOffset + i] = missing;
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
      let code = v - min;
      // One test for "a whole number from 0 to span" (>>> 0 changes fractions and negatives).
      if (code >>> 0 !== code || code > span)
        throw new RangeError(`answers.${key}: ${v} is not a whole number from ${min} to ${max}`);
      if (reversed[i] === 1) code = span - code;
      items[itemOffset + i] = code;
    }
  }
  // Summed afterwards from the row just written (it is in L1) into locals, not into per-construct
  // totals while reading: those made every answer wait on the store of the one before (a third of
  // this function's time at 100k). Sums of whole numbers, divided once: exact in any order.
  for (let c = 0; c < constructs.length; c++) {
    const construct = constructs[c] as (typeof constructs)[number];
    const columns = construct.items;
    let sum = 0;
    let answered = 0;
    for (let j = 0; j < columns.length; j++) {
      const code = items[itemOffset + (columns[j] as number)] as number;
      if (code === missing) continue;
      sum += code;
      answered++;
    }
    scores[at + c * stride] =
      answered >= construct.minItems ? (answered * min + sum) / answered : Number.NaN;
  }
}
