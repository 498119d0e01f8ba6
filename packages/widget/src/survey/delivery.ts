import { readBesideResponses } from './beside-responses.js';
/** What one POST attempt came to. */
export type DeliveryResult =
  | { kind: 'ack'; status: number }
  | {
      kind: 'retry';
      reason: 'network' | 'server' | 'rate-limited';
      status?: number;
      message: string;
      retryAfterMs?: number;
    }
  | { kind: 'rejected'; status: number; code?: string; message: string };

/** 1, 2, 4, 8 … seconds, capped: a flaky line recovers fast, a long outage is not hammered. */
export function backoffMs(attempt: number, capMs = 60_000): number {
  return Math.min(capMs, 1000 * 2 ** Math.max(0, attempt - 1));
}

function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

/**
 * The collector answers `{ error, code, errors: [{ path, code, message }] }`. Kept for the
 * `genbridge-submit-error` event (developers); the participant is shown a plain sentence instead.
 */
async function serverProblem(res: Response): Promise<{ message: string; code?: string }> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as {
      error?: unknown;
      code?: unknown;
      message?: unknown;
      errors?: { path?: unknown; message?: unknown }[];
    };
    const code = typeof body.code === 'string' ? body.code : undefined;
    const withCode = (message: string) => (code ? { message, code } : { message });
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      return withCode(
        body.errors
          .map((e) => (e.path ? `${String(e.path)}: ${String(e.message)}` : String(e.message)))
          .join('; '),
      );
    }
    if (typeof body.error === 'string') return withCode(body.error);
    if (typeof body.message === 'string') return withCode(body.message);
  } catch {
    // not JSON: fall through to the text
  }
  return { message: text.trim().slice(0, 300) || `HTTP ${res.status} ${res.statusText}`.trim() };
}

/** `Authorization: Invitation <token>` (contract 4) when the response belongs to an invitation. */
export const invitationHeaders = (token: string | undefined): Record<string, string> =>
  token ? { authorization: `Invitation ${token}` } : {};

/**
 * POSTs the body as JSON. 2xx is an acknowledgement (the collector answers a duplicate
 * `responseId` with success too); 429, 5xx and network failures are worth retrying; any other 4xx
 * means the data itself was refused and retrying cannot help.
 */
export async function deliver(
  endpoint: string,
  body: unknown,
  invitation?: string,
  fetchImpl: typeof fetch = fetch,
): Promise<DeliveryResult> {
  let res: Response;
  try {
    res = await fetchImpl(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...invitationHeaders(invitation),
      },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (err) {
    return {
      kind: 'retry',
      reason: 'network',
      message: err instanceof Error ? err.message : String(err),
    };
  }
  if (res.ok) {
    void res.body?.cancel().catch(() => undefined);
    return { kind: 'ack', status: res.status };
  }
  const { message, code } = await serverProblem(res);
  if (res.status === 429) {
    const after = retryAfterMs(res.headers.get('retry-after'));
    return {
      kind: 'retry',
      reason: 'rate-limited',
      status: 429,
      message,
      ...(after === undefined ? {} : { retryAfterMs: after }),
    };
  }
  if (res.status >= 500 || res.status === 408)
    return { kind: 'retry', reason: 'server', status: res.status, message };
  return { kind: 'rejected', status: res.status, ...(code ? { code } : {}), message };
}

/** What the collector knows about an invitation's waves (contract 4): server receive times. */
export type InvitationStatus = Partial<Record<'baseline' | 'exit', { submittedAt: string } | null>>;

/**
 * `GET …/invitation/status` next to a `…/responses` endpoint. Undefined when the endpoint has
 * another shape, the server does not answer or the answer is not the expected JSON: the survey
 * then simply starts.
 */
export async function invitationStatus(
  endpoint: string,
  token: string,
  fetchImpl: typeof fetch = fetch,
): Promise<InvitationStatus | undefined> {
  const body = await readBesideResponses(
    endpoint,
    'invitation/status',
    { headers: invitationHeaders(token), cache: 'no-store' },
    fetchImpl,
  );
  return body && typeof body === 'object' ? (body as InvitationStatus) : undefined;
}
