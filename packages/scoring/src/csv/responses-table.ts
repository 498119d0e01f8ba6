import type { Instrument, SurveyResponse } from '@genbridge/schema';
import { csvHeader, FEEDBACK_COLUMNS, META_COLUMNS, retrospectiveItems } from './columns.js';
import { extraColumns } from './extra-columns.js';

/** One cell of the response table: text, a number, a yes/no, or empty. */
export type TableCell = string | number | boolean | undefined;

/**
 * The response table every export writes: `csvHeader` columns, then one `extra.<name>` column per
 * additional question (see `extraColumns`), one row per response.
 */
export interface ResponseTable {
  header: string[];
  rows: TableCell[][];
  /** Column indexes that hold free text typed by a participant (guarded in CSV). */
  freeText: ReadonlySet<number>;
}

const FREE_TEXT_FEEDBACK = new Set(['valuableLearning', 'improvement']);

/**
 * Responses as a table of typed cells, in the column order of `csvHeader`. The CSV and the XLSX
 * export both write this table, so the two files always have the same columns and values.
 */
export function responsesToTable(
  responses: readonly SurveyResponse[],
  instrument: Instrument,
): ResponseTable {
  const extra = extraColumns(instrument);
  const header = [...csvHeader(instrument), ...extra.map((c) => c.name)];
  const items = instrument.constructs.flatMap((c) => c.items.map((i) => i.id));
  const retro = retrospectiveItems(instrument);
  const feedbackKeys = Object.keys(FEEDBACK_COLUMNS) as (keyof typeof FEEDBACK_COLUMNS)[];
  const feedbackStart = META_COLUMNS.length + items.length + retro.length;
  const extraStart = feedbackStart + feedbackKeys.length;
  const freeText = new Set([
    ...feedbackKeys.flatMap((k, i) => (FREE_TEXT_FEEDBACK.has(k) ? [feedbackStart + i] : [])),
    ...extra.map((_, i) => extraStart + i),
  ]);
  const rows = responses.map((r): TableCell[] => {
    const meta: Record<(typeof META_COLUMNS)[number], TableCell> = {
      response_id: r.responseId,
      programme_id: r.programmeId,
      participant: r.participant,
      role: r.role,
      wave: r.wave,
      cohort: r.cohort,
      generation: r.generation,
      locale: r.locale,
      started_at: r.startedAt,
      submitted_at: r.submittedAt,
      instrument_id: r.instrument.id,
      instrument_version: r.instrument.version,
      consent: r.consent,
      arm: r.arm,
      pair_id: r.pairId,
    };
    const f = r.feedback ?? {};
    return [
      ...META_COLUMNS.map((c) => meta[c]),
      ...items.map((id) => r.answers[id]),
      ...retro.map((id) => r.retrospective?.[id]),
      ...feedbackKeys.map((k) => f[k] as TableCell),
      ...extra.map((c) => extraValue(c.read(r.extra ?? {}))),
    ];
  });
  return { header, rows, freeText };
}

/** An additional answer: text, number and yes/no as they are, lists and nested answers as JSON. */
function extraValue(value: unknown): TableCell {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return JSON.stringify(value);
}
