import { minimumDetectableDz, pairedPower, pairsNeeded } from '../stats/paired-power.js';

/** Input of {@link planProgramme}: give `pairs`, `effect`, or both. */
export interface PlanInput {
  /** Participants who will answer both waves (paired observations). */
  pairs?: number;
  /** Target standardised change: d_z, or d (in SDs of the scores) when `correlation` is given. */
  effect?: number;
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
  /** Wanted power (default 0.8). */
  power?: number;
  /** Expected baseline–exit correlation r; turns d into d_z = d / √(2(1 − r)). */
  correlation?: number;
}

/** Result of {@link planProgramme}. */
export interface ProgrammePlan {
  alpha: number;
  power: number;
  correlation: number | null;
  pairs: number | null;
  /** Smallest d_z `pairs` detect with `power`. */
  minimumDetectableDz: number | null;
  /** The same as d (SDs of the scores), when `correlation` is given. */
  minimumDetectableD: number | null;
  effect: number | null;
  /** The target effect as d_z. */
  effectDz: number | null;
  /** Pairs needed for the target effect, rounded up. */
  pairsNeeded: number | null;
  /** Power `pairs` have for the target effect, when both are given. */
  achievedPower: number | null;
}

/**
 * Plans a programme evaluation for the paired t-test on change (R: `pwr::pwr.t.test(type =
 * "paired")`): the minimum detectable d_z for a number of pairs and/or the pairs needed for a
 * target effect. Two-sided α = .05 and power .80 need 15 / 34 / 90 / 199 pairs for d_z =
 * 0.8 / 0.5 / 0.3 / 0.2.
 *
 * @example
 * planProgramme({ pairs: 30 }).minimumDetectableDz // ≈ 0.53
 * planProgramme({ effect: 0.5 }).pairsNeeded // 34
 */
export function planProgramme(input: PlanInput): ProgrammePlan {
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  if (!(alpha > 0 && alpha < 1))
    throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
  if (!(power > alpha && power < 1))
    throw new RangeError(`power must be between alpha and 1, got ${power}`);
  const { pairs, effect, correlation } = input;
  if (pairs === undefined && effect === undefined)
    throw new RangeError('give pairs, effect or both');
  if (pairs !== undefined && !(Number.isInteger(pairs) && pairs >= 2)) {
    throw new RangeError(`pairs must be a whole number of at least 2, got ${pairs}`);
  }
  if (effect !== undefined && !(effect > 0 && Number.isFinite(effect))) {
    throw new RangeError(`effect must be a positive number, got ${effect}`);
  }
  if (correlation !== undefined && !(correlation > -1 && correlation < 1)) {
    throw new RangeError(`correlation must be between -1 and 1, got ${correlation}`);
  }
  const toDz = correlation === undefined ? 1 : 1 / Math.sqrt(2 * (1 - correlation));
  const mdeDz = pairs === undefined ? null : minimumDetectableDz(pairs, alpha, power);
  const effectDz = effect === undefined ? null : effect * toDz;
  const needed = effectDz === null ? null : pairsNeeded(effectDz, alpha, power);
  return {
    alpha,
    power,
    correlation: correlation ?? null,
    pairs: pairs ?? null,
    minimumDetectableDz: mdeDz,
    minimumDetectableD: mdeDz === null || correlation === undefined ? null : mdeDz / toDz,
    effect: effect ?? null,
    effectDz,
    pairsNeeded: needed === null ? null : Math.ceil(needed - 1e-9),
    achievedPower:
      pairs === undefined || effectDz === null ? null : pairedPower(pairs, effectDz, alpha),
  };
}
