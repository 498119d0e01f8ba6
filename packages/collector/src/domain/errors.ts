import type { FieldError } from '@genbridge/schema';

/**
 * What went wrong, in domain terms. Only the HTTP layer turns a kind into a status code; the CLI
 * prints the message. `code` is stable for programs, `message` is a sentence for a person.
 */
export type DomainErrorKind =
  /** The input is not valid (names the fields). */
  | 'invalid'
  | 'not_found'
  /** The request contradicts the stored state (duplicate id, instrument locked, closed programme, refused release). */
  | 'conflict'
  /** A credential is needed and none was given. */
  | 'unauthenticated'
  /** The credential given does not allow this. */
  | 'forbidden';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const programmeNotFound = (id: string) =>
  new DomainError('not_found', 'programme_not_found', `there is no programme "${id}"`);
