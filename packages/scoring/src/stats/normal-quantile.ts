import erfcinv from '@stdlib/math-base-special-erfcinv';

/** Quantile of the standard normal distribution (R's `qnorm(p)`), via Φ⁻¹(p) = −√2 erfc⁻¹(2p). */
export function qnorm(p: number): number {
  return -Math.SQRT2 * erfcinv(2 * p);
}
