import type { Reliability } from '@genbridge/schema';
import type { MatchedData } from './matched-data.js';
import { rawAlphaByGroup } from './stats/cronbach-alpha-groups.js';

/** Alpha below this is flagged as low reliability (Nunnally's conventional 0.7). */
export const LOW_ALPHA = 0.7;

/**
 * Cronbach's alpha of construct `c` at one wave (`items`: the pairs' item table of that wave) for
 * every group of a plan at once (complete cases). `layers` map each pair to its group per
 * breakdown (see `groupLayers`); the result is indexed like the plan.
 */
export function reliabilityByGroup(
  items: Float32Array,
  data: MatchedData,
  c: number,
  layers: readonly Int32Array[],
  groups: number,
): Reliability[] {
  const construct = data.layout.constructs[c];
  if (!construct) throw new RangeError(`no construct ${c}`);
  const a = rawAlphaByGroup(
    items,
    data.layout.itemIds.length,
    construct.items,
    layers,
    groups,
    data.pairs,
  );
  return a.alpha.map((alpha, g) => ({
    alpha,
    items: construct.items.length,
    n: a.n[g] as number,
    low: alpha === null || alpha < LOW_ALPHA,
  }));
}
