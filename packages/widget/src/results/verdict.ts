import { magnitude, numberFormats } from './format.js';
import type { Magnitude } from './i18n.js';
import { verdictStrings } from './verdict-strings.js';

/**
 * The plain-language layer: one sentence per construct that an HR manager can repeat. Pure; the
 * rules are written out for readers in docs/methodology.md ("Plain-language verdicts").
 */

/** What a verdict is built from: one construct's change in one group. */
export interface ChangeEvidence {
  /** Display name of the construct. */
  name: string;
  /** Mean paired change and its confidence interval at the report's level (not adjusted). */
  mean: number | null;
  lower: number | null;
  upper: number | null;
  /** Holm-adjusted p of the paired t test over all constructs of the report. */
  pHolm: number | null;
  /** Hedges' g_av: the one effect size that gets a size word. */
  gav: number | null;
  /** Reliable change counts (Jacobson & Truax) and the number of pairs classified. */
  improved: number;
  declined: number;
  classified: number;
  /** The report hides the figures to protect anonymity (not because too few answered). */
  hidden?: boolean;
}

export type Direction = 'rose' | 'fell' | 'unclear' | 'insufficient';

export interface Verdict {
  direction: Direction;
  /** `clear`: the interval excludes zero and the Holm-adjusted p agrees; `tentative`: only the interval does. */
  certainty: 'clear' | 'tentative' | null;
  /** Size word from g_av (Cohen's thresholds); none when the direction is unclear. */
  size: Magnitude | null;
}

export interface VerdictContext {
  locale: string;
  /** Confidence level of the report, e.g. 0.95. */
  level: number;
  scale: { min: number; max: number };
  /** How many constructs were tested together (the Holm family). */
  outcomes: number;
}

/**
 * The rules: the direction comes from the confidence interval (entirely above zero: rose; entirely
 * below: fell; otherwise unclear); it is `clear` only when the Holm-adjusted p is also below
 * 1 − level, else `tentative`, so the words never contradict the adjusted test. The size word
 * comes from g_av alone.
 */
export function classifyChange(e: ChangeEvidence, level: number): Verdict {
  if (e.mean === null || e.lower === null || e.upper === null)
    return { direction: 'insufficient', certainty: null, size: null };
  const direction: Direction = e.lower > 0 ? 'rose' : e.upper < 0 ? 'fell' : 'unclear';
  if (direction === 'unclear') return { direction, certainty: null, size: null };
  const certainty = e.pHolm !== null && e.pHolm < 1 - level ? 'clear' : 'tentative';
  return { direction, certainty, size: magnitude(e.gav) };
}

/** The verdict as one sentence in the reader's language. */
export function verdictSentence(e: ChangeEvidence, ctx: VerdictContext): string {
  const s = verdictStrings(ctx.locale);
  const f = numberFormats(ctx.locale, s.notAvailable);
  const v = classifyChange(e, ctx.level);
  if (v.direction === 'insufficient') return e.hidden ? s.hidden(e.name) : s.insufficient(e.name);
  const share = (k: number) => f.percent(e.classified > 0 ? k / e.classified : null);
  const reliable =
    e.classified > 0
      ? s.reliable(
          e.improved > 0 ? share(e.improved) : null,
          e.declined > 0 ? share(e.declined) : null,
        )
      : null;
  return s.sentence({
    name: e.name,
    verdict: v,
    mean: f.signed(e.mean),
    lower: f.signed(e.lower),
    upper: f.signed(e.upper),
    level: f.level(ctx.level),
    min: f.integer(ctx.scale.min),
    max: f.integer(ctx.scale.max),
    outcomes: f.integer(ctx.outcomes),
    reliable,
  });
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
function qnorm(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  const tail = (q: number) =>
    (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
    ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  if (p < lo) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - lo) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
    (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
} // prettier-ignore

/** Student t quantile by the Cornish–Fisher expansion (Abramowitz & Stegun 26.7.5). */
function qt(p: number, df: number): number {
  const z = qnorm(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3)
  );
}

/**
 * The smallest standardised paired change (d_z) that a two-sided paired t test at `level` detects
 * with probability `power`, for `n` pairs: (t₁₋α/₂ + t_power) / √n with n − 1 degrees of freedom.
 * Within 0.002 of the exact noncentral-t answer (`pwr::pwr.t.test`) from 10 pairs up. Null below 3 pairs.
 */
export function minimumDetectableDz(n: number, level: number, power = 0.8): number | null {
  if (!Number.isFinite(n) || n < 3) return null;
  const df = n - 1;
  return (qt(1 - (1 - level) / 2, df) + qt(power, df)) / Math.sqrt(n);
}
