import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One field-level problem, in `@genbridge/schema`'s FieldError shape. */
export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Every error answer has the same shape: `{ error, code, errors? }`. `error` is a sentence for a
 * person, `code` is stable for programs, `errors` lists field problems (what `<genbridge-survey>` shows).
 */
export function problem(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  error: string,
  errors?: FieldProblem[],
): Response {
  return c.json(errors ? { error, code, errors } : { error, code }, status);
}
