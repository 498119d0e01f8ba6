import { GenerationBand, type EvaluationSuppression, type ItemAnalysis, type ItemBandGroup, type ItemStatistic } from '@genbridge/schema';
import { itemAnalysisRows } from '../stats/item-analysis.js';
import { omegaTotal } from '../stats/omega.js';
import { reportOrder, type EvaluationInput } from './context.js';
import { small } from './summary.js';

/** Bands whose corrected item–total correlations differ by more than this flag the item. */
export const DIVERGENT_R_DROP = 0.3;
/** Bands whose item-minus-construct means differ by more than this (scale points) flag the item. */
export const DIVERGENT_MEAN = 0.5;

const NOT_STATED = 'not_stated';
const BAND_ORDER: string[] = [...GenerationBand.options, NOT_STATED];

/**
 * Item analysis per construct and wave (corrected item–total r, alpha if dropped, omega) over the
 * complete cases among the participants the `all` group's change is computed on, and the same by
 * generation band with a flag for items that behave differently across bands.
 *
 * Anonymity: a construct/wave is left out when its complete cases are fewer than k or differ from
 * the `all` group's n by 1 … k − 1 (whose scores would follow by subtraction); bands follow the
 * breakdown rules (below k, complement below k, one complementary band) and the same subset rule.
 */
export function itemEvidence(input: EvaluationInput): ItemAnalysis[] {
  const { data, layout, pairing, anonymityThreshold: k } = input;
  if (data.pairs < k) return [];
  const C = layout.constructs.length;
  const I = layout.itemIds.length;
  const band: string[] = new Array(data.pairs);
  for (let p = 0; p < data.pairs; p++) {
    band[p] = pairing.matchedBaselines[p]?.generation ?? pairing.matchedExits[p]?.generation ?? NOT_STATED;
  }
  const out: ItemAnalysis[] = [];
  for (const c of reportOrder(layout)) {
    const construct = layout.constructs[c];
    if (!construct) continue;
    // The `all` group's change uses pairs with a score in both waves.
    const scored: number[] = [];
    for (let p = 0; p < data.pairs; p++) {
      if (data.preScores[p * C + c] === data.preScores[p * C + c] && data.postScores[p * C + c] === data.postScores[p * C + c]) scored.push(p);
    }
    for (const wave of ['baseline', 'exit'] as const) {
      const items = wave === 'baseline' ? data.preItems : data.postItems;
      const complete = scored.filter((p) => {
        for (let j = 0; j < construct.items.length; j++) {
          const v = items[p * I + (construct.items[j] as number)] as number;
          if (v !== v) return false;
        }
        return true;
      });
      if (complete.length < k || small(scored.length - complete.length, k)) continue;
      const all = itemAnalysisRows(items, I, construct.items, complete);
      const stats = (r: ReturnType<typeof itemAnalysisRows>): ItemStatistic[] =>
        r.items.map((s, j) => ({ itemId: layout.itemIds[construct.items[j] as number] as string, ...s }));
      const byGeneration = bands(complete, scored, band, k).map(({ value, members, reason }): ItemBandGroup => {
        if (reason) return { suppressed: true, band: value, reason };
        return { suppressed: false, band: value, n: members.length, items: stats(itemAnalysisRows(items, I, construct.items, members)) };
      });
      out.push({
        constructId: construct.id,
        wave,
        n: all.n,
        alpha: all.alpha,
        omega: omegaTotal(all.covariance, construct.items.length).omega,
        items: stats(all),
        byGeneration,
        divergentItems: divergent(byGeneration),
      });
    }
  }
  return out;
}

/** Generation bands of `complete`, with the suppression reason of each (null = shown). */
function bands(complete: number[], scored: number[], band: string[], k: number) {
  const members = new Map<string, number[]>();
  const scoredPer = new Map<string, number>();
  for (const p of scored) scoredPer.set(band[p] as string, (scoredPer.get(band[p] as string) ?? 0) + 1);
  for (const p of complete) {
    const b = band[p] as string;
    let list = members.get(b);
    if (!list) members.set(b, (list = []));
    list.push(p);
  }
  const groups = [...members.entries()]
    // The report's band order (youngest first), `not_stated` last.
    .sort(([a], [b]) => BAND_ORDER.indexOf(a) - BAND_ORDER.indexOf(b))
    .map(([value, list]) => {
      let reason = null as EvaluationSuppression | null;
      if (list.length < k) reason = 'below_threshold';
      else if (small(complete.length - list.length, k) || small((scoredPer.get(value) ?? 0) - list.length, k)) {
        reason = 'complement_below_threshold';
      }
      return { value, members: list, reason };
    });
  // One hidden band beside the shown total would be the total minus the others: hide one more.
  if (groups.filter((g) => g.reason).length === 1) {
    let next: (typeof groups)[number] | undefined;
    for (const g of groups) if (!g.reason && (!next || g.members.length < next.members.length)) next = g;
    if (next) next.reason = 'complementary';
  }
  return groups;
}

/** Items whose r.drop or relative mean differ across shown bands beyond the thresholds. */
function divergent(groups: ItemBandGroup[]): string[] {
  const shown = groups.filter((g): g is Extract<ItemBandGroup, { suppressed: false }> => !g.suppressed);
  if (shown.length < 2) return [];
  const ids = shown[0]?.items.map((i) => i.itemId) ?? [];
  return ids.filter((_, j) => {
    const r = shown.map((g) => g.items[j]?.rDrop).filter((x): x is number => typeof x === 'number');
    const rel = shown
      .map((g) => {
        const means = g.items.map((i) => i.mean).filter((x): x is number => typeof x === 'number');
        const m = g.items[j]?.mean;
        return typeof m === 'number' && means.length > 0 ? m - means.reduce((s, x) => s + x, 0) / means.length : null;
      })
      .filter((x): x is number => x !== null);
    const spread = (xs: number[]) => (xs.length < 2 ? 0 : Math.max(...xs) - Math.min(...xs));
    return spread(r) > DIVERGENT_R_DROP || spread(rel) > DIVERGENT_MEAN;
  });
}
