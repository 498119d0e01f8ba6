import { formatIssues, ValidationError } from './field-error.js';
import { Instrument } from './instrument.js';

/**
 * Parses an instrument written in JSON or TypeScript (defaults applied) and throws a
 * `ValidationError` naming every invalid field. Use `Instrument.safeParse` to avoid throwing.
 */
export function parseInstrument(input: unknown): Instrument {
  const result = Instrument.safeParse(input);
  if (!result.success)
    throw new ValidationError('invalid instrument', formatIssues(result.error, input));
  return result.data;
}
