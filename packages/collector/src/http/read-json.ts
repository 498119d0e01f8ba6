import type { Context } from 'hono';
import { problem } from './problem.js';
import { BodyTooLargeError, isJsonContentType, readBodyLimited } from './read-body.js';

/** Reads a JSON request body for the admin API, or returns the error answer (415, 413, 400). */
export async function readJsonBody(
  c: Context,
  maxBytes: number,
): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  if (!isJsonContentType(c.req.header('content-type'))) {
    return {
      ok: false,
      response: problem(
        c,
        415,
        'unsupported_media_type',
        'send JSON with "Content-Type: application/json"',
      ),
    };
  }
  let text: string;
  try {
    text = await readBodyLimited(c.req.raw, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return {
        ok: false,
        response: problem(
          c,
          413,
          'payload_too_large',
          `the body must be at most ${maxBytes} bytes`,
        ),
      };
    }
    return { ok: false, response: problem(c, 400, 'invalid_json', 'the body is not valid UTF-8') };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'cannot be parsed';
    return {
      ok: false,
      response: problem(c, 400, 'invalid_json', 'the body is not valid JSON', [
        { path: '', message: `is not valid JSON (${reason})` },
      ]),
    };
  }
}
