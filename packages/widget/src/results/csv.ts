import {
  guardSpreadsheetText,
  REPORT_CSV_FEEDBACK_COLUMNS,
  type FeedbackReport,
  type ReportCsvColumn,
} from '@genbridge/schema';
import type { ConstructRow } from './view-model.js';

/**
 * The table of the group on show as CSV (RFC 4180, comma-separated, "." decimals, full precision).
 * Column names follow the report-CSV contract of `@genbridge/schema` (`REPORT_CSV_COLUMNS`), the
 * same names `genbridge-score --format csv` writes, so a script reads either file alike; the page's
 * own extras (display name, the mean CIs the chart draws, the percentages the verdicts quote) are
 * `REPORT_CSV_DISPLAY_COLUMNS`. Construct names are in the display language.
 */
type DisplayColumn =
  | 'construct_name'
  | 'baseline_ci_lower'
  | 'baseline_ci_upper'
  | 'exit_ci_lower'
  | 'exit_ci_upper'
  | 'reliably_improved_pct'
  | 'reliably_declined_pct';

export const CSV_COLUMNS = [
  'group',
  'construct',
  'construct_name',
  'n',
  'baseline_mean',
  'baseline_sd',
  'baseline_ci_lower',
  'baseline_ci_upper',
  'exit_mean',
  'exit_sd',
  'exit_ci_lower',
  'exit_ci_upper',
  'diff_mean',
  'diff_sd',
  'ci_lower',
  'ci_upper',
  'p',
  'p_holm',
  'd_z',
  'g_av',
  'reliably_improved',
  'reliably_declined',
  'reliably_improved_pct',
  'reliably_declined_pct',
  'alpha_baseline',
  'alpha_exit',
  ...REPORT_CSV_FEEDBACK_COLUMNS,
] as const satisfies ReadonlyArray<
  ReportCsvColumn | DisplayColumn | (typeof REPORT_CSV_FEEDBACK_COLUMNS)[number]
>;

/**
 * Quotes a text cell, guarded so a spreadsheet never runs it as a formula whatever separator it
 * opens the file with (the rule: `guardSpreadsheetText` in @genbridge/schema).
 */
export function csvText(value: string): string {
  const safe = guardSpreadsheetText(value);
  return /[",\r\n']/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const num = (v: number | null): string => (v === null || !Number.isFinite(v) ? '' : String(v));
const pct = (part: number, whole: number): string =>
  whole > 0 ? String((100 * part) / whole) : '';

type Cells = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * The table of one group as CSV; with the group's `feedback`, its additional closed questions
 * follow as rows of `REPORT_CSV_FEEDBACK_COLUMNS` (one per answer, or one saying why hidden).
 */
export function tableCsv(
  groupKey: string,
  rows: readonly ConstructRow[],
  feedback?: FeedbackReport,
): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  const blank = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Cells;
  for (const r of rows) {
    const cells: Cells = {
      ...blank,
      group: csvText(groupKey),
      construct: csvText(r.id),
      construct_name: csvText(r.name),
      n: String(r.n),
      baseline_mean: num(r.baseline.mean),
      baseline_sd: num(r.baseline.sd),
      baseline_ci_lower: num(r.baseline.lower),
      baseline_ci_upper: num(r.baseline.upper),
      exit_mean: num(r.exit.mean),
      exit_sd: num(r.exit.sd),
      exit_ci_lower: num(r.exit.lower),
      exit_ci_upper: num(r.exit.upper),
      diff_mean: num(r.change.mean),
      diff_sd: num(r.change.sd),
      ci_lower: num(r.change.lower),
      ci_upper: num(r.change.upper),
      p: num(r.p),
      p_holm: num(r.pHolm),
      d_z: num(r.dz),
      g_av: num(r.gav),
      reliably_improved: String(r.improved),
      reliably_declined: String(r.declined),
      reliably_improved_pct: pct(r.improved, r.classified),
      reliably_declined_pct: pct(r.declined, r.classified),
      alpha_baseline: num(r.alpha.baseline),
      alpha_exit: num(r.alpha.exit),
    };
    lines.push(CSV_COLUMNS.map((c) => cells[c]).join(','));
  }
  if (feedback && !feedback.suppressed)
    for (const a of feedback.additional ?? []) {
      if (a.kind !== 'closed') continue;
      const head: Cells = {
        ...blank,
        group: csvText(groupKey),
        n: String(a.n),
        question: csvText(a.name),
        wave: a.wave,
      };
      const answers = a.distribution
        ? Object.entries(a.distribution).map(([answer, count]) => ({
            ...head,
            answer: csvText(answer),
            count: String(count),
          }))
        : [{ ...head, hidden: a.hidden ?? 'complementary' }];
      for (const cells of answers) lines.push(CSV_COLUMNS.map((c) => cells[c]).join(','));
    }
  return `${lines.join('\r\n')}\r\n`;
}
