import {
  extraQuestions,
  type AdditionalPage,
  type SurveyElementJson,
} from './additional-questions.js';
import { joinPath, type FieldError } from './field-error.js';
import type { Instrument } from './instrument.js';
import type { Wave } from './participant.js';
import { OPEN_TEXT_MAX } from './answer-sets.js';

/**
 * Largest `extra` we accept, as UTF-8 JSON. Enough for dozens of open answers or a small signature;
 * file questions need the page's own limit below this (and the collector's body limit above it).
 */
export const EXTRA_MAX_BYTES = 65_536;

/** survey-core stores the text of "Other (describe)" and comment areas under `<name>-Comment`. */
export const COMMENT_SUFFIX = '-Comment';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isScalar = (v: unknown) =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';

/** A SurveyJS item value: `"Yes"`, `3`, `{ value: 3, text: … }` or the legacy `"3|Three"`. */
function itemValue(item: unknown): unknown {
  if (isRecord(item)) return item.value;
  if (typeof item === 'string' && item.includes('|')) return item.slice(0, item.indexOf('|'));
  return item;
}

/**
 * Allowed values of a choice question in its order ("other", "none", … last), or undefined when
 * they come from elsewhere (URL, another question). Scoring counts answers per value with it.
 */
export function choiceValues(q: SurveyElementJson): Set<unknown> | undefined {
  if (q.choicesByUrl || q.choicesFromQuestion || !Array.isArray(q.choices)) return undefined;
  const values = new Set<unknown>(q.choices.map(itemValue));
  if (q.showOtherItem || q.hasOther) values.add('other');
  if (q.showNoneItem || q.hasNone) values.add('none');
  if (q.showRefuseItem) values.add('refused');
  if (q.showDontKnowItem) values.add('dontknow');
  return values;
}

const hasComment = (q: SurveyElementJson) =>
  Boolean(q.showOtherItem || q.hasOther || q.showCommentArea || q.hasComment);

/**
 * The points of a rating question: its `rateValues` (in order), else the bounds `rateMin` …
 * `rateMax` (or `rateCount` points; SurveyJS's default 1 … 5). Scoring counts answers per point.
 */
export function ratingScale(q: SurveyElementJson): unknown[] | { min: number; max: number } {
  if (Array.isArray(q.rateValues) && q.rateValues.length > 0) return q.rateValues.map(itemValue);
  const min = typeof q.rateMin === 'number' ? q.rateMin : 1;
  const max =
    typeof q.rateMax === 'number'
      ? q.rateMax
      : typeof q.rateCount === 'number'
        ? min + q.rateCount - 1
        : 5;
  return { min, max };
}

function ratingValues(q: SurveyElementJson): Set<unknown> | ((v: unknown) => boolean) {
  const scale = ratingScale(q);
  if (Array.isArray(scale)) return new Set(scale);
  const { min, max } = scale;
  return (v) => typeof v === 'number' && v >= min && v <= max;
}

const maxText = (q: SurveyElementJson) =>
  typeof q.maxLength === 'number' && q.maxLength > 0
    ? Math.min(q.maxLength, OPEN_TEXT_MAX)
    : OPEN_TEXT_MAX;

/** Why `value` does not fit question `q`, or undefined when it does. */
function misfit(q: SurveyElementJson, value: unknown): string | undefined {
  const inChoices = (v: unknown, allowed: Set<unknown> | undefined) =>
    allowed === undefined ? isScalar(v) : allowed.has(v);
  switch (q.type) {
    case 'radiogroup':
    case 'dropdown':
      return inChoices(value, choiceValues(q)) ? undefined : 'is not one of the choices';
    case 'imagepicker':
      if (q.multiSelect) {
        const allowed = choiceValues(q);
        return Array.isArray(value) && value.every((v) => inChoices(v, allowed))
          ? undefined
          : 'must be a list of the choices';
      }
      return inChoices(value, choiceValues(q)) ? undefined : 'is not one of the choices';
    case 'checkbox':
    case 'tagbox':
    case 'ranking': {
      const allowed = choiceValues(q);
      if (!Array.isArray(value) || !value.every((v) => inChoices(v, allowed)))
        return 'must be a list of the choices';
      if (new Set(value).size !== value.length) return 'must not repeat a choice';
      if (
        typeof q.maxSelectedChoices === 'number' &&
        q.maxSelectedChoices > 0 &&
        value.length > q.maxSelectedChoices
      )
        return `must have at most ${q.maxSelectedChoices} choices`;
      return undefined;
    }
    case 'rating': {
      const allowed = ratingValues(q);
      return (allowed instanceof Set ? allowed.has(value) : allowed(value))
        ? undefined
        : 'is not a point of the rating scale';
    }
    case 'boolean': {
      const yes = q.valueTrue ?? true;
      const no = q.valueFalse ?? false;
      return value === yes || value === no
        ? undefined
        : `must be ${JSON.stringify(yes)} or ${JSON.stringify(no)}`;
    }
    case 'text':
      if (q.inputType === 'number' || q.inputType === 'range')
        return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
      if (typeof value === 'number' && Number.isFinite(value)) return undefined;
    // falls through: every other input type is text
    case 'comment':
    case 'signaturepad':
      if (typeof value !== 'string') return 'must be text';
      return q.type !== 'signaturepad' && value.length > maxText(q)
        ? `must be at most ${maxText(q)} characters long`
        : undefined;
    case 'slider':
      return (typeof value === 'number' && Number.isFinite(value)) ||
        (Array.isArray(value) &&
          value.length === 2 &&
          value.every((v) => typeof v === 'number' && Number.isFinite(v)))
        ? undefined
        : 'must be a number or a range of two numbers';
    case 'matrix': {
      if (!isRecord(value)) return 'must be an object of row answers';
      const rows = Array.isArray(q.rows) ? new Set(q.rows.map(itemValue)) : undefined;
      const cols = Array.isArray(q.columns) ? new Set(q.columns.map(itemValue)) : undefined;
      for (const [row, v] of Object.entries(value)) {
        if (rows && !rows.has(row)) return `has an unknown row "${row}"`;
        if (cols && !cols.has(v)) return `row "${row}" is not one of the columns`;
      }
      return undefined;
    }
    case 'multipletext': {
      if (!isRecord(value)) return 'must be an object of item answers';
      const items = Array.isArray(q.items)
        ? new Set(q.items.map((i) => (isRecord(i) ? i.name : i)))
        : undefined;
      for (const [k, v] of Object.entries(value)) {
        if (items && !items.has(k)) return `has an unknown item "${k}"`;
        if (!isScalar(v) || (typeof v === 'string' && v.length > OPEN_TEXT_MAX))
          return `item "${k}" must be short text or a number`;
      }
      return undefined;
    }
    case 'matrixdropdown': {
      if (!isRecord(value)) return 'must be an object of row answers';
      const rows = Array.isArray(q.rows) ? new Set(q.rows.map(itemValue)) : undefined;
      for (const [row, v] of Object.entries(value)) {
        if (rows && !rows.has(row)) return `has an unknown row "${row}"`;
        if (!isRecord(v)) return `row "${row}" must be an object of cell answers`;
      }
      return undefined;
    }
    case 'matrixdynamic':
    case 'paneldynamic':
      return Array.isArray(value) && value.every(isRecord)
        ? undefined
        : 'must be a list of objects';
    case 'file':
      return Array.isArray(value) && value.every((f) => isRecord(f) && typeof f.name === 'string')
        ? undefined
        : 'must be a list of files ({ name, type, content })';
    default:
      // expression and anything computed: any JSON the model produced
      return undefined;
  }
}

/**
 * Checks a response's `extra` against the instrument's `additionalQuestions` for `wave`: every key
 * is one of that wave's questions (or its `-Comment`), every value fits its question (choices,
 * scale, type, text length), required unconditional questions are answered, and the whole is at
 * most {@link EXTRA_MAX_BYTES}. Pure, never throws; `validateResponse` calls it, and a collector
 * can call it on its own.
 * @example validateExtra({ department: 'sales' }, instrument, 'baseline') // → []
 */
export function validateExtra(extra: unknown, instrument: Instrument, wave: Wave): FieldError[] {
  const questions = extraQuestions(
    instrument.additionalQuestions as AdditionalPage[] | undefined,
    wave,
  );
  const errors: FieldError[] = [];
  const at = (key: string) => joinPath(['extra', key]);
  if (extra === undefined) extra = {};
  if (!isRecord(extra))
    return [{ path: 'extra', code: 'invalid_type', message: 'must be an object' }];
  let size: number;
  try {
    // A file's data URL is capped on its own (the page's max-file-size, the collector's
    // maxFileBytes and body cap), so it does not count against the total of the other answers.
    const withoutFiles = JSON.stringify(extra, (k, v: unknown) =>
      k === 'content' && typeof v === 'string' && v.startsWith('data:') ? '' : v,
    );
    size = new TextEncoder().encode(withoutFiles).length;
  } catch {
    return [{ path: 'extra', code: 'invalid_type', message: 'must be JSON' }];
  }
  if (size > EXTRA_MAX_BYTES)
    return [
      {
        path: 'extra',
        code: 'too_big',
        message: `must be at most ${EXTRA_MAX_BYTES} bytes as JSON (got ${size})`,
      },
    ];

  const byName = new Map(questions.map(({ element }) => [element.name!, element]));
  for (const [key, value] of Object.entries(extra)) {
    const commentOf = key.endsWith(COMMENT_SUFFIX)
      ? byName.get(key.slice(0, -COMMENT_SUFFIX.length))
      : undefined;
    if (commentOf && hasComment(commentOf)) {
      if (typeof value !== 'string' || value.length > OPEN_TEXT_MAX)
        errors.push({
          path: at(key),
          code: 'invalid_type',
          message: `must be text of at most ${OPEN_TEXT_MAX} characters`,
        });
      continue;
    }
    const q = byName.get(key);
    if (!q) {
      errors.push({
        path: at(key),
        code: 'unknown_question',
        message: `is not an additional question of the ${wave} survey`,
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    const why = misfit(q, value);
    if (why) errors.push({ path: at(key), code: 'out_of_range', message: why });
  }
  for (const { element: q, conditional } of questions) {
    if (q.isRequired === true && !conditional && !Object.hasOwn(extra, q.name!))
      errors.push({ path: at(q.name!), code: 'required', message: 'is required' });
  }
  return errors;
}
