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

/**
 * Two overlapping figures of different breakdowns, neither inside the other (scoring rule 11):
 * whether their difference tells the values of one part, those only in A (`onlyA`) or those only
 * in B (`onlyB`). Of each kind a reader learns D1 = ΣA − ΣB and, where the figures show an SD,
 * D2 = ΣA² − ΣB²: the same sums over the parts, since the people in both cancel.
 *
 * Values are taken as real numbers in [lo, hi], as in {@link revealsValues}. The values with a
 * given D1 form a convex set on which D2 runs from its least to its greatest; any D2 between is
 * also reached with other values of each part (fixing a part's values, or all of them but one of
 * at least three, leaves too few dimensions to hold a whole level set). So a part is told only at
 * the least D2 for D1 (the greatest is the least with the parts swapped). Write a = x − lo,
 * W = hi − lo, m = |onlyA|, n = |onlyB|. For a fixed Σa = s, D2 is least with onlyA all alike
 * (Σa² = s²/m) and onlyB at the ends (k at W, the rest at 0, at most one between); between those
 * breakpoints h(s) = s²/m − Σb² is concave (1/m ≤ 1), and at the ends of the range of s a value
 * of onlyB between 0 and W can move towards an end and lower h. So the least D2 needs onlyA all
 * alike at some c and onlyB all at the ends, k of them at W (D1 = mc − kW). Over the breakpoints
 * j, h(j) = (D1 + jW)²/m − jW² is convex in j, h(k) is the true D2, and
 * h(k + 1) − h(k) = W(2c + W/m − W), h(k − 1) − h(k) = W(W/m + W − 2c). These values are the only
 * ones with that D2 when every neighbour that is possible lies strictly higher (k + 1 when someone
 * of onlyB is at 0 and c ≤ W − W/m, k − 1 when someone is at W and c ≥ W/m): c within W/(2m) of
 * the middle, or no neighbour possible (onlyA all at hi beside onlyB all at lo). A tie leaves two
 * values of c: not told. Told, the difference gives every value of onlyA (and that each member of
 * onlyB sits at an end). Where a figure shows only the mean, only D1 at its extreme (one part all
 * at hi, the other all at lo) tells anything, so an unbounded end (the normalised gain's lower
 * one) never does. Not used: the step of item means, which can tell more (D1 one quarter point
 * short of its extreme), and what A and B show besides their difference (which needs the tally
 * of the people in both).
 */
export function valuesApart(
  onlyA: ValueTally,
  onlyB: ValueTally,
  kinds: readonly ValueKind[],
): boolean {
  const m = onlyA[0] as number;
  const n = onlyB[0] as number;
  if (m <= 0 || n <= 0) return false;
  return kinds.some(
    (kind, v) => alikeBesideEnds(onlyA, onlyB, kind, v) || alikeBesideEnds(onlyB, onlyA, kind, v),
  );
}

/**
 * Two overlapping figures of different breakdowns, neither inside the other (scoring rule 11),
 * through the people in both (`both`) as well as their difference: whether the four sums they
 * show of a kind with an SD, ΣA, ΣA², ΣB and ΣB², tell the values of all three parts (only in A,
 * in both, only in B, of sizes p, q, r the reader is taken to know). True when each part is all
 * alike, at a, s and b, with s strictly between a and b.
 *
 * Values are real numbers, as in {@link valuesApart}. Let t be the sum over `both`; then the parts
 * sum to ΣA − t, t and ΣB − t, and for a given t the least ΣA² is f(t) = (ΣA − t)²/p + t²/q (both
 * parts of A all alike), the least ΣB² is g(t) = (ΣB − t)²/r + t²/q. Every t with f(t) ≤ ΣA² and
 * g(t) ≤ ΣB² fits: put `both` all alike and spread the other two parts (or, where needed, `both`)
 * up to the shown sums — the scale's bounds aside, which only remove sets. All three parts alike
 * is f(t₀) = ΣA² and g(t₀) = ΣB²; f and g are convex with f′(t₀) = 2(s − a), g′(t₀) = 2(s − b), so
 * t₀ is the only t that fits when those slopes have strictly opposite signs (s strictly between a
 * and b), and at t₀ both least sums are met only with every part alike: one set of values. With
 * s = a, A is all alike (rule 10 hides it); with s outside [a, b] (say s > a, b) every t a little
 * below t₀ fits and changes every part's sum: not told. With a part not all alike, its figure's
 * sum of squares lies above the least, so t moves on one side of t₀ at least and, for real values,
 * the parts' values move with it. A mean alone gives two sums over three parts: a part is only
 * pinned where A or B is at its range's end (rule 10) or where their difference is at its extreme
 * ({@link valuesApart}), so this adds nothing for it. Not judged: what the scale's bounds add
 * (parts at the range's ends beside a shared part that is not between) and what the step of item
 * means adds — in quarter points a nearly alike part (all but one alike, the one a quarter off)
 * beside parts all alike can leave a single set of values too.
 */
export function valuesApartWithShared(
  onlyA: ValueTally,
  onlyB: ValueTally,
  both: ValueTally,
  kinds: readonly ValueKind[],
): boolean {
  if (!((onlyA[0] as number) > 0 && (onlyB[0] as number) > 0 && (both[0] as number) > 0))
    return false;
  return kinds.some((kind, v) => {
    if (!kind.spread) return false;
    const o = 1 + STRIDE * v;
    const alike = (t: ValueTally) => (t[o + 1] as number) - (t[o] as number) <= EPSILON;
    if (!alike(onlyA) || !alike(both) || !alike(onlyB)) return false;
    const a = onlyA[o] as number;
    const s = both[o] as number;
    const b = onlyB[o] as number;
    return (a < s - EPSILON && s < b - EPSILON) || (b < s - EPSILON && s < a - EPSILON);
  });
}

/**
 * Whether the difference `alike − ends` of value kind `v` is at its least D2 for its D1 and
 * reached only with these values (see {@link valuesApart}); for a mean alone, at its largest D1.
 */
function alikeBesideEnds(alike: ValueTally, ends: ValueTally, kind: ValueKind, v: number) {
  const o = 1 + STRIDE * v;
  const m = alike[0] as number;
  const n = ends[0] as number;
  const atLo = ends[o + 2] as number;
  const atHi = ends[o + 3] as number;
  if (!kind.spread) return (alike[o + 3] as number) >= m && atLo >= n;
  if ((alike[o + 1] as number) - (alike[o] as number) > EPSILON || atLo + atHi < n) return false;
  const W = kind.hi - kind.lo;
  const c = (alike[o] as number) - kind.lo;
  const up = atLo > 0 && c <= W - W / m + EPSILON;
  const down = atHi > 0 && c >= W / m - EPSILON;
  if (up && !(c > (W * (m - 1)) / (2 * m) + EPSILON)) return false;
  if (down && !(c < (W * (m + 1)) / (2 * m) - EPSILON)) return false;
  return true;
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
