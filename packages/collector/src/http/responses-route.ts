import type { Context } from 'hono';
import { submitResponse } from '../domain/responses.js';
import type { Storage } from '../storage/storage.js';
import { invitationToken } from './invitation-header.js';
import { problem } from './problem.js';
import { BodyTooLargeError, isJsonContentType, readBodyLimited } from './read-body.js';
import { reservedKeyPaths } from './reserved-keys.js';

/**
 * `POST /api/programmes/:id/responses`: the HTTP side (415, 413, JSON, reserved keys); the
 * domain's `submitResponse` does the rest (404, 401/403, 400, 409) and throws what the app maps.
 */
export async function receiveResponse(
  c: Context,
  storage: Storage,
  options: { maxBodyBytes: number; now: () => Date },
) {
  if (!isJsonContentType(c.req.header('content-type'))) {
    return problem(
      c,
      415,
      'unsupported_media_type',
      'send the response as JSON with "Content-Type: application/json"',
    );
  }
  let text: string;
  try {
    text = await readBodyLimited(c.req.raw, options.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return problem(
        c,
        413,
        'payload_too_large',
        `a response must be at most ${options.maxBodyBytes} bytes`,
      );
    }
    if (error instanceof TypeError)
      return problem(c, 400, 'invalid_json', 'the body is not valid UTF-8', [
        { path: '', message: 'is not valid UTF-8' },
      ]);
    throw error;
  }

  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'cannot be parsed';
    return problem(c, 400, 'invalid_json', 'the body is not valid JSON', [
      { path: '', message: `is not valid JSON (${reason})` },
    ]);
  }
  const reserved = reservedKeyPaths(input);
  if (reserved.length > 0) {
    return problem(
      c,
      400,
      'invalid_response',
      'the response is not valid',
      reserved.map((path) => ({ path, message: 'is a reserved key and not allowed' })),
    );
  }
  const outcome = await submitResponse(
    storage,
    {
      programmeId: c.req.param('id') ?? '',
      body: input,
      invitationToken: invitationToken(c.req.header('authorization')),
    },
    options.now,
  );
  return c.json(outcome.receipt, outcome.kind === 'created' ? 201 : 200);
}
