import {
  GenerationBand,
  Role,
  type GroupDimension,
  type SuppressionReason,
} from '@genbridge/schema';
import { NOT_STATED, suppressBreakdown } from '../anonymity.js';

/** A breakdown dimension (every group dimension but `all`). */
export type Breakdown = Exclude<GroupDimension, 'all'>;

/**
 * One breakdown's value of every member of a population as a small code: `values[codes[i]]`,
 * members without a value under `not_stated`, codes in order of first appearance.
 */
export interface GroupColumn {
  codes: Int32Array;
  values: string[];
}

/** Per breakdown, the {@link GroupColumn} of a population. */
export type GroupColumns = Record<Breakdown, GroupColumn>;

/** Anything that carries the breakdown values: a response. */
type Described =
  | { role?: string | undefined; cohort?: string | undefined; generation?: string | undefined }
  | undefined;

/** Codes one breakdown's values as they are read. */
class ColumnCoder {
  private readonly codeOf = new Map<string, number>();
  readonly column: GroupColumn;
  constructor(total: number) {
    this.column = { codes: new Int32Array(total), values: [] };
  }
  set(i: number, value: string | undefined): void {
    // Everyone is in exactly one group of every breakdown: people without a value form
    // `not_stated`, so all − Σ groups is never the sum over them (issue 9, attack 2).
    const v = value ?? NOT_STATED;
    let code = this.codeOf.get(v);
    if (code === undefined) {
      this.codeOf.set(v, (code = this.column.values.length));
      this.column.values.push(v);
    }
    this.column.codes[i] = code;
  }
}

/**
 * The breakdown values of a population whose member `i` is described by `first(i)`, else by
 * `second(i)` (baseline before exit), coded as they are read. Read in one pass, all three values
 * of a member at once: at 100k members each response object is a cache miss, so touching it once
 * matters more than anything done with the values.
 */
export function groupColumns(
  total: number,
  first: (i: number) => Described,
  second: (i: number) => Described,
): GroupColumns {
  const role = new ColumnCoder(total);
  const cohort = new ColumnCoder(total);
  const generation = new ColumnCoder(total);
  for (let i = 0; i < total; i++) {
    const a = first(i);
    const b = second(i);
    role.set(i, a?.role ?? b?.role);
    cohort.set(i, a?.cohort ?? b?.cohort);
    generation.set(i, a?.generation ?? b?.generation);
  }
  return { role: role.column, cohort: cohort.column, generation: generation.column };
}

/** A group of a population with its members (indices into that population) and suppression. */
export interface PlannedGroup {
  key: string;
  dimension: GroupDimension;
  value: string | null;
  members: Int32Array;
  suppressed: SuppressionReason | null;
}

const BREAKDOWNS: { dimension: Breakdown; order: (values: string[]) => string[] }[] = [
  { dimension: 'role', order: (v) => Role.options.filter((o) => v.includes(o)) },
  { dimension: 'cohort', order: (v) => [...v].sort() },
  { dimension: 'generation', order: (v) => GenerationBand.options.filter((o) => v.includes(o)) },
];

/**
 * The groups of a population (`all`, then role, cohort and generation breakdowns, only values
 * that occur, `not_stated` last) and which of them are suppressed by the rules of one breakdown
 * (see {@link suppressBreakdown}). Every breakdown is a full partition of the population.
 */
export function planGroups(total: number, columns: GroupColumns, k: number): PlannedGroup[] {
  const all = new Int32Array(total);
  for (let i = 0; i < total; i++) all[i] = i;
  const allSuppressed: SuppressionReason | null = total < k ? 'below_threshold' : null;
  const out: PlannedGroup[] = [
    { key: 'all', dimension: 'all', value: null, members: all, suppressed: allSuppressed },
  ];
  for (const { dimension, order } of BREAKDOWNS) {
    // Counting sort by value: each group's members straight into its Int32Array in ascending
    // order, with no growing arrays for 100k members.
    const { codes, values: present } = columns[dimension];
    const sizes = new Int32Array(present.length);
    for (let i = 0; i < total; i++)
      sizes[codes[i] as number] = (sizes[codes[i] as number] as number) + 1;
    const members = Array.from(sizes, (size) => new Int32Array(size));
    const filled = new Int32Array(sizes.length);
    for (let i = 0; i < total; i++) {
      const code = codes[i] as number;
      (members[code] as Int32Array)[filled[code] as number] = i;
      filled[code] = (filled[code] as number) + 1;
    }
    // Nobody gave a value: the breakdown would only repeat `all`, so it is left out.
    if (present.length === 1 && present[0] === NOT_STATED) continue;
    const values = [
      ...order(present.filter((v) => v !== NOT_STATED)),
      ...(present.includes(NOT_STATED) ? [NOT_STATED] : []),
    ];
    const membersOf = (value: string) => members[present.indexOf(value)] as Int32Array;
    const reasons = suppressBreakdown(
      values.map((value) => ({ value, n: membersOf(value).length })),
      total,
      k,
      allSuppressed === null,
    );
    for (const value of values) {
      out.push({
        key: `${dimension}:${value}`,
        dimension,
        value,
        members: membersOf(value),
        suppressed: reasons.get(value) ?? null,
      });
    }
  }
  return out;
}

/**
 * The plan's membership as layers, one per dimension (`all`, role, cohort, generation): layer
 * `l` maps every member of the population to the index of its group in `plan`, or −1 when it is
 * in no group of that dimension. Lets one pass over the population serve every group.
 */
export function groupLayers(plan: readonly PlannedGroup[], total: number): Int32Array[] {
  const byDimension = new Map<GroupDimension, Int32Array>();
  plan.forEach((g, index) => {
    let layer = byDimension.get(g.dimension);
    if (!layer) byDimension.set(g.dimension, (layer = new Int32Array(total).fill(-1)));
    for (let m = 0; m < g.members.length; m++) layer[g.members[m] as number] = index;
  });
  return [...byDimension.values()];
}

/**
 * The plan's membership as cells: people who share their group in every layer of
 * {@link groupLayers} form one cell (at most as many cells as people, usually a few dozen), and
 * each cell lists its groups. Accumulating per cell and adding cells into groups reads every row
 * once instead of once per layer.
 */
export interface GroupCells {
  /** Cell of every member of the population. */
  cellOf: Int32Array;
  /** Per cell, its group in every layer, in layer order (plan indices; −1 where it is in none). */
  groupsOf: Int32Array[];
}

/** Cells are a function of the layers: computed once for every rule and statistic that asks. */
const cellsOfLayers = new WeakMap<readonly Int32Array[], GroupCells>();

/**
 * {@link GroupCells} of `layers` over a population of `total`, cells numbered in order of their
 * first member. Shared, not copied: callers read it only.
 */
export function groupCells(
  layers: readonly Int32Array[],
  total: number,
  groups: number,
): GroupCells {
  const known = cellsOfLayers.get(layers);
  if (known) return known;
  const cellOf = new Int32Array(total);
  const groupsOf: Int32Array[] = [];
  // Cells are numbered layer by layer: (cell so far, group in the next layer) → cell, so keys stay
  // below total × (groups + 1) whatever the number of layers.
  const current = new Int32Array(total);
  let cells = total === 0 ? 0 : 1;
  for (const layer of layers) {
    // A table over (cell so far, group), as `suppressFigures` refines its cells: a Map of numbers
    // cost a hash lookup per person and layer.
    cells = refineCells(current, cells, layer, 1, groups + 1, cellOf);
    current.set(cellOf);
  }
  const seen = new Uint8Array(cells);
  for (let i = 0; i < total; i++) {
    const cell = cellOf[i] as number;
    if (seen[cell]) continue;
    seen[cell] = 1;
    const of = new Int32Array(layers.length);
    for (let l = 0; l < layers.length; l++) of[l] = (layers[l] as Int32Array)[i] as number;
    groupsOf[cell] = of;
  }
  const out = { cellOf, groupsOf };
  cellsOfLayers.set(layers, out);
  return out;
}

/**
 * Refines cells by one more key: numbers the (cell, key + offset) pairs of every member, in order
 * of first appearance, into `out` through a table over `cells × width`, and returns how many there
 * are. The one cell refinement of the group plan (`groupCells`) and the figure rules
 * (`suppressFigures`); a loop ending in a plain return (see `rank-levels.ts`).
 */
export function refineCells(
  current: Int32Array,
  cells: number,
  key: ArrayLike<number>,
  offset: number,
  width: number,
  out: Int32Array,
): number {
  const table = new Int32Array(cells * width).fill(-1);
  let next = 0;
  for (let i = 0; i < current.length; i++) {
    const at = (current[i] as number) * width + (key[i] as number) + offset;
    let cell = table[at] as number;
    if (cell < 0) table[at] = cell = next++;
    out[i] = cell;
  }
  return next;
}
