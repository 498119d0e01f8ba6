import { formatIssues, Instrument } from '@genbridge/schema';
import type { FieldProblem } from './api.js';

/** An uploaded instrument, checked before it is sent: the instrument, or problems named by path. */
export function readInstrument(
  text: string,
): { ok: true; instrument: Instrument } | { ok: false; errors: FieldProblem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: (error as Error).message }] };
  }
  const parsed = Instrument.safeParse(json);
  if (parsed.success) return { ok: true, instrument: parsed.data };
  return { ok: false, errors: formatIssues(parsed.error) };
}
