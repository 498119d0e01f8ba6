import { SurveyPrivacy } from '@genbridge/schema';
import { readBesideResponses } from './beside-responses.js';

/** A slow collector must not keep the survey from starting: it then starts with the general hint. */
const SETTINGS_DEADLINE_MS = 4000;

/**
 * The programme's settings for open answers (`GET …/survey-settings` next to a `…/responses`
 * endpoint), so the survey tells participants what the programme really does with them. Undefined
 * when the endpoint has another shape, the server does not answer in time, or the answer is not a
 * valid `SurveyPrivacy`: the survey's hint then promises nothing it cannot know.
 */
export async function surveyPrivacy(
  endpoint: string | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<SurveyPrivacy | undefined> {
  if (!endpoint) return undefined;
  const body = (await readBesideResponses(
    endpoint,
    'survey-settings',
    { signal: AbortSignal.timeout(SETTINGS_DEADLINE_MS) },
    fetchImpl,
  )) as { privacy?: unknown } | null | undefined;
  const parsed = SurveyPrivacy.safeParse(body?.privacy);
  return parsed.success ? parsed.data : undefined;
}
