import { GenerationBand, type EvaluationSuppression, type ItemAnalysis, type ItemBandGroup, type ItemStatistic } from '@genbridge/schema';
import { itemAnalysisRows } from '../stats/item-analysis.js';
import { omegaTotal } from '../stats/omega.js';
import { qnorm } from '../stats/normal-quantile.js';
import { qt } from '../stats/distributions.js';
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
      const res = new Map<string, Residuals>();
      const byGeneration = bands(complete, scored, band, k).map(({ value, members, reason }): ItemBandGroup => {
        if (reason) return { suppressed: true, band: value, reason };
        res.set(value, residuals(items, I, construct.items, members));
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
        divergentItems: divergent(byGeneration, res),
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

/** Per band and item: n, mean and variance of (item − the person's mean over the construct's items). */
interface Residuals {
  n: number;
  mean: Float64Array;
  variance: Float64Array;
}

function residuals(items: Float32Array, stride: number, columns: Int32Array, members: number[]): Residuals {
  const k = columns.length;
  const sum = new Float64Array(k);
  const sq = new Float64Array(k);
  for (const p of members) {
    let m = 0;
    for (let j = 0; j < k; j++) m += items[p * stride + (columns[j] as number)] as number;
    m /= k;
    for (let j = 0; j < k; j++) {
      const e = (items[p * stride + (columns[j] as number)] as number) - m;
      sum[j] = (sum[j] as number) + e;
      sq[j] = (sq[j] as number) + e * e;
    }
  }
  const n = members.length;
  const mean = sum.map((x) => x / n);
  const variance = sq.map((x, j) => (n > 1 ? (x - n * (mean[j] as number) ** 2) / (n - 1) : 0));
  return { n, mean, variance };
}

/**
 * Items that behave differently across the shown bands, judged pair by pair and only where the
 * difference is both large and beyond sampling error (small bands are noisy):
 * - corrected item–total r differs by more than {@link DIVERGENT_R_DROP}, and Fisher's z test of
 *   the two correlations is significant; or
 * - the item's mean relative to the person's own construct mean differs by more than
 *   {@link DIVERGENT_MEAN} scale points, and a Welch t-test of that difference is significant
 *   (a simple screen for differential item functioning, not a DIF model).
 * "Significant" is two-sided 5% Bonferroni-corrected over every item × band pair of the construct,
 * so a construct with many items and bands does not flag items by chance.
 */
function divergent(groups: ItemBandGroup[], res: Map<string, Residuals>): string[] {
  const shown = groups.filter((g): g is Extract<ItemBandGroup, { suppressed: false }> => !g.suppressed);
  if (shown.length < 2) return [];
  const ids = shown[0]?.items.map((i) => i.itemId) ?? [];
  const tests = ((shown.length * (shown.length - 1)) / 2) * ids.length;
  const crit = qnorm(1 - 0.025 / tests);
  return ids.filter((_, j) => {
    for (let a = 0; a < shown.length; a++) {
      for (let b = a + 1; b < shown.length; b++) {
        const A = shown[a] as (typeof shown)[number];
        const B = shown[b] as (typeof shown)[number];
        const ra = A.items[j]?.rDrop;
        const rb = B.items[j]?.rDrop;
        if (typeof ra === 'number' && typeof rb === 'number' && Math.abs(ra - rb) > DIVERGENT_R_DROP && A.n > 3 && B.n > 3) {
          const z = (Math.atanh(Math.min(0.999999, Math.max(-0.999999, ra))) - Math.atanh(Math.min(0.999999, Math.max(-0.999999, rb)))) / Math.sqrt(1 / (A.n - 3) + 1 / (B.n - 3));
          if (Math.abs(z) > crit) return true;
        }
        const xa = res.get(A.band);
        const xb = res.get(B.band);
        if (!xa || !xb) continue;
        const diff = (xa.mean[j] as number) - (xb.mean[j] as number);
        const qa = (xa.variance[j] as number) / xa.n;
        const qb = (xb.variance[j] as number) / xb.n;
        const se = Math.sqrt(qa + qb);
        if (Math.abs(diff) <= DIVERGENT_MEAN) continue;
        if (se === 0) return true;
        const df = (qa + qb) ** 2 / (qa ** 2 / (xa.n - 1) + qb ** 2 / (xb.n - 1));
        if (Math.abs(diff / se) > qt(1 - 0.025 / tests, df)) return true;
      }
    }
    return false;
  });
}
