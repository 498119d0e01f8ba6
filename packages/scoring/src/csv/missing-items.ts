import type { FieldError } from '@genbridge/schema';

/**
 * `validateResponse` requires every item (the survey makes them required), but files from other
 * tools may leave items blank; scoring handles those with the minimum item share, so "is required"
 * on an answer is not an input error for the CLI.
 */
export function isMissingItemOnly(e: FieldError): boolean {
  return e.path.startsWith('answers.') && e.code === 'required';
}
