import { guardSpreadsheetText } from '@genbridge/schema';
import type { ConstructRow } from './view-model.js';

/**
 * The data table as CSV (RFC 4180, comma-separated, "." decimals, full precision) for a
 * spreadsheet. Headers are fixed English identifiers so scripts can rely on them whatever the
 * display language; construct names are in the display language.
 */
export const CSV_COLUMNS = [
  'group',
  'construct_id',
  'construct',
  'n',
  'baseline_mean',
  'baseline_sd',
  'baseline_ci_lower',
  'baseline_ci_upper',
  'exit_mean',
  'exit_sd',
  'exit_ci_lower',
  'exit_ci_upper',
  'change_mean',
  'change_ci_lower',
  'change_ci_upper',
  'd_z',
  'g_av',
  'p_holm',
  'reliable_improved',
  'reliable_declined',
  'reliable_classified',
] as const;

/**
 * Quotes a text cell, guarded so a spreadsheet never runs it as a formula whatever separator it
 * opens the file with (the rule: `guardSpreadsheetText` in @genbridge/schema).
 */
export function csvText(value: string): string {
  const safe = guardSpreadsheetText(value);
  return /[",\r\n']/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const num = (v: number | null): string => (v === null || !Number.isFinite(v) ? '' : String(v));

export function tableCsv(groupKey: string, rows: readonly ConstructRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        csvText(groupKey),
        csvText(r.id),
        csvText(r.name),
        String(r.n),
        num(r.baseline.mean),
        num(r.baseline.sd),
        num(r.baseline.lower),
        num(r.baseline.upper),
        num(r.exit.mean),
        num(r.exit.sd),
        num(r.exit.lower),
        num(r.exit.upper),
        num(r.change.mean),
        num(r.change.lower),
        num(r.change.upper),
        num(r.dz),
        num(r.gav),
        num(r.pHolm),
        String(r.improved),
        String(r.declined),
        String(r.classified),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
