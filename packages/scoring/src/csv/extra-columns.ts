import { extraQuestions, type AdditionalPage, type Instrument, type SurveyResponse } from '@genbridge/schema';
import { encodeText } from './cell.js';

/** Columns of answers to a programme's additional questions start with this. */
export const EXTRA_PREFIX = 'extra.';

interface ExtraColumn {
  name: string;
  read(extra: Record<string, unknown>): unknown;
}

const rowKey = (row: unknown): string | undefined => {
  const v = typeof row === 'object' && row !== null ? ((row as { value?: unknown; name?: unknown }).value ?? (row as { name?: unknown }).name) : row;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
};

/**
 * One column per additional question of either wave (`extra.<name>`), one per declared row of a
 * matrix or item of a multipletext (`extra.<name>.<row>`), and `extra.<name>-Comment` where the
 * question has an "Other" or comment box. Lists and nested answers are written as JSON text.
 */
export function extraColumns(instrument: Instrument): ExtraColumn[] {
  const pages = instrument.additionalQuestions as AdditionalPage[] | undefined;
  const seen = new Set<string>();
  const columns: ExtraColumn[] = [];
  for (const wave of ['baseline', 'exit'] as const) {
    for (const { element: q } of extraQuestions(pages, wave)) {
      const name = q.name!;
      if (seen.has(name)) continue;
      seen.add(name);
      const rows = q.type === 'multipletext' ? q.items : q.type === 'matrix' || q.type === 'matrixdropdown' ? q.rows : undefined;
      const keys = Array.isArray(rows) ? rows.map(rowKey).filter((k): k is string => k !== undefined) : [];
      if (keys.length > 0) {
        for (const key of keys)
          columns.push({ name: `${EXTRA_PREFIX}${name}.${key}`, read: (e) => (e[name] as Record<string, unknown> | undefined)?.[key] });
      } else columns.push({ name: `${EXTRA_PREFIX}${name}`, read: (e) => e[name] });
      if (q.showOtherItem || q.hasOther || q.showCommentArea || q.hasComment)
        columns.push({ name: `${EXTRA_PREFIX}${name}-Comment`, read: (e) => e[`${name}-Comment`] });
    }
  }
  return columns;
}

/** A cell of an extra column: text guarded against spreadsheet formulas, structures as JSON. */
export function extraCell(column: ExtraColumn, response: SurveyResponse): string {
  const value = column.read(response.extra ?? {});
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return encodeText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return encodeText(JSON.stringify(value));
}
