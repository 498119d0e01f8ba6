import { qnorm } from './normal-quantile.js';
import { pnorm } from './distributions.js';

/** Estimator of the between-study variance τ². */
export type TauMethod = 'REML' | 'DL';

/** Result of {@link randomEffects}. */
export interface RandomEffectsResult {
  k: number;
  method: TauMethod;
  estimate: number;
  se: number;
  z: number;
  p: number;
  ciLower: number;
  ciUpper: number;
  tau2: number;
  /** I² in percent. */
  i2: number;
  /** H² = (τ² + s²) / s². */
  h2: number;
  /** Cochran's Q (fixed-effect weights) on k − 1 df. */
  q: number;
  predictionLower: number;
  predictionUpper: number;
  /** Random-effects weights in percent. */
  weights: number[];
}

function dl(yi: readonly number[], w: readonly number[]): { tau2: number; q: number } {
  const sw = w.reduce((s, x) => s + x, 0);
  const sw2 = w.reduce((s, x) => s + x * x, 0);
  const mu = yi.reduce((s, y, i) => s + (w[i] as number) * y, 0) / sw;
  const q = yi.reduce((s, y, i) => s + (w[i] as number) * (y - mu) ** 2, 0);
  return { tau2: Math.max(0, (q - (yi.length - 1)) / (sw - sw2 / sw)), q };
}

/** REML τ² by Fisher scoring from the DL start, truncated at 0 (metafor's algorithm). */
function reml(yi: readonly number[], vi: readonly number[], start: number): number {
  let tau2 = start;
  for (let it = 0; it < 1000; it++) {
    const w = vi.map((v) => 1 / (v + tau2));
    const sw = w.reduce((s, x) => s + x, 0);
    const sw2 = w.reduce((s, x) => s + x * x, 0);
    const sw3 = w.reduce((s, x) => s + x * x * x, 0);
    const mu = yi.reduce((s, y, i) => s + (w[i] as number) * y, 0) / sw;
    const yPPy = yi.reduce((s, y, i) => s + (w[i] as number) ** 2 * (y - mu) ** 2, 0);
    const trP = sw - sw2 / sw;
    const trPP = sw2 - (2 * sw3) / sw + (sw2 * sw2) / (sw * sw);
    let adj = (yPPy - trP) / trPP;
    // Variances near float noise make trPP cancel to 0: keep the last finite τ² rather than NaN.
    if (!Number.isFinite(adj)) break;
    while (tau2 + adj < 0 && Math.abs(adj) > 1e-15) adj /= 2;
    const next = Math.max(0, tau2 + adj);
    const done = Math.abs(next - tau2) < 1e-12;
    tau2 = next;
    if (done) break;
  }
  return tau2;
}

/**
 * Random-effects meta-analysis of estimates `yi` with sampling variances `vi`, as
 * `metafor::rma(yi, vi, method = "REML")` (default) or `"DL"` (DerSimonian–Laird), with
 * `predict()`'s prediction interval: μ̂ ± z √(se² + τ²). Inference is normal-theory (metafor's
 * default `test = "z"`); with few studies the intervals are too narrow — say so when reporting.
 * I² = τ² / (τ² + s²), s² the "typical" within-study variance (Higgins & Thompson 2002).
 * Needs at least 2 studies and positive variances.
 */
export function randomEffects(
  yi: readonly number[],
  vi: readonly number[],
  options: { method?: TauMethod; confidenceLevel?: number } = {},
): RandomEffectsResult | null {
  const k = yi.length;
  if (k < 2 || vi.length !== k || vi.some((v) => !(v > 0))) return null;
  const method = options.method ?? 'REML';
  const level = options.confidenceLevel ?? 0.95;
  const fe = vi.map((v) => 1 / v);
  const start = dl(yi, fe);
  const tau2 = method === 'DL' ? start.tau2 : reml(yi, vi, start.tau2);
  const w = vi.map((v) => 1 / (v + tau2));
  const sw = w.reduce((s, x) => s + x, 0);
  const estimate = yi.reduce((s, y, i) => s + (w[i] as number) * y, 0) / sw;
  const se = Math.sqrt(1 / sw);
  const z = estimate / se;
  const crit = qnorm(1 - (1 - level) / 2);
  const swf = fe.reduce((s, x) => s + x, 0);
  const swf2 = fe.reduce((s, x) => s + x * x, 0);
  const s2 = ((k - 1) * swf) / (swf * swf - swf2);
  const pi = crit * Math.sqrt(se * se + tau2);
  // Weights of 1/v overflow the arithmetic when a variance is float noise: no fit, not NaN figures.
  if (![estimate, se, tau2, s2, pi].every(Number.isFinite)) return null;
  return {
    k,
    method,
    estimate,
    se,
    z,
    p: 2 * pnorm(-Math.abs(z)),
    ciLower: estimate - crit * se,
    ciUpper: estimate + crit * se,
    tau2,
    i2: (100 * tau2) / (tau2 + s2),
    h2: (tau2 + s2) / s2,
    q: start.q,
    predictionLower: estimate - pi,
    predictionUpper: estimate + pi,
    weights: w.map((x) => (100 * x) / sw),
  };
}
