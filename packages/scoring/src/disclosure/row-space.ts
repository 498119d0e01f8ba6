import {
  PRIME,
  RECONSTRUCTION_BOUND,
  gcd,
  inverse,
  reconstruct,
  subtractMultiple,
} from './prime-field.js';

/** A row of a 0/1 matrix: the column indices where it has a 1, ascending, without repeats. */
export type OnesRow = ArrayLike<number>;

/** How {@link unitColumnsInRowSpace} reached its answer (for tests and the benchmark). */
export type RowSpaceMethod = 'prime-field-verified' | 'exact-integer';

/** Result of {@link unitColumnsInRowSpace}. */
export interface RowSpaceResult {
  /** 1 where the unit vector of that column lies in the row space over the rationals. */
  unit: Uint8Array;
  rank: number;
  method: RowSpaceMethod;
}

/**
 * For every column c of the 0/1 matrix with these rows, decides exactly whether the unit vector
 * e_c lies in the row space over the rationals — i.e. whether some linear combination of the
 * released sums equals one unknown alone.
 *
 * Read off the reduced row echelon form R: e_c is in the row space iff c is a pivot column and
 * its row of R has no other non-zero entry (if c is not a pivot, any combination equal to e_c
 * would have all pivot coefficients 0 and so be 0).
 *
 * R is computed modulo a prime below 2^26 (fast, exact residues), then lifted to rationals by
 * rational reconstruction and *verified*: every original row must equal Σ_j row[p_j]·R_j exactly
 * (checked in integers). That puts the row space inside span(R), which has dimension r; and the
 * rank over the rationals is at least the rank modulo p (a minor that is non-zero modulo p is a
 * non-zero integer), so span(R) is the row space and R its unique RREF. When reconstruction or
 * verification fails (a prime dividing a minor, or fractions too large), the answer comes from
 * an exact integer (BigInt) Gauss–Jordan elimination instead. Either way the answer is exact.
 */
export function unitColumnsInRowSpace(
  rows: readonly OnesRow[],
  columns: number,
  options: { method?: 'auto' | 'exact-integer' } = {},
): RowSpaceResult {
  if (options.method !== 'exact-integer') {
    const modular = modularRref(rows, columns);
    const lifted = liftAndVerify(rows, modular, columns);
    if (lifted)
      return {
        unit: unitPivots(
          modular.pivots,
          (j, c) => (modular.rows[j] as Float64Array)[c] !== 0,
          columns,
        ),
        rank: modular.pivots.length,
        method: 'prime-field-verified',
      };
  }
  const exact = integerRref(rows, columns);
  return {
    unit: unitPivots(exact.pivots, (j, c) => (exact.rows[j] as bigint[])[c] !== 0n, columns),
    rank: exact.pivots.length,
    method: 'exact-integer',
  };
}

function unitPivots(
  pivots: readonly number[],
  nonZero: (row: number, column: number) => boolean,
  columns: number,
): Uint8Array {
  const unit = new Uint8Array(columns);
  pivots.forEach((p, j) => {
    for (let c = 0; c < columns; c++) if (c !== p && nonZero(j, c)) return;
    unit[p] = 1;
  });
  return unit;
}

interface ModularRref {
  /** The first `pivots.length` rows of R modulo the prime. */
  rows: Float64Array[];
  pivots: number[];
}

/** Gauss–Jordan elimination modulo {@link PRIME}, pivot rows normalised to 1. */
function modularRref(input: readonly OnesRow[], columns: number): ModularRref {
  const m = input.length;
  const rows: Float64Array[] = input.map((r) => {
    const a = new Float64Array(columns);
    for (let i = 0; i < r.length; i++) a[r[i] as number] = 1;
    return a;
  });
  const pivots: number[] = [];
  const nz = new Int32Array(columns);
  for (let col = 0; col < columns && pivots.length < m; col++) {
    const rank = pivots.length;
    let sel = -1;
    for (let i = rank; i < m; i++) {
      if ((rows[i] as Float64Array)[col] !== 0) {
        sel = i;
        break;
      }
    }
    if (sel < 0) continue;
    const pivot: Float64Array = rows[sel] as Float64Array;
    rows[sel] = rows[rank] as Float64Array;
    rows[rank] = pivot;
    const inv = inverse(pivot[col] as number);
    // Entries left of `col` are 0 in every row from `rank` on, so work from `col` and only on
    // the pivot row's non-zero entries: the rows of group sums stay fairly sparse.
    let count = 0;
    for (let j = col; j < columns; j++) {
      const v = pivot[j] as number;
      if (v === 0) continue;
      if (inv !== 1) pivot[j] = (v * inv) % PRIME;
      nz[count++] = j;
    }
    for (let i = 0; i < m; i++) {
      if (i === rank) continue;
      const row = rows[i] as Float64Array;
      const f = row[col] as number;
      if (f === 0) continue;
      for (let t = 0; t < count; t++) {
        const j = nz[t] as number;
        row[j] = subtractMultiple(row[j] as number, f, pivot[j] as number);
      }
    }
    pivots.push(col);
  }
  rows.length = pivots.length;
  return { rows, pivots };
}

/**
 * Lifts R's non-pivot entries to rationals and checks every original row against it exactly
 * (see {@link unitColumnsInRowSpace}). Integer arithmetic in doubles while it provably fits,
 * else BigInt. False when an entry has no small rational preimage or a row does not check.
 */
function liftAndVerify(input: readonly OnesRow[], rref: ModularRref, columns: number): boolean {
  const { rows, pivots } = rref;
  const isPivot = new Uint8Array(columns);
  for (const p of pivots) isPivot[p] = 1;
  const rowOfPivot = new Int32Array(columns).fill(-1);
  pivots.forEach((p, j) => (rowOfPivot[p] = j));
  // Per row of R, its non-pivot entries as fractions over the row's common denominator.
  const entries: { col: Int32Array; num: number[]; den: number }[] = [];
  let lcmAll = 1n;
  for (const row of rows) {
    const cols: number[] = [];
    const fr: { num: number; den: number }[] = [];
    for (let c = 0; c < columns; c++) {
      const v = row[c] as number;
      if (v === 0 || isPivot[c]) continue;
      const q = reconstruct(v);
      if (!q) return false;
      cols.push(c);
      fr.push(q);
    }
    let den = 1;
    for (const q of fr) {
      den = (den / gcd(den, q.den)) * q.den;
      if (den > 2 ** 40) return false;
    }
    entries.push({ col: Int32Array.from(cols), num: fr.map((q) => q.num * (den / q.den)), den });
    const d = BigInt(den);
    lcmAll = (lcmAll / bigGcd(lcmAll, d)) * d;
  }
  // Scaled to one denominator L, each term is at most bound·L in size and a sum has at most r
  // terms: exact in doubles while r·bound·L < 2^53.
  const small =
    lcmAll * BigInt(RECONSTRUCTION_BOUND) * BigInt(Math.max(1, pivots.length)) < 2n ** 53n;
  return small
    ? verifyNumbers(input, entries, rowOfPivot, isPivot, columns, Number(lcmAll))
    : verifyBigInts(input, entries, rowOfPivot, isPivot, columns, lcmAll);
}

type Entries = { col: Int32Array; num: number[]; den: number }[];

function verifyNumbers(
  input: readonly OnesRow[],
  entries: Entries,
  rowOfPivot: Int32Array,
  isPivot: Uint8Array,
  columns: number,
  L: number,
): boolean {
  const acc = new Float64Array(columns);
  const touched: number[] = [];
  for (const r of input) {
    for (let i = 0; i < r.length; i++) {
      const c = r[i] as number;
      const j = rowOfPivot[c] as number;
      if (j < 0) continue;
      const e = entries[j] as Entries[number];
      const scale = L / e.den;
      for (let t = 0; t < e.col.length; t++) {
        const f = e.col[t] as number;
        if (acc[f] === 0) touched.push(f);
        acc[f] = (acc[f] as number) + (e.num[t] as number) * scale;
      }
    }
    // A free column of the row must get L (1 after scaling); every other free column 0.
    for (let i = 0; i < r.length; i++) {
      const c = r[i] as number;
      if (isPivot[c]) continue;
      if (acc[c] !== L) return false;
      acc[c] = 0;
    }
    for (const f of touched) {
      if (acc[f] !== 0) return false;
    }
    touched.length = 0;
  }
  return true;
}

function verifyBigInts(
  input: readonly OnesRow[],
  entries: Entries,
  rowOfPivot: Int32Array,
  isPivot: Uint8Array,
  columns: number,
  L: bigint,
): boolean {
  const acc = new Map<number, bigint>();
  for (const r of input) {
    acc.clear();
    for (let i = 0; i < r.length; i++) {
      const j = rowOfPivot[r[i] as number] as number;
      if (j < 0) continue;
      const e = entries[j] as Entries[number];
      const scale = L / BigInt(e.den);
      for (let t = 0; t < e.col.length; t++) {
        const f = e.col[t] as number;
        acc.set(f, (acc.get(f) ?? 0n) + BigInt(e.num[t] as number) * scale);
      }
    }
    for (let i = 0; i < r.length; i++) {
      const c = r[i] as number;
      if (isPivot[c]) continue;
      if (acc.get(c) !== L) return false;
      acc.delete(c);
    }
    for (const v of acc.values()) if (v !== 0n) return false;
  }
  return true;
}

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/**
 * Gauss–Jordan elimination in integers (BigInt, each row divided by the gcd of its entries): the
 * zero pattern of the result is that of the RREF over the rationals. Slow but never wrong; used
 * when the prime-field result cannot be verified.
 */
function integerRref(
  input: readonly OnesRow[],
  columns: number,
): { rows: bigint[][]; pivots: number[] } {
  const rows = input.map((r) => {
    const a = new Array<bigint>(columns).fill(0n);
    for (let i = 0; i < r.length; i++) a[r[i] as number] = 1n;
    return a;
  });
  const m = rows.length;
  const pivots: number[] = [];
  for (let col = 0; col < columns && pivots.length < m; col++) {
    const rank = pivots.length;
    let sel = -1;
    for (let i = rank; i < m; i++)
      if ((rows[i] as bigint[])[col] !== 0n) {
        sel = i;
        break;
      }
    if (sel < 0) continue;
    const pivot = rows[sel] as bigint[];
    rows[sel] = rows[rank] as bigint[];
    rows[rank] = pivot;
    const p = pivot[col] as bigint;
    for (let i = 0; i < m; i++) {
      if (i === rank) continue;
      const row = rows[i] as bigint[];
      const f = row[col] as bigint;
      if (f === 0n) continue;
      let g = 0n;
      for (let j = 0; j < columns; j++) {
        const v = (row[j] as bigint) * p - f * (pivot[j] as bigint);
        row[j] = v;
        if (v !== 0n) g = bigGcd(g, v);
      }
      if (g > 1n) for (let j = 0; j < columns; j++) row[j] = (row[j] as bigint) / g;
    }
    pivots.push(col);
  }
  rows.length = pivots.length;
  return { rows, pivots };
}
