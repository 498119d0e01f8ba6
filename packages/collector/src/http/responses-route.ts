import type { Context } from 'hono';
import { validateResponse } from '@genbridge/schema';
import type { Storage } from '../storage/storage.js';
import { canonicalJson } from './canonical-json.js';
import { problem } from './problem.js';
import { BodyTooLargeError, isJsonContentType, readBodyLimited } from './read-body.js';
import { parseJsonText, RESPONSE_JSON_LIMITS } from './read-json.js';

/**
 * `POST /api/programmes/:id/responses`. Checks run cheapest first (415, 413, 404, 400, 409) and
 * nothing is written unless the whole response is valid. The answer is sent only after the
 * storage has committed the row.
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

  const programmeId = c.req.param('id') ?? '';
  const programme = await storage.getProgramme(programmeId);
  if (!programme)
    return problem(c, 404, 'programme_not_found', `there is no programme "${programmeId}"`);

  const parsed = parseJsonText(text, RESPONSE_JSON_LIMITS);
  if (!parsed.ok) {
    const { code, error, errors } = parsed.refusal;
    return problem(c, 400, code, error, errors);
  }
  const input = parsed.value;
  const result = validateResponse(input, programme.instrument);
  if (!result.success) {
    return problem(c, 400, 'invalid_response', 'the response is not valid', result.errors);
  }
  const response = result.data;
  if (response.programmeId !== programme.id) {
    return problem(c, 400, 'invalid_response', 'the response is not valid', [
      { path: 'programmeId', message: `must be "${programme.id}", the programme in the URL` },
    ]);
  }
  const canonical = canonicalJson(response);

  if (programme.status === 'closed') {
    // A client retrying a response we stored while the programme was open still gets its receipt.
    const earlier = await storage.getReceipt(response.responseId);
    if (earlier && earlier.programmeId === programme.id) {
      const outcome = await storage.insertResponse(
        response,
        canonical,
        options.now().toISOString(),
      );
      if (outcome.kind === 'duplicate') return c.json(outcome.receipt, 200);
    }
    return problem(
      c,
      409,
      'programme_closed',
      `programme "${programme.id}" is closed and accepts no more responses`,
    );
  }

  const outcome = await storage.insertResponse(response, canonical, options.now().toISOString());
  switch (outcome.kind) {
    case 'closed':
      return problem(
        c,
        409,
        'programme_closed',
        `programme "${programme.id}" is closed and accepts no more responses`,
      );
    case 'created':
      return c.json(outcome.receipt, 201);
    case 'duplicate':
      return c.json(outcome.receipt, 200);
    case 'conflict':
      return problem(
        c,
        409,
        'response_id_conflict',
        'this responseId was already used for a different response',
        [
          {
            path: 'responseId',
            message: 'is already used by a different response; generate a new UUID',
          },
        ],
      );
  }
}
