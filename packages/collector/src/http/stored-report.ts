import type { Context } from 'hono';
import type { StoredRelease } from '../storage/storage.js';

/**
 * Sends a stored release as it was released, with its ETag; a matching If-None-Match gets 304.
 * Nothing is scored or parsed per request.
 */
export function storedReport(c: Context, release: StoredRelease, isPublic: boolean): Response {
  const headers = {
    ETag: release.etag,
    'Cache-Control': isPublic ? 'public, no-cache' : 'private, no-cache',
    'Last-Modified': new Date(release.createdAt).toUTCString(),
    'Genbridge-Release': String(release.number),
  };
  const match = c.req.header('if-none-match');
  if (match && match.split(',').some((t) => t.trim() === release.etag || t.trim() === '*'))
    return c.body(null, 304, headers);
  return c.body(release.report, 200, { ...headers, 'Content-Type': 'application/json' });
}
