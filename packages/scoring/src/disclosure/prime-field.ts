/**
 * Arithmetic modulo a prime below 2^26: a product of two residues stays below 2^52, so plain
 * double-precision numbers compute it exactly and `%` reduces it exactly — no BigInt in the inner
 * loop of the elimination.
 */
export const PRIME = 67108859;

/** `(a − f·b) mod p` for residues a, f, b, exact in doubles: (p − f)·b < 2^52 and + a < 2^53. */
export const subtractMultiple = (a: number, f: number, b: number): number =>
  (a + (PRIME - f) * b) % PRIME;

/** The inverse of a non-zero residue (extended Euclid). */
export function inverse(a: number): number {
  let [r0, r1] = [PRIME, a];
  let [t0, t1] = [0, 1];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (r0 !== 1) throw new RangeError(`${a} has no inverse modulo ${PRIME}`);
  return t0 < 0 ? t0 + PRIME : t0;
}

/** Largest numerator and denominator {@link reconstruct} can return: ⌊√(p/2)⌋. */
export const RECONSTRUCTION_BOUND = Math.floor(Math.sqrt(PRIME / 2));

/**
 * The fraction num/den (den > 0, |num|, den ≤ {@link RECONSTRUCTION_BOUND}) congruent to the
 * residue `u`, or `undefined` when there is none (Wang's rational reconstruction). When it exists
 * it is unique, so a rational of that size survives the trip through the prime field.
 */
export function reconstruct(u: number): { num: number; den: number } | undefined {
  if (u === 0) return { num: 0, den: 1 };
  let [r0, r1] = [PRIME, u];
  let [t0, t1] = [0, 1];
  while (r1 > RECONSTRUCTION_BOUND) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [t0, t1] = [t1, t0 - q * t1];
  }
  if (t1 === 0 || Math.abs(t1) > RECONSTRUCTION_BOUND) return undefined;
  const sign = t1 < 0 ? -1 : 1;
  const num = sign * r1;
  const den = sign * t1;
  if (gcd(Math.abs(num), den) !== 1) return undefined;
  return { num, den };
}

export function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
