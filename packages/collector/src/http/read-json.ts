import type { Context } from 'hono';
import { problem, type FieldProblem } from './problem.js';
import { BodyTooLargeError, isJsonContentType, readBodyLimited } from './read-body.js';
import { reservedKeyPaths } from './reserved-keys.js';
import { normaliseText } from './text-normalisation.js';

/** Shape limits checked on the raw text before anything walks the parsed tree. */
export interface JsonLimits {
  /** Deepest nesting of objects and arrays. */
  maxDepth: number;
  /** Most object keys in the whole document. */
  maxKeys: number;
}

/** A survey response is at most 5 levels deep and has about 60 keys; these leave wide room. */
export const RESPONSE_JSON_LIMITS: JsonLimits = { maxDepth: 32, maxKeys: 1000 };
/** Programme documents carry a whole instrument with its translations. */
export const ADMIN_JSON_LIMITS: JsonLimits = { maxDepth: 32, maxKeys: 20_000 };

/** Why a body was refused: a stable code, a sentence, and the field problems. */
export interface JsonRefusal {
  code: 'invalid_json' | 'json_too_deep' | 'json_too_many_keys' | 'invalid_text' | 'reserved_key';
  error: string;
  errors: FieldProblem[];
}

/**
 * One linear pass over the text that counts nesting depth and keys, stopping at the first
 * character past a limit, so a hostile body costs at most one scan of its bytes. Strings are
 * skipped with their escapes; anything malformed is left for JSON.parse to name.
 */
export function jsonShapeRefusal(text: string, limits: JsonLimits): JsonRefusal | undefined {
  let depth = 0;
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */) i++;
        else if (c === 0x22) break;
      }
    } else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      if (++depth > limits.maxDepth) {
        return {
          code: 'json_too_deep',
          error: `the body is nested deeper than ${limits.maxDepth} levels`,
          errors: [
            {
              path: '',
              message: `is nested deeper than ${limits.maxDepth} levels (at character ${i})`,
            },
          ],
        };
      }
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) {
      depth--;
    } else if (ch === 0x3a /* : */ && ++keys > limits.maxKeys) {
      return {
        code: 'json_too_many_keys',
        error: `the body has more than ${limits.maxKeys} keys`,
        errors: [{ path: '', message: `has more than ${limits.maxKeys} keys` }],
      };
    }
  }
  return undefined;
}

/**
 * Parses request JSON safely: shape limits first, then JSON.parse, then reserved keys refused and
 * every string checked and NFC-normalised (see {@link normaliseText}). Every refusal is a 400.
 */
export function parseJsonText(
  text: string,
  limits: JsonLimits,
): { ok: true; value: unknown } | { ok: false; refusal: JsonRefusal } {
  const shape = jsonShapeRefusal(text, limits);
  if (shape) return { ok: false, refusal: shape };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof SyntaxError ? error.message : 'cannot be parsed';
    return {
      ok: false,
      refusal: {
        code: 'invalid_json',
        error: 'the body is not valid JSON',
        errors: [{ path: '', message: `is not valid JSON (${reason})` }],
      },
    };
  }
  const reserved = reservedKeyPaths(parsed);
  if (reserved.length > 0) {
    return {
      ok: false,
      refusal: {
        code: 'reserved_key',
        error: 'the body uses reserved keys',
        errors: reserved.map((path) => ({ path, message: 'is a reserved key and not allowed' })),
      },
    };
  }
  const text_ = normaliseText(parsed);
  if (!text_.ok) {
    return {
      ok: false,
      refusal: {
        code: 'invalid_text',
        error: 'the body contains text that cannot be stored faithfully',
        errors: text_.problems,
      },
    };
  }
  return { ok: true, value: text_.value };
}

/** Reads a JSON request body for the admin API, or returns the error answer (415, 413, 400). */
export async function readJsonBody(
  c: Context,
  maxBytes: number,
  limits: JsonLimits = ADMIN_JSON_LIMITS,
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
  const parsed = parseJsonText(text, limits);
  if (!parsed.ok) {
    const { code, error, errors } = parsed.refusal;
    return { ok: false, response: problem(c, 400, code, error, errors) };
  }
  return parsed;
}
