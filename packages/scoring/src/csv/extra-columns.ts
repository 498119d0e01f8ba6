import {
  extraQuestions,
  type AdditionalPage,
  type Instrument,
  type SurveyResponse,
} from '@genbridge/schema';
import type { TableCell } from './responses-table.js';

/** Columns of answers to a programme's additional questions start with this. */
export const EXTRA_PREFIX = 'extra.';

export interface ExtraColumn {
  name: string;
  read(extra: Record<string, unknown>): unknown;
}

const rowKey = (row: unknown): string | undefined => {
  const v =
    typeof row === 'object' && row !== null
      ? ((row as { value?: unknown; name?: unknown }).value ?? (row as { name?: unknown }).name)
      : row;
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
      const rows =
        q.type === 'multipletext'
          ? q.items
          : q.type === 'matrix' || q.type === 'matrixdropdown'
            ? q.rows
            : undefined;
      const keys = Array.isArray(rows)
        ? rows.map(rowKey).filter((k): k is string => k !== undefined)
        : [];
      if (keys.length > 0) {
        for (const key of keys)
          columns.push({
            name: `${EXTRA_PREFIX}${name}.${key}`,
            read: (e) => (e[name] as Record<string, unknown> | undefined)?.[key],
          });
      } else columns.push({ name: `${EXTRA_PREFIX}${name}`, read: (e) => e[name] });
      if (q.showOtherItem || q.hasOther || q.showCommentArea || q.hasComment)
        columns.push({ name: `${EXTRA_PREFIX}${name}-Comment`, read: (e) => e[`${name}-Comment`] });
    }
  }
  return columns;
}

/**
 * The value of an extra column for one response: text as typed, lists and nested answers as JSON
 * text, numbers and yes/no as themselves. Every export guards the text (they are free text).
 */
export function extraValue(column: ExtraColumn, response: SurveyResponse): TableCell {
  const value = column.read(response.extra ?? {});
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return JSON.stringify(value);
}
