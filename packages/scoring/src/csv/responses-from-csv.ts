import { parse } from 'csv-parse/sync';
import { validateResponse, type Instrument, type SurveyResponse } from '@genbridge/schema';
import {
  columnOfPath,
  csvHeader,
  FEEDBACK_COLUMNS,
  META_COLUMNS,
  REQUIRED_COLUMNS,
  RETRO_PREFIX,
} from './columns.js';
import { EXTRA_PREFIX } from './extra-columns.js';
import { decodeText } from './cell.js';
import { InputError, ProblemList } from './input-error.js';
import { isMissingItemOnly } from './missing-items.js';

/** Options of {@link responsesFromCsv}. */
export interface CsvReadOptions {
  /** Named in error messages (default `input.csv`). */
  fileName?: string;
  /** Programme of rows without a `programme_id` column (default `programme`). */
  programmeId?: string;
}

const NUMERIC_FEEDBACK = new Set(['satisfaction', 'recommend', 'pairingQuality']);
const TEXT_FEEDBACK = new Set(['valuableLearning', 'improvement']);
const BOOLEAN: Record<string, boolean> = {
  true: true,
  yes: true,
  '1': true,
  false: false,
  no: false,
  '0': false,
};

/** A UUID for rows without `response_id`, stable per file row (the id is not used for scoring). */
const syntheticId = (row: number) =>
  `00000000-0000-4000-8000-${row.toString(16).padStart(12, '0')}`;
/** Without `submitted_at`, later rows count as later submissions (the latest duplicate wins). */
const syntheticTime = (row: number) => new Date(Date.UTC(2000, 0, 1) + row * 1000).toISOString();

/**
 * Reads responses from the CLI's CSV format. Required columns: `participant`, `wave`; optional:
 * every other column of `csvHeader(instrument)` (meta data, one column per item id,
 * `retro_<item>`, feedback). Empty cells are unanswered. Each row is checked with
 * `validateResponse` except that unanswered items are allowed (scoring handles them with the
 * minimum item share). Missing optional columns get defaults: `locale` the instrument's default,
 * `instrument_*` the instrument, `consent` true at baseline (the file asserts consent was given),
 * `submitted_at` the row order. Throws an {@link InputError} naming file, row and column of
 * every problem.
 */
export function responsesFromCsv(
  text: string,
  instrument: Instrument,
  options: CsvReadOptions = {},
): SurveyResponse[] {
  const file = options.fileName ?? 'input.csv';
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: false,
    });
  } catch (cause) {
    const e = cause as { message?: string; lines?: number };
    throw new InputError([
      {
        file,
        row: e.lines ?? 1,
        column: '',
        message: `is not valid CSV (${e.message ?? String(cause)})`,
      },
    ]);
  }
  const [header, ...rows] = records;
  if (!header)
    throw new InputError([
      { file, row: 1, column: '', message: 'is empty: expected a header row' },
    ]);
  const known = new Set(csvHeader(instrument));
  const problems = new ProblemList();
  const seen = new Set<string>();
  header.forEach((raw, i) => {
    const name = raw.trim();
    // Answers to a programme's additional questions are exported for analysts, not scored.
    if (!known.has(name) && !name.startsWith(EXTRA_PREFIX)) {
      problems.add({
        file,
        row: 1,
        column: name || `#${i + 1}`,
        message: 'is not a known column (see the header in the @genbridge/scoring README)',
      });
    }
    if (seen.has(name)) problems.add({ file, row: 1, column: name, message: 'appears twice' });
    seen.add(name);
  });
  for (const c of REQUIRED_COLUMNS)
    if (!seen.has(c)) problems.add({ file, row: 1, column: c, message: 'is required' });
  problems.throwIfAny();

  const columns = header.map((h) => h.trim());
  const itemIds = new Set(instrument.constructs.flatMap((c) => c.items.map((i) => i.id)));
  const feedbackKey = new Map(Object.entries(FEEDBACK_COLUMNS).map(([k, v]) => [v as string, k]));
  const out: SurveyResponse[] = [];

  rows.forEach((cells, index) => {
    const row = index + 2;
    const problem = (column: string, message: string) =>
      problems.add({ file, row, column, message });
    if (cells.length !== columns.length) {
      problem('', `has ${cells.length} cells, the header has ${columns.length}`);
      return;
    }
    const meta: Partial<Record<(typeof META_COLUMNS)[number], string>> = {};
    const answers: Record<string, number> = {};
    const retrospective: Record<string, number> = {};
    const feedback: Record<string, string | number> = {};
    let ok = true;
    const integer = (column: string, value: string): number | undefined => {
      const n = Number(value);
      if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(n)) {
        problem(column, `must be a whole number (got "${value}")`);
        ok = false;
        return undefined;
      }
      return n;
    };
    columns.forEach((column, i) => {
      if (column.startsWith(EXTRA_PREFIX)) return;
      const raw = cells[i] as string;
      const key = feedbackKey.get(column);
      if (key && TEXT_FEEDBACK.has(key)) {
        const t = decodeText(raw.trim());
        if (t !== '') feedback[key] = t;
        return;
      }
      const value = raw.trim();
      if (value === '') return;
      if (itemIds.has(column)) {
        const n = integer(column, value);
        if (n !== undefined) answers[column] = n;
      } else if (
        column.startsWith(RETRO_PREFIX) &&
        itemIds.has(column.slice(RETRO_PREFIX.length))
      ) {
        const n = integer(column, value);
        if (n !== undefined) retrospective[column.slice(RETRO_PREFIX.length)] = n;
      } else if (key) {
        if (NUMERIC_FEEDBACK.has(key)) {
          const n = integer(column, value);
          if (n !== undefined) feedback[key] = n;
        } else feedback[key] = value;
      } else {
        meta[column as (typeof META_COLUMNS)[number]] = value;
      }
    });
    if (!ok) return;
    const wave = meta.wave;
    let consent: boolean | undefined =
      wave === 'baseline' && !seen.has('consent') ? true : undefined;
    if (meta.consent !== undefined) {
      consent = BOOLEAN[meta.consent.toLowerCase()];
      if (consent === undefined) {
        problem('consent', `must be true or false (got "${meta.consent}")`);
        return;
      }
    }
    const candidate: Record<string, unknown> = {
      responseId: meta.response_id ?? syntheticId(row),
      programmeId: meta.programme_id ?? options.programmeId ?? 'programme',
      participant: meta.participant,
      ...(meta.role !== undefined ? { role: meta.role } : {}),
      wave,
      ...(meta.cohort !== undefined ? { cohort: meta.cohort } : {}),
      ...(meta.generation !== undefined ? { generation: meta.generation } : {}),
      ...(meta.arm !== undefined ? { arm: meta.arm } : {}),
      ...(meta.pair_id !== undefined ? { pairId: meta.pair_id } : {}),
      instrument: {
        id: meta.instrument_id ?? instrument.id,
        version: meta.instrument_version ?? instrument.version,
      },
      locale: meta.locale ?? instrument.defaultLocale,
      startedAt: meta.started_at ?? meta.submitted_at ?? syntheticTime(row),
      submittedAt: meta.submitted_at ?? syntheticTime(row),
      ...(consent !== undefined ? { consent } : {}),
      answers,
      ...(Object.keys(retrospective).length > 0 ? { retrospective } : {}),
      ...(Object.keys(feedback).length > 0 ? { feedback } : {}),
    };
    const result = validateResponse(candidate, instrument);
    if (result.success) {
      out.push(result.data);
      return;
    }
    const real = result.errors.filter((e) => !isMissingItemOnly(e));
    if (real.length === 0) {
      out.push(candidate as SurveyResponse);
      return;
    }
    for (const e of real) problem(columnOfPath(e.path), e.message);
  });
  problems.throwIfAny();
  return out;
}
