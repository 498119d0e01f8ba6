import type { Context } from 'hono';
import type { ReleaseSummary, StoredRelease } from '../storage/storage.js';

function releaseHeaders(release: ReleaseSummary, isPublic: boolean) {
  return {
    ETag: release.etag,
    'Cache-Control': isPublic ? 'public, no-cache' : 'private, no-cache',
    'Last-Modified': new Date(release.createdAt).toUTCString(),
    'Genbridge-Release': String(release.number),
  };
}

/** A 304 when the request's If-None-Match names this release; else undefined. */
export function notModified(
  c: Context,
  release: ReleaseSummary,
  isPublic: boolean,
): Response | undefined {
  const match = c.req.header('if-none-match');
  if (!match || !match.split(',').some((t) => t.trim() === release.etag || t.trim() === '*'))
    return undefined;
  return c.body(null, 304, releaseHeaders(release, isPublic));
}

/**
 * Sends a stored release as it was released, with its ETag. Nothing is scored or parsed per
 * request.
 */
export function storedReport(c: Context, release: StoredRelease, isPublic: boolean): Response {
  return c.body(release.report, 200, {
    ...releaseHeaders(release, isPublic),
    'Content-Type': 'application/json',
  });
}
