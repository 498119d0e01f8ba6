import { validateResponse, type Instrument, type SurveyResponse } from '@genbridge/schema';
import { InputError, ProblemList } from './input-error.js';
import { isMissingItemOnly } from './missing-items.js';

/**
 * Reads a JSON array of `SurveyResponse` (what the collector exports), checking each with
 * `validateResponse` (unanswered items allowed, as for CSV). Problems name the file, the row
 * (position in the array, from 1) and the field path.
 */
export function responsesFromJson(
  text: string,
  instrument: Instrument,
  options: { fileName?: string } = {},
): SurveyResponse[] {
  const file = options.fileName ?? 'input.json';
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new InputError([
      { file, row: 1, column: '', message: `is not valid JSON (${(cause as Error).message})` },
    ]);
  }
  if (!Array.isArray(data))
    throw new InputError([
      { file, row: 1, column: '', message: 'must be a JSON array of responses' },
    ]);
  const problems = new ProblemList();
  const out: SurveyResponse[] = [];
  data.forEach((item: unknown, index) => {
    const result = validateResponse(item, instrument);
    if (result.success) {
      out.push(result.data);
      return;
    }
    const real = result.errors.filter((e) => !isMissingItemOnly(e));
    if (real.length === 0) out.push(item as SurveyResponse);
    for (const e of real)
      problems.add({ file, row: index + 1, column: e.path, message: e.message });
  });
  problems.throwIfAny();
  return out;
}
