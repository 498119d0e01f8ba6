/** One problem in an input file, located by file, row and column (or field). */
export interface InputProblem {
  file: string;
  /** 1-based row as a spreadsheet shows it (the CSV header is row 1; for JSON the array position + 1); 0 for the file as a whole. */
  row: number;
  /** CSV column name, or JSON field path; empty for the row as a whole. */
  column: string;
  message: string;
}

/** Formats a problem as `file: row 3, column "dc_2": must be an integer from 1 to 5`. */
export function formatProblem(p: InputProblem): string {
  const where = [p.row > 0 ? `row ${p.row}` : '', p.column ? `column "${p.column}"` : '']
    .filter(Boolean)
    .join(', ');
  return `${p.file}${where ? `: ${where}` : ''}: ${p.message}`;
}

/** Thrown by the readers with every problem found (up to a limit), one per line in `message`. */
export class InputError extends Error {
  readonly problems: InputProblem[];
  constructor(problems: InputProblem[], more = 0) {
    super(
      problems.map(formatProblem).join('\n') + (more > 0 ? `\n… and ${more} more problems` : ''),
    );
    this.name = 'InputError';
    this.problems = problems;
  }
}

/** Collects problems and stops listing after `limit` so a broken 100k-row file stays readable. */
export class ProblemList {
  readonly problems: InputProblem[] = [];
  more = 0;
  constructor(private readonly limit = 50) {}
  add(p: InputProblem): void {
    if (this.problems.length < this.limit) this.problems.push(p);
    else this.more++;
  }
  throwIfAny(): void {
    if (this.problems.length > 0) throw new InputError(this.problems, this.more);
  }
}
