/**
 * Homogeneity of scores (attribute disclosure through bounds): what the mean and SD of a group's
 * scores tell about each member. With n, Σx and Σx² a reader knows every member's value when
 * the SD is 0 (all alike), and knows that all but at most one member sit at the scale's end when
 * Σ(hi − x)² = (Σ(hi − x))² — for non-negative distances from the end, that equality holds exactly
 * when at most one distance is non-zero (the same at the low end). A mean at the end is the case
 * with no exception. In the scale's interior, all but one alike is not told by mean and SD
 * (other sets of scores have the same sums), so it is not judged.
 */

/** One kind of value in a figure: its possible range, and whether the figure shows its SD. */
export interface ValueKind {
  lo: number;
  hi: number;
  /** The figure shows an SD (or anything that gives Σx²); else only the mean is judged. */
  spread: boolean;
}

/** Scores are means of item values; this tolerance only absorbs floating-point noise. */
const EPSILON = 1e-9;

/** Offsets in a {@link ValueTally}: n first, then min, max, count at lo, count at hi per kind. */
const STRIDE = 4;

/** Min, max and how many sit at either end, per value kind, of the people tallied (index 0: n). */
export type ValueTally = Float64Array;

export function createValueTally(kinds: number): ValueTally {
  const t = new Float64Array(1 + STRIDE * kinds);
  for (let v = 0; v < kinds; v++) {
    t[1 + STRIDE * v] = Infinity;
    t[2 + STRIDE * v] = -Infinity;
  }
  return t;
}

/** Adds one person whose value of kind `v` is `x`; call once per kind, then {@link countPerson}. */
export function addValue(t: ValueTally, kind: ValueKind, v: number, x: number): void {
  const o = 1 + STRIDE * v;
  if (x < (t[o] as number)) t[o] = x;
  if (x > (t[o + 1] as number)) t[o + 1] = x;
  if (Math.abs(x - kind.lo) <= EPSILON) t[o + 2] = (t[o + 2] as number) + 1;
  if (Math.abs(x - kind.hi) <= EPSILON) t[o + 3] = (t[o + 3] as number) + 1;
}

export function countPerson(t: ValueTally): void {
  t[0] = (t[0] as number) + 1;
}

export function mergeValueTally(into: ValueTally, from: ValueTally): void {
  into[0] = (into[0] as number) + (from[0] as number);
  for (let o = 1; o < into.length; o += STRIDE) {
    into[o] = Math.min(into[o] as number, from[o] as number);
    into[o + 1] = Math.max(into[o + 1] as number, from[o + 1] as number);
    into[o + 2] = (into[o + 2] as number) + (from[o + 2] as number);
    into[o + 3] = (into[o + 3] as number) + (from[o + 3] as number);
  }
}

/**
 * Whether the figure over these people tells each member's value of some kind, up to one person:
 * an SD of 0 (when the figure shows one), or all but at most one at the range's low or high end.
 */
export function revealsValues(t: ValueTally, kinds: readonly ValueKind[]): boolean {
  const n = t[0] as number;
  if (n <= 0) return false;
  return kinds.some((kind, v) => {
    const o = 1 + STRIDE * v;
    if (kind.spread && (t[o + 1] as number) - (t[o] as number) <= EPSILON) return true;
    return (t[o + 2] as number) >= n - 1 || (t[o + 3] as number) >= n - 1;
  });
}

/** {@link revealsValues} of one list of values (a summary shown with mean and SD). */
export function listReveals(values: ArrayLike<number>, kind: ValueKind): boolean {
  const t = createValueTally(1);
  for (let i = 0; i < values.length; i++) {
    addValue(t, kind, 0, values[i] as number);
    countPerson(t);
  }
  return revealsValues(t, [kind]);
}

/**
 * {@link revealsValues} from n, mean and Σ(x − mean)² alone (item moments), for integer item
 * values on [lo, hi]: with integers, values not all alike give Σ(x − mean)² ≥ (n − 1)/n ≥ 0.5,
 * and two or more away from an end make Σd² at least 2 below (Σd)², so a tolerance of 0.5 is exact.
 */
export function momentsReveal(n: number, mean: number, ss: number, lo: number, hi: number) {
  if (n <= 0) return false;
  if (ss < 0.5) return true;
  for (const end of [lo, hi]) {
    const d = n * Math.abs(end - mean);
    if (Math.abs(ss + (d * d) / n - d * d) < 0.5) return true;
  }
  return false;
}
