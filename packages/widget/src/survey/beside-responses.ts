/**
 * The JSON of `GET …/<path>` next to a `…/responses` endpoint (the collector's routes for one
 * programme sit side by side). Undefined when the endpoint has another shape, the server does not
 * answer (or not in time, with `init.signal`) or the answer is not JSON: the callers then go on
 * without it, so a missing route never keeps a survey from starting.
 */
export async function readBesideResponses(
  endpoint: string,
  path: string,
  init: RequestInit,
  fetchImpl: typeof fetch = fetch,
): Promise<unknown> {
  const url = new URL(endpoint, globalThis.location?.href);
  if (!/\/responses\/?$/.test(url.pathname)) return undefined;
  url.pathname = url.pathname.replace(/\/responses\/?$/, `/${path}`);
  try {
    const res = await fetchImpl(url.href, {
      ...init,
      headers: { accept: 'application/json', ...(init.headers as Record<string, string>) },
      credentials: 'same-origin',
    });
    if (!res.ok) return undefined;
    return (await res.json()) as unknown;
  } catch {
    return undefined;
  }
}
