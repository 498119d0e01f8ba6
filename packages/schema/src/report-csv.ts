/**
 * The report-CSV column contract, defined once. `genbridge-score --format csv` writes every column
 * in this order; `<genbridge-results>`' "Download table (CSV)" writes a subset of them under the
 * same names plus the display columns below, so a script reads either file the same way.
 */
export const REPORT_CSV_COLUMNS = [
  'group', 'dimension', 'value', 'suppressed', 'reason', 'group_n', 'construct', 'n',
  'baseline_mean', 'baseline_sd', 'exit_mean', 'exit_sd', 'correlation',
  'diff_mean', 'diff_sd', 'ci_lower', 'ci_upper', 't', 'df', 'p', 'p_holm',
  'wilcoxon_v', 'wilcoxon_p', 'wilcoxon_method', 'd_z', 'd_av', 'd_rm', 'g_av', 'normalised_gain',
  'reliability_used', 'se_diff', 'reliably_improved', 'reliably_declined', 'unchanged',
  'alpha_baseline', 'alpha_exit', 'low_reliability', 'missing_baseline', 'missing_exit',
  'retro_n', 'retro_then_mean', 'retro_post_mean', 'retro_diff_mean', 'retro_p', 'retro_p_holm', 'retro_g_av', 'notes',
] as const; // prettier-ignore

/** A column of the report CSV. */
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

/**
 * Columns only the web download adds: the construct's display name and the shares the page shows
 * as percentages (0–100, of the pairs classified by the reliable change index).
 */
export const REPORT_CSV_DISPLAY_COLUMNS = [
  'construct_name',
  'baseline_ci_lower',
  'baseline_ci_upper',
  'exit_ci_lower',
  'exit_ci_upper',
  'reliably_improved_pct',
  'reliably_declined_pct',
] as const;

/**
 * Columns for the programme's own closed questions (`feedback[].additional`), added after the
 * construct columns: one row per declared answer with its `count`, or one row with the `hidden`
 * reason (a `FigureHiddenReason`) and no count when the distribution is hidden. Construct
 * columns are empty on these rows, and these columns empty on construct rows.
 */
export const REPORT_CSV_FEEDBACK_COLUMNS = [
  'question',
  'wave',
  'answer',
  'count',
  'hidden',
] as const;
