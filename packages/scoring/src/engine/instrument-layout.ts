import type { Instrument } from '@genbridge/schema';

/** One construct with its items as indices into {@link InstrumentLayout.itemIds}. */
export interface ConstructLayout {
  id: string;
  headline: boolean;
  /** Global item indices of the construct's items. */
  items: Int32Array;
  /** 1 where the item is reverse-keyed. */
  reverse: Uint8Array;
  /** Answered items a score needs: ⌈share × items⌉, at least 1. */
  minItems: number;
}

/**
 * The instrument flattened once into index arrays, so scoring reads answers with a fixed item
 * order instead of walking the nested instrument for every response.
 */
export interface InstrumentLayout {
  itemIds: string[];
  constructs: ConstructLayout[];
  min: number;
  max: number;
  /** Index of every item id in {@link itemIds}. */
  itemIndex: Map<string, number>;
  /** Per item (global index): 1 where it is reverse-keyed. */
  reversed: Uint8Array;
  /** The default {@link KeyOrder} of `writeScoredRow`. */
  keyOrder: KeyOrder;
  /** Code of an unanswered item in an {@link ItemTable}. */
  missing: number;
  /** Item value of every code (`min + code`), NaN at {@link missing}. */
  itemValue: Float64Array;
}

/**
 * Item answers as codes, `value − min`, and {@link InstrumentLayout.missing} where unanswered: one
 * byte per answer on any scale of up to 255 points. A 100k-pair item table is then a quarter of a
 * Float32Array's size, which matters beyond memory: typed arrays are V8 external memory, and
 * allocating tens of megabytes of it per report started a full GC over the whole input each time.
 */
export type ItemTable = Uint8Array | Uint16Array;

/** An {@link ItemTable} of `size` codes for the layout's scale. */
export function createItemTable(layout: InstrumentLayout, size: number): ItemTable {
  return layout.missing === 0xff ? new Uint8Array(size) : new Uint16Array(size);
}

/**
 * The key order of the last answers object read by `writeScoredRow`: the item index of its j-th
 * key, −1 for a key that is no item. Responses parsed from one source share one key order, so
 * reading keys in their own order and checking each against the last object's costs one
 * comparison per answer instead of one lookup by name per item. A cache only: any order is read
 * correctly.
 */
export interface KeyOrder {
  keys: string[];
  index: number[];
}

/** An empty {@link KeyOrder}. */
export function createKeyOrder(): KeyOrder {
  return { keys: [], index: [] };
}

/** Smallest number of answered items that reaches `share` of `items` (at least one). */
export function minimumItems(items: number, share: number): number {
  // The epsilon keeps 0.75 × 4 = 3 from becoming 4 through binary rounding.
  return Math.max(1, Math.ceil(share * items - 1e-9));
}

/** Flattens `instrument` for scoring with the given minimum share of answered items. */
export function compileInstrument(instrument: Instrument, minItemShare: number): InstrumentLayout {
  const itemIds: string[] = [];
  const constructs = instrument.constructs.map((c): ConstructLayout => {
    const items = new Int32Array(c.items.length);
    const reverse = new Uint8Array(c.items.length);
    c.items.forEach((item, i) => {
      items[i] = itemIds.length;
      reverse[i] = item.reverse ? 1 : 0;
      itemIds.push(item.id);
    });
    return {
      id: c.id,
      headline: c.headline,
      items,
      reverse,
      minItems: minimumItems(c.items.length, minItemShare),
    };
  });
  const span = instrument.scale.max - instrument.scale.min;
  if (span >= 0xffff)
    throw new RangeError(
      `instrument scale: ${span + 1} points are more than scoring supports (65535)`,
    );
  const missing = span < 0xff ? 0xff : 0xffff;
  const itemValue = new Float64Array(missing + 1).fill(Number.NaN);
  for (let code = 0; code <= span; code++) itemValue[code] = instrument.scale.min + code;
  return {
    itemIds,
    constructs,
    min: instrument.scale.min,
    max: instrument.scale.max,
    itemIndex: new Map(itemIds.map((id, i) => [id, i])),
    reversed: Uint8Array.from(constructs.flatMap((c) => Array.from(c.reverse))),
    keyOrder: createKeyOrder(),
    missing,
    itemValue,
  };
}
