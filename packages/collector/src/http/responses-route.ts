import type { Context } from 'hono';
import { submitResponse } from '../domain/responses.js';
import type { Storage } from '../storage/storage.js';
import { invitationToken } from './invitation-header.js';
import { problem } from './problem.js';
import { oversizedFiles } from './file-limit.js';
import { BodyTooLargeError, isJsonContentType, readBodyLimited } from './read-body.js';
import { parseJsonText, RESPONSE_JSON_LIMITS } from './read-json.js';

/**
 * `POST /api/programmes/:id/responses`: the HTTP side (415, 413, JSON, reserved keys); the
 * domain's `submitResponse` does the rest (404, 401/403, 400, 409) and throws what the app maps.
 */
export async function receiveResponse(
  c: Context,
  storage: Storage,
  options: { maxBodyBytes: number; maxFileBytes?: number | undefined; now: () => Date },
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
        `a response must be at most ${options.maxBodyBytes} bytes${
          options.maxFileBytes === undefined
            ? ''
            : ` (each file in it at most ${options.maxFileBytes} bytes)`
        }`,
      );
    }
    if (error instanceof TypeError)
      return problem(c, 400, 'invalid_json', 'the body is not valid UTF-8', [
        { path: '', message: 'is not valid UTF-8' },
      ]);
    throw error;
  }

  const parsed = parseJsonText(text, RESPONSE_JSON_LIMITS);
  if (!parsed.ok) {
    const { code, error, errors } = parsed.refusal;
    return problem(c, 400, code, error, errors);
  }
  if (options.maxFileBytes !== undefined) {
    const tooLarge = oversizedFiles(parsed.value, options.maxFileBytes);
    if (tooLarge.length > 0)
      return problem(
        c,
        400,
        'file_too_large',
        `${tooLarge.map((f) => f.path).join(', ')}: larger than the ${options.maxFileBytes} bytes allowed per file`,
        tooLarge,
      );
  }
  const outcome = await submitResponse(
    storage,
    {
      programmeId: c.req.param('id') ?? '',
      body: parsed.value,
      invitationToken: invitationToken(c.req.header('authorization')),
    },
    options.now,
  );
  return c.json(outcome.receipt, outcome.kind === 'created' ? 201 : 200);
}
