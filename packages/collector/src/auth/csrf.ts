import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header the console sends with every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * The synchroniser token of a session (or a proxy-authenticated person): an HMAC of the secret
 * session id under the server's key, so it needs no storage and cannot be computed without the
 * session cookie's value (which a cross-site page can neither read nor set).
 */
export function csrfTokenFor(key: Buffer, binding: string): string {
  return createHmac('sha256', key).update(binding).digest('base64url');
}

export function csrfTokenMatches(key: Buffer, binding: string, presented: string | undefined) {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(key, binding));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Origin check: a browser always sends `Origin` on POST/PATCH/PUT/DELETE, so a missing one or one
 * from another origin is refused for cookie- or proxy-authenticated changes.
 */
export function originAllowed(origin: string | undefined, ownOrigins: ReadonlySet<string>) {
  return origin !== undefined && ownOrigins.has(origin);
}
