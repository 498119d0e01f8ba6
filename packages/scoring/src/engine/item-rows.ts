import type { Answers } from '@genbridge/schema';
import type { InstrumentLayout, KeyOrder } from './instrument-layout.js';

/**
 * Writes the answers as scored item values into `out` at `offset`, in layout order:
 * reverse-keyed items become `min + max − value`, unanswered items NaN. Internal NaN never
 * reaches a report: it only marks "missing" inside typed arrays. Callers reading objects of
 * different key sets (answers, retrospective blocks) pass one `keyOrder` per kind.
 */
export function writeItemRow(
  answers: Answers | undefined,
  layout: InstrumentLayout,
  out: Float32Array,
  offset: number,
  keyOrder: KeyOrder = layout.keyOrder,
): void {
  const { itemIds, reversed, min, max, itemIndex } = layout;
  // Items written by this call are stamped, so only unanswered ones are set to NaN afterwards
  // (usually none), rather than filling the row first.
  const { stamp } = keyOrder;
  const call = (keyOrder.call = keyOrder.call === 0x7fffffff ? 1 : keyOrder.call + 1);
  if (call === 1) stamp.fill(0);
  let written = 0;
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
      if (v === undefined) continue;
      out[offset + i] = v;
      if (stamp[i] !== call) {
        stamp[i] = call;
        written++;
      }
    }
  }
  if (written < itemIds.length)
    for (let i = 0; i < itemIds.length; i++) if (stamp[i] !== call) out[offset + i] = Number.NaN;
  for (let r = 0; r < reversed.length; r++) {
    const at = offset + (reversed[r] as number);
    out[at] = min + max - (out[at] as number);
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
