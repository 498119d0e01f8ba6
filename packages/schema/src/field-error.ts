import { z } from './zod.js';

/**
 * What kind of problem a {@link FieldError} is, stable for programs: decide on the code, never on
 * the message text (messages are English sentences for people and may be reworded).
 */
export const FieldErrorCode = z.enum([
  /** The field is missing. */
  'required',
  /** Wrong JSON type (a string where a number belongs). */
  'invalid_type',
  'too_small',
  'too_big',
  /** Not one of the allowed values. */
  'invalid_value',
  /** A string in the wrong format (date-time, UUID, code pattern). */
  'invalid_format',
  /** A key the schema does not know. */
  'unknown_field',
  /** An answer key that is not an item / additional question of the instrument. */
  'unknown_question',
  /** An answer outside the instrument's scale or a question's choices. */
  'out_of_range',
  /** Instrument id/version, locale or programme that does not match what it refers to. */
  'mismatch',
  /** Anything else our own rules refuse (the message says which rule). */
  'rule',
  /** The input could not be read at all (hostile getters, not an object). */
  'unreadable',
]);
export type FieldErrorCode = z.infer<typeof FieldErrorCode>;

/** One problem with an input: where (`answers.dc_3`, `''` for the whole input), what kind and why. */
export const FieldError = z.object({
  /** Dot-joined path to the offending field; empty for the input as a whole. */
  path: z.string(),
  /**
   * The kind of problem; programs branch on this, never on `message`. Every error `@genbridge/schema`
   * produces has one; optional so that services can still add their own `{ path, message }`.
   */
  code: z.optional(FieldErrorCode),
  /** Reads as a sentence after the path: "must be an integer from 1 to 5". */
  message: z.string(),
});
export type FieldError = z.infer<typeof FieldError>;

type Issue = z.core.$ZodIssue;

/** The path does not exist in the input. */
const UNSET = Symbol('unset');
/** The caller did not pass the input, so nothing is known about the value. */
const NOT_GIVEN = Symbol('not given');

/**
 * Joins a path into `answers.dc_3` / `constructs.0.items.2.reverse`. Keys that would be ambiguous
 * after a dot (empty, spaces, dots, quotes) are quoted: `answers["my key"]`, `[""]`.
 */
export function joinPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    const key = typeof segment === 'symbol' ? (segment.description ?? 'symbol') : String(segment);
    if (/^[\w$-]+$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

const TYPE_NAMES: Record<string, string> = {
  int: 'integer',
  object: 'object',
  array: 'array',
  string: 'string',
  number: 'number',
  boolean: 'boolean',
};

// Zod's built-in messages start with a capitalised category ("Invalid input: …", "Too small: …");
// our own schema messages are lower-case sentences and are kept as written.
const isZodDefault = (message: string) =>
  /^(Invalid|Too (small|big)|Unrecognized|Expected)\b/.test(message);

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'a fraction';
  if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
  return typeof value === 'object' ? 'an object' : typeof value;
}

function bound(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const limit = String(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  const word =
    issue.code === 'too_small'
      ? inclusive
        ? 'at least'
        : 'greater than'
      : inclusive
        ? 'at most'
        : 'less than';
  switch (issue.origin) {
    case 'string':
      return `must be ${word} ${limit} ${limit === '1' ? 'character' : 'characters'} long`;
    case 'array':
    case 'set':
      return `must have ${word} ${limit} ${limit === '1' ? 'entry' : 'entries'}`;
    default:
      return `must be ${word} ${limit}`;
  }
}

function describe(issue: Issue, at: unknown): string {
  if ((at === undefined || at === UNSET) && issue.code !== 'custom' && issue.code !== 'invalid_key')
    return 'is required';
  if (!isZodDefault(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      if (receivedUndefined(issue)) return 'is required';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const received = /received (\w+)$/.exec(issue.message)?.[1];
      const got = at !== UNSET && at !== NOT_GIVEN ? describeValue(at) : received;
      return `must be ${article(expected)}${got ? ` (got ${got})` : ''}`;
    }
    case 'too_small':
    case 'too_big':
      return bound(issue);
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'must be an ISO 8601 date-time'
        : `must be a valid ${issue.format}`;
    case 'invalid_key':
      return `is not an allowed key${issue.issues[0] ? `: ${describe(issue.issues[0], NOT_GIVEN)}` : ''}`;
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}

// Zod's issue for an absent value when the input itself was not passed to formatIssues.
const receivedUndefined = (issue: Issue) =>
  issue.code === 'invalid_type' && /received undefined$/.test(issue.message);

function codeOf(issue: Issue, at: unknown): FieldErrorCode {
  if (receivedUndefined(issue)) return 'required';
  if ((at === undefined || at === UNSET) && issue.code !== 'custom' && issue.code !== 'invalid_key')
    return 'required';
  switch (issue.code) {
    case 'invalid_type':
    case 'too_small':
    case 'too_big':
    case 'invalid_value':
    case 'invalid_format':
      return issue.code;
    case 'invalid_key':
    case 'invalid_union':
      return 'invalid_value';
    default:
      return 'rule';
  }
}

/** The input's own value at `path`, or UNSET when some step of the path does not exist. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return UNSET;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Turns a zod error into one human-readable {@link FieldError} per problem, e.g.
 * `{ path: 'answers.dc_3', message: 'must be an integer (got string)' }`. Unknown keys of strict
 * objects are reported one per key (`feedback.colour: is not a known field`). Pass the parsed
 * `input` too and a field that is absent is reported as `is required` whatever its schema.
 */
export function formatIssues(
  error: Pick<z.core.$ZodError, 'issues'>,
  input?: unknown,
): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        out.push({
          path: joinPath([...issue.path, key]),
          code: 'unknown_field',
          message: 'is not a known field',
        });
      continue;
    }
    const at =
      input === undefined
        ? NOT_GIVEN
        : issue.path.length === 0
          ? input
          : valueAt(input, issue.path);
    const message = describe(issue, at);
    out.push({ path: joinPath(issue.path), code: codeOf(issue, at), message });
  }
  return out;
}

/** `answers.dc_3: must be an integer from 1 to 5` (just the message when the path is empty). */
export function formatFieldError(error: {
  path: string;
  message: string;
  code?: FieldErrorCode;
}): string {
  return error.path ? `${error.path}: ${error.message}` : error.message;
}

/** An error carrying every {@link FieldError} found; its message lists them one per line. */
export class ValidationError extends Error {
  readonly errors: FieldError[];
  /** @param subject what was invalid, e.g. "invalid instrument" */
  constructor(subject: string, errors: FieldError[]) {
    super(`${subject}:\n${errors.map((e) => `  ${formatFieldError(e)}`).join('\n')}`);
    this.name = 'ValidationError';
    this.errors = errors;
  }
}
