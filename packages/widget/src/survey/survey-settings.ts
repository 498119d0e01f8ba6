import { SurveyPrivacy } from '@genbridge/schema';

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
  const url = new URL(endpoint, globalThis.location?.href);
  if (!/\/responses\/?$/.test(url.pathname)) return undefined;
  url.pathname = url.pathname.replace(/\/responses\/?$/, '/survey-settings');
  try {
    const res = await fetchImpl(url.href, {
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
      signal: AbortSignal.timeout(SETTINGS_DEADLINE_MS),
    });
    if (!res.ok) return undefined;
    const body = (await res.json()) as { privacy?: unknown } | null;
    const parsed = SurveyPrivacy.safeParse(body?.privacy);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
