import {
  fromSurveyData,
  ValidationError,
  type FieldError,
  type SurveyResponse,
} from '@genbridge/schema';

// The default instrument is parsed (validated) here, the first time a response is built.
export { defaultInstrument } from '@genbridge/schema';

/**
 * A Genbridge response from survey data, or the field problems that keep it from being one. A chunk
 * of its own (with the response schema's validators), loaded when the participant submits and
 * fetched ahead once the survey is idle, so a submission works offline.
 */
export function responseFromSurvey(
  ...args: Parameters<typeof fromSurveyData>
): SurveyResponse | FieldError[] {
  try {
    return fromSurveyData(...args);
  } catch (err) {
    if (err instanceof ValidationError) return err.errors;
    throw err;
  }
}
