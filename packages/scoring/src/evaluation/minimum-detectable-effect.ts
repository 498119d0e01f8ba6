import type { MinimumDetectableEffect } from '@genbridge/schema';
import { minimumDetectableDz } from '../stats/paired-power.js';
import { standardDeviation } from '../stats/variance.js';
import { changeColumn, reportOrder, type EvaluationInput } from './context.js';
import { finite } from './summary.js';

/** Power the minimum detectable effect is stated for (the conventional 80%). */
export const PLANNING_POWER = 0.8;

/**
 * The smallest standardised change (d_z) the programme's matched participants detect with 80%
 * power in a two-sided paired t-test at α = 1 − confidence level, and the same in scale points
 * per construct (d_z × SD of change). Withheld (`null`) where the matched n itself is (1 … k − 1).
 */
export function minimumDetectableEffect(input: EvaluationInput): MinimumDetectableEffect {
  const { data, layout, anonymityThreshold: k } = input;
  const alpha = 1 - input.confidenceLevel;
  const shown = !(data.pairs > 0 && data.pairs < k);
  const dz = shown ? minimumDetectableDz(data.pairs, alpha, PLANNING_POWER) : null;
  return {
    n: shown ? data.pairs : null,
    alpha,
    power: PLANNING_POWER,
    dz,
    constructs: reportOrder(layout).map((c) => {
      const id = layout.constructs[c]?.id;
      // The SD of change is the `all` group's; where the report hides that figure, so does this.
      // Shown, it is that figure itself (the same pairs in the same order): read, not recomputed.
      const all = input.groups?.[0];
      const shownSd =
        all === undefined || all.suppressed
          ? null
          : (all.constructs.find((x) => x.constructId === id)?.difference.sd ?? null);
      const sd =
        dz === null || (all !== undefined && shownSd === null)
          ? null
          : (shownSd ?? standardDeviation(finite(changeColumn(data, c))));
      return {
        constructId: layout.constructs[c]?.id as string,
        scalePoints: dz === null || sd === null ? null : dz * sd,
      };
    }),
  };
}
