import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { DomainError, DomainErrorKind } from '../domain/errors.js';
import { problem } from './problem.js';

const STATUS: Record<DomainErrorKind, ContentfulStatusCode> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

/** The one place a domain error becomes an HTTP answer. */
export function domainProblem(c: Context, error: DomainError): Response {
  if (error.kind === 'unauthenticated' && error.code === 'invitation_required')
    c.header('WWW-Authenticate', 'Invitation realm="genbridge"');
  return problem(c, STATUS[error.kind], error.code, error.message, error.errors);
}
