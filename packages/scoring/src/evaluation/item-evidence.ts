import {
  GenerationBand,
  type EvaluationSuppression,
  type ItemAnalysis,
  type ItemBandGroup,
  type ItemStatistic,
} from '@genbridge/schema';
import { itemAnalysisFromMoments, type ItemAnalysisResult } from '../stats/item-analysis.js';
import {
  addDeviations,
  centredCross,
  createMoments,
  mergeMoments,
  momentsMean,
  type Moments,
} from '../engine/moments.js';
import { momentsReveal } from '../disclosure/extreme-values.js';
import type { ItemTable } from '../engine/instrument-layout.js';
import { omegaTotal } from '../stats/omega.js';
import { qnorm } from '../stats/normal-quantile.js';
import { qt } from '../stats/distributions.js';
import { reportOrder, type EvaluationInput } from './context.js';
import { small } from './summary.js';
import { constructScores } from '../engine/matched-data.js';

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
  const { data, layout, anonymityThreshold: k } = input;
  if (data.pairs < k) return [];
  const I = layout.itemIds.length;
  // Band of every pair as a small code, from the plan's generation groups (everyone is in one,
  // `not_stated` included) rather than from 100k response objects once more.
  const band = new Uint8Array(data.pairs).fill(BAND_ORDER.indexOf(NOT_STATED));
  for (const g of input.plan) {
    if (g.dimension !== 'generation') continue;
    const code = BAND_ORDER.indexOf(g.value ?? NOT_STATED);
    for (let m = 0; m < g.members.length; m++)
      band[g.members[m] as number] = code < 0 ? BAND_ORDER.length - 1 : code;
  }
  const B = BAND_ORDER.length;
  const shift = (layout.min + layout.max) / 2;
  const out: ItemAnalysis[] = [];
  for (const c of reportOrder(layout)) {
    const construct = layout.constructs[c];
    if (!construct) continue;
    const K = construct.items.length;
    const itemId = (j: number) => layout.itemIds[construct.items[j] as number] as string;
    for (const wave of ['baseline', 'exit'] as const) {
      const items = wave === 'baseline' ? data.preItems : data.postItems;
      // One pass: per band, the people behind the `all` group's change (`scored`) and the
      // moments of those among them who answered every item.
      const scored = new Int32Array(B);
      const moments = Array.from({ length: B }, () => createMoments(K, { shift }));
      accumulateBands(items, I, construct.items, data, c, band, shift, scored, moments);
      const all = createMoments(K, { shift });
      for (const m of moments) mergeMoments(all, m);
      const scoredTotal = scored.reduce((s, x) => s + x, 0);
      // Scoring rule 10: item means and SDs must not tell every member's answer to an item.
      const reveals = (m: Moments) => {
        for (let j = 0; j < K; j++)
          if (momentsReveal(m.n, momentsMean(m, j), centredCross(m, j, j), layout.min, layout.max))
            return true;
        return false;
      };
      const union = (indices: number[]) => {
        const m = createMoments(K, { shift });
        for (const i of indices) mergeMoments(m, moments[i] as Moments);
        return m;
      };
      if (all.n < k || small(scoredTotal - all.n, k) || reveals(all)) continue;
      const result = itemAnalysisFromMoments(all);
      const stats = (r: ItemAnalysisResult): ItemStatistic[] =>
        r.items.map((x, j) => ({ itemId: itemId(j), ...x }));
      const shown: { band: string; n: number; result: ItemAnalysisResult }[] = [];
      const byGeneration = bands(moments, scored, all.n, k, reveals, union).map(
        ({ value, index, reason }): ItemBandGroup => {
          if (reason) return { suppressed: true, band: value, reason };
          const r = itemAnalysisFromMoments(moments[index] as Moments);
          shown.push({ band: value, n: r.n, result: r });
          return { suppressed: false, band: value, n: r.n, items: stats(r) };
        },
      );
      out.push({
        constructId: construct.id,
        wave,
        n: all.n,
        alpha: result.alpha,
        omega: omegaTotal(result.covariance, K).omega,
        items: stats(result),
        byGeneration,
        divergentItems: divergent(shown, K).map(itemId),
      });
    }
  }
  return out;
}

/**
 * One pass over the matched pairs for one construct and wave: per band, how many are behind the
 * `all` group's change (a score in both waves, into `scored`) and the item moments of those among
 * them who answered every item (into `moments`). A kernel over typed arrays only, so it stays
 * monomorphic and fast at 100k. It fills what it is given and returns nothing, for the reason
 * given in `engine/rank-levels.ts`.
 */
function accumulateBands(
  items: ItemTable,
  I: number,
  columns: Int32Array,
  data: EvaluationInput['data'],
  c: number,
  band: Uint8Array,
  shift: number,
  scored: Int32Array,
  moments: Moments[],
): void {
  const K = columns.length;
  const pre = constructScores(data.preScores, data.pairs, c);
  const post = constructScores(data.postScores, data.pairs, c);
  const value = data.layout.itemValue;
  const dev = new Float64Array(K);
  for (let p = 0; p < data.pairs; p++) {
    const a = pre[p] as number;
    const z = post[p] as number;
    if (a !== a || z !== z) continue;
    const b = band[p] as number;
    scored[b] = (scored[b] as number) + 1;
    const base = p * I;
    let complete = true;
    for (let j = 0; j < K; j++) {
      const v = (value[items[base + (columns[j] as number)] as number] as number) - shift;
      if (v !== v) {
        complete = false;
        break;
      }
      dev[j] = v;
    }
    if (complete) addDeviations(moments[b] as Moments, dev);
  }
}

/** The bands present, in report order, with the suppression reason of each (null = shown). */
function bands(
  moments: Moments[],
  scored: Int32Array,
  total: number,
  k: number,
  reveals: (m: Moments) => boolean,
  union: (indices: number[]) => Moments,
) {
  const groups = BAND_ORDER.map((value, index) => ({
    value,
    index,
    n: moments[index]?.n ?? 0,
    scored: scored[index] ?? 0,
  }))
    .filter((g) => g.n > 0)
    .map((g) => {
      let reason = null as EvaluationSuppression | null;
      if (g.n < k) reason = 'below_threshold';
      else if (small(total - g.n, k) || small(g.scored - g.n, k))
        reason = 'complement_below_threshold';
      else if (reveals(moments[g.index] as Moments)) reason = 'homogeneous';
      return { ...g, reason };
    });
  // One hidden band beside the shown total would be the total minus the others, and the hidden
  // bands together must not tell their members' answers: hide one more while either holds.
  for (;;) {
    const hidden = groups.filter((g) => g.reason);
    if (hidden.length === 0) break;
    if (hidden.length > 1 && !reveals(union(hidden.map((g) => g.index)))) break;
    let next: (typeof groups)[number] | undefined;
    for (const g of groups) if (!g.reason && (!next || g.n < next.n)) next = g;
    if (!next) break;
    next.reason = 'complementary';
  }
  return groups;
}

/** Mean and variance of each item minus the person's mean over the construct's items. */
function residuals(
  cov: Float64Array,
  means: number[],
  K: number,
): { mean: number[]; variance: number[] } {
  const grand = means.reduce((s, x) => s + x, 0) / K;
  let total = 0;
  const rowSum = new Float64Array(K);
  for (let a = 0; a < K; a++) {
    for (let b = 0; b < K; b++) rowSum[a] = (rowSum[a] as number) + (cov[a * K + b] as number);
    total += rowSum[a] as number;
  }
  return {
    mean: means.map((m) => m - grand),
    variance: means.map((_, j) =>
      Math.max(0, (cov[j * K + j] as number) - (2 / K) * (rowSum[j] as number) + total / (K * K)),
    ),
  };
}

/**
 * Indices of items that behave differently across the shown bands, judged pair by pair and only
 * where the difference is both large and beyond sampling error (small bands are noisy):
 * - corrected item–total r differs by more than {@link DIVERGENT_R_DROP}, and Fisher's z test of
 *   the two correlations is significant; or
 * - the item's mean relative to the person's own construct mean differs by more than
 *   {@link DIVERGENT_MEAN} scale points, and a Welch t-test of that difference is significant
 *   (a simple screen for differential item functioning, not a DIF model).
 * "Significant" is two-sided 5% Bonferroni-corrected over every item × band pair of the construct,
 * so a construct with many items and bands does not flag items by chance.
 */
function divergent(shown: { n: number; result: ItemAnalysisResult }[], K: number): number[] {
  if (shown.length < 2) return [];
  const tests = ((shown.length * (shown.length - 1)) / 2) * K;
  const crit = qnorm(1 - 0.025 / tests);
  const res = shown.map((g) =>
    g.n >= 2
      ? residuals(
          g.result.covariance,
          g.result.items.map((i) => i.mean as number),
          K,
        )
      : null,
  );
  const out: number[] = [];
  for (let j = 0; j < K; j++) {
    let flagged = false;
    for (let a = 0; a < shown.length && !flagged; a++) {
      for (let b = a + 1; b < shown.length && !flagged; b++) {
        const A = shown[a] as (typeof shown)[number];
        const Bg = shown[b] as (typeof shown)[number];
        const ra = A.result.items[j]?.rDrop;
        const rb = Bg.result.items[j]?.rDrop;
        if (
          typeof ra === 'number' &&
          typeof rb === 'number' &&
          Math.abs(ra - rb) > DIVERGENT_R_DROP &&
          A.n > 3 &&
          Bg.n > 3
        ) {
          const clamp = (r: number) => Math.atanh(Math.min(0.999999, Math.max(-0.999999, r)));
          const z = (clamp(ra) - clamp(rb)) / Math.sqrt(1 / (A.n - 3) + 1 / (Bg.n - 3));
          if (Math.abs(z) > crit) flagged = true;
        }
        const xa = res[a];
        const xb = res[b];
        if (flagged || !xa || !xb) continue;
        const diff = (xa.mean[j] as number) - (xb.mean[j] as number);
        if (Math.abs(diff) <= DIVERGENT_MEAN) continue;
        const qa = (xa.variance[j] as number) / A.n;
        const qb = (xb.variance[j] as number) / Bg.n;
        const se = Math.sqrt(qa + qb);
        if (se === 0) flagged = true;
        else {
          const df = (qa + qb) ** 2 / (qa ** 2 / (A.n - 1) + qb ** 2 / (Bg.n - 1));
          if (Math.abs(diff / se) > qt(1 - 0.025 / tests, df)) flagged = true;
        }
      }
    }
    if (flagged) out.push(j);
  }
  return out;
}
