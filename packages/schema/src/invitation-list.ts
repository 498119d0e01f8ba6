import { ARMS } from './answer-sets.js';
import { Slug } from './ids.js';
import { z } from './zod.js';

/** The evaluation arm an invitation assigns (contract 6): `comparison` = a colleague outside the programme. */
export type InvitationListArm = (typeof ARMS)[number];

/** One invitation a list asks for: its arm (when the row or the batch names one) and its mentoring pair. */
export interface InvitationListRow {
  arm?: InvitationListArm;
  pairId?: string;
}

/**
 * Why a row of an invitation list is refused, stable for programs (the console words it in the
 * reader's language): `pair_id` not a slug, `arm` not an arm, a pair id in the `comparison` arm,
 * a header column nobody reads, more cells than columns, or a list without a single row.
 */
export type InvitationListProblem =
  'pair_id' | 'arm' | 'comparison_pair' | 'unknown_column' | 'extra_cell' | 'empty';

/** One refused row: its 1-based line in the file, the column, and why. */
export interface InvitationListError {
  line: number;
  field: string;
  problem: InvitationListProblem;
  /** The refused cell or header, when there is one (to repeat it in any language). */
  value?: string;
  /** An English sentence that reads after "line N, field: ". */
  message: string;
}

export type InvitationListResult =
  { ok: true; invitations: InvitationListRow[] } | { ok: false; errors: InvitationListError[] };

const COLUMNS = ['pair_id', 'arm'] as const;
const isSlug = (value: string) => z.safeParse(Slug, value).success;

/** Spreadsheets save CSV with ";" where "," is the decimal comma, and some with tabs. */
function delimiterOf(line: string): string {
  if (line.includes('\t')) return '\t';
  return line.includes(';') && !line.includes(',') ? ';' : ',';
}

function cells(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/**
 * Reads a list of invitations to create, one invitation per line: the format of the CLI's
 * `invitations create --pairs <file>` and of the console's upload. Either one pair id per line
 * (list a pair's id once for the mentor and once for the mentee), or a CSV whose first line names
 * its columns, `pair_id` and `arm` in any order (`arm` empty = the batch's arm). Blank lines are
 * skipped. Every bad row is reported with its line and column, and nothing is returned unless
 * every row is good, so a list with one mistake creates no invitation at all.
 *
 * @param options.arm - the batch's arm, which rows without their own take (a comparison
 *   colleague has no mentor, so a pair id there is refused).
 */
export function parseInvitationList(
  text: string,
  options: { arm?: string } = {},
): InvitationListResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const errors: InvitationListError[] = [];
  const invitations: InvitationListRow[] = [];
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0)
    return {
      ok: false,
      errors: [{ line: 1, field: 'pair_id', problem: 'empty', message: 'lists no invitation' }],
    };
  const delimiter = delimiterOf(lines[first]!);
  const head = cells(lines[first]!, delimiter).map((cell) => cell.toLowerCase());
  const isHeader = head.some((cell) => (COLUMNS as readonly string[]).includes(cell));
  const columns = isHeader ? head : ['pair_id'];
  if (isHeader)
    columns.forEach((name, i) => {
      if (!(COLUMNS as readonly string[]).includes(name))
        errors.push({
          line: first + 1,
          field: name || `column ${i + 1}`,
          problem: 'unknown_column',
          value: name,
          message: `is not a column of an invitation list: use ${COLUMNS.map((c) => `"${c}"`).join(' and ')}`,
        });
    });
  for (let i = isHeader ? first + 1 : first; i < lines.length; i++) {
    const row = cells(lines[i]!, delimiter);
    if (row.every((cell) => cell === '')) continue;
    const line = i + 1;
    const at = (name: string) => {
      const index = columns.indexOf(name);
      return index < 0 ? '' : (row[index] ?? '');
    };
    if (row.length > columns.length && row.slice(columns.length).some((cell) => cell !== ''))
      errors.push({
        line,
        field: `column ${columns.length + 1}`,
        problem: 'extra_cell',
        message: `has more cells than the ${columns.length === 1 ? 'one column' : `${columns.length} columns`} the list names`,
      });
    const pairId = at('pair_id');
    const ownArm = at('arm').toLowerCase();
    if (ownArm !== '' && !(ARMS as readonly string[]).includes(ownArm))
      errors.push({
        line,
        field: 'arm',
        problem: 'arm',
        value: ownArm,
        message: `must be "programme" or "comparison" (or empty for the batch's arm), not "${ownArm}"`,
      });
    if (pairId !== '' && !isSlug(pairId))
      errors.push({
        line,
        field: 'pair_id',
        problem: 'pair_id',
        value: pairId,
        message: `must be lower-case letters, digits or "-" (at most 64), e.g. "pair-01", not "${pairId}"`,
      });
    const arm = ownArm || options.arm;
    if (arm === 'comparison' && pairId !== '')
      errors.push({
        line,
        field: 'pair_id',
        problem: 'comparison_pair',
        message: 'must be empty in the comparison arm: only programme participants have a pair',
      });
    invitations.push({
      ...(arm === 'programme' || arm === 'comparison' ? { arm } : {}),
      ...(pairId ? { pairId } : {}),
    });
  }
  if (errors.length) return { ok: false, errors };
  if (invitations.length === 0)
    return {
      ok: false,
      errors: [
        { line: first + 1, field: 'pair_id', problem: 'empty', message: 'lists no invitation' },
      ],
    };
  return { ok: true, invitations };
}
