import { formatIssues, joinPath } from './field-error.js';
import type { FieldError } from './field-error.js';
import type { Instrument } from './instrument.js';
import { SurveyResponse } from './response.js';
import { validateExtra } from './validate-extra.js';

/** Result of {@link validateResponse}. */
export type ResponseValidation =
  { success: true; data: SurveyResponse } | { success: false; errors: FieldError[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys under `answers`/`retrospective` that the instrument check reports with better messages. */
const ANSWER_PATH = /^(answers|retrospective)(\.[\w$-]+|\[".*"\])$/;

/**
 * Validates a submitted response: its shape (`SurveyResponse`) and its fit to `instrument`: the
 * instrument id and version match, the locale is one of the instrument's, every answer key is an
 * item of the instrument, every value an integer on the scale, every item answered (all items are
 * required in both waves), and retrospective answers only for headline items. Never throws;
 * every problem comes back as a {@link FieldError}, e.g.
 * `{ path: 'answers.dc_3', message: 'must be an integer from 1 to 5' }`.
 */
export function validateResponse(input: unknown, instrument: Instrument): ResponseValidation {
  let errors: FieldError[];
  let data: SurveyResponse | undefined;
  try {
    const shape = SurveyResponse.safeParse(input);
    const fit = isRecord(input)
      ? checkFit(input, instrument)
      : { errors: [], answersChecked: false, retroChecked: false };
    const shapeErrors = shape.success
      ? []
      : formatIssues(shape.error, input).filter((e) => {
          if (!ANSWER_PATH.test(e.path)) return true;
          return e.path.startsWith('answers') ? !fit.answersChecked : !fit.retroChecked;
        });
    errors = dedupe([...shapeErrors, ...fit.errors]);
    if (shape.success) data = shape.data;
  } catch (cause) {
    // Hostile inputs (throwing getters, proxies) must still produce an answer, not an exception.
    const reason = cause instanceof Error ? cause.message : String(cause);
    errors = [{ path: '', code: 'unreadable', message: `could not be read (${reason})` }];
  }
  if (errors.length === 0 && data) return { success: true, data };
  if (errors.length === 0)
    errors = [{ path: '', code: 'unreadable', message: 'is not a valid response' }];
  return { success: false, errors };
}

function checkFit(input: Record<string, unknown>, instrument: Instrument) {
  const errors: FieldError[] = [];
  const { min, max } = instrument.scale;
  const outOfScale = `must be an integer from ${min} to ${max}`;
  const onScale = (v: unknown) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  const name = `${instrument.id} ${instrument.version}`;

  const ref = input.instrument;
  if (isRecord(ref)) {
    if (typeof ref.id === 'string' && ref.id !== instrument.id) {
      errors.push({
        path: 'instrument.id',
        code: 'mismatch',
        message: `must be "${instrument.id}" (got "${ref.id}")`,
      });
    }
    if (typeof ref.version === 'string' && ref.version !== instrument.version) {
      errors.push({
        path: 'instrument.version',
        code: 'mismatch',
        message: `must be "${instrument.version}" (got "${ref.version}")`,
      });
    }
  }
  if (typeof input.locale === 'string' && !instrument.locales.includes(input.locale)) {
    errors.push({
      path: 'locale',
      code: 'mismatch',
      message: `must be one of the instrument's locales (${instrument.locales.join(', ')})`,
    });
  }

  const items = new Map<string, boolean>();
  for (const c of instrument.constructs) for (const item of c.items) items.set(item.id, c.headline);

  const answers = input.answers;
  const answersChecked = isRecord(answers);
  if (answersChecked) {
    for (const key of Object.keys(answers)) {
      if (!items.has(key))
        errors.push({
          path: joinPath(['answers', key]),
          code: 'unknown_question',
          message: `is not an item of ${name}`,
        });
      else if (answers[key] !== undefined && !onScale(answers[key]))
        errors.push({
          path: joinPath(['answers', key]),
          code: 'out_of_range',
          message: outOfScale,
        });
    }
    for (const id of items.keys()) {
      if (answers[id] === undefined || !Object.hasOwn(answers, id))
        errors.push({ path: joinPath(['answers', id]), code: 'required', message: 'is required' });
    }
  }

  const retro = input.retrospective;
  const retroChecked = isRecord(retro);
  if (retroChecked) {
    for (const key of Object.keys(retro)) {
      const headline = items.get(key);
      if (headline === undefined)
        errors.push({
          path: joinPath(['retrospective', key]),
          code: 'unknown_question',
          message: `is not an item of ${name}`,
        });
      else if (!headline) {
        errors.push({
          path: joinPath(['retrospective', key]),
          code: 'rule',
          message: 'is not a headline item; only headline items are rated retrospectively',
        });
      } else if (!onScale(retro[key]))
        errors.push({
          path: joinPath(['retrospective', key]),
          code: 'out_of_range',
          message: outOfScale,
        });
    }
  }
  if (input.wave === 'baseline' || input.wave === 'exit')
    errors.push(...validateExtra(input.extra, instrument, input.wave));
  return { errors, answersChecked, retroChecked };
}

function dedupe(errors: FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
