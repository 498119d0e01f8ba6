import type { OnesRow } from './row-space.js';

/** Columns of a 0/1 matrix grouped by identical membership, and the rows over those groups. */
export interface ColumnClasses {
  /** Class of every column. */
  classOf: Int32Array;
  /** Columns per class. */
  sizes: number[];
  /** The distinct rows, as ascending class indices. */
  rows: Int32Array[];
}

/**
 * Groups the columns (people) that are in exactly the same rows (figures), by partition
 * refinement: one pass over the ones of each row splits every class it cuts. People in one class
 * are interchangeable to anyone holding the figures, so no combination of figures can tell them
 * apart: only a class of one person can be disclosed, and the rank test runs on classes — a few
 * hundred columns where there were thousands of people. Identical rows are kept once.
 */
export function columnClasses(rows: readonly OnesRow[], columns: number): ColumnClasses {
  const classOf = new Int32Array(columns);
  let sizes = [columns];
  const splitOf: number[] = [];
  const round: number[] = [];
  rows.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      const c = row[i] as number;
      const old = classOf[c] as number;
      if (round[old] !== r) {
        round[old] = r;
        splitOf[old] = sizes.length;
        sizes.push(0);
      }
      const next = splitOf[old] as number;
      classOf[c] = next;
      sizes[old] = (sizes[old] as number) - 1;
      sizes[next] = (sizes[next] as number) + 1;
    }
  });
  // Drop the classes a split emptied, keeping first-seen order.
  const renumber = new Int32Array(sizes.length).fill(-1);
  const compact: number[] = [];
  for (let c = 0; c < columns; c++) {
    const old = classOf[c] as number;
    if (renumber[old] === -1) {
      renumber[old] = compact.length;
      compact.push(sizes[old] as number);
    }
    classOf[c] = renumber[old] as number;
  }
  sizes = compact;
  const seen = new Set<string>();
  const out: Int32Array[] = [];
  for (const row of rows) {
    const cls = new Set<number>();
    for (let i = 0; i < row.length; i++) cls.add(classOf[row[i] as number] as number);
    const sorted = Int32Array.from(cls).sort();
    const key = sorted.join(',');
    if (seen.has(key) || sorted.length === 0) continue;
    seen.add(key);
    out.push(sorted);
  }
  return { classOf, sizes, rows: out };
}
