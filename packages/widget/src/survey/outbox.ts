import type { Wave } from '@genbridge/schema';
import type { SealedToken } from './invitation.js';
import { localStore } from './local-store.js';
import { outboxMirror } from './outbox-mirror.js';

/** A completed response waiting for the server's acknowledgement. */
export interface OutboxEntry {
  endpoint: string;
  /** Idempotency key: the collector (or any endpoint following the same rule) stores it once. */
  responseId: string;
  wave: Wave;
  /** The JSON body: a `SurveyResponse`, or a plain survey's submission. */
  body: unknown;
  /** Failed attempts so far. */
  attempts: number;
  /** Refusals (4xx) and, while online, unreachable-server failures in a row (CORS, wrong URL). */
  hardFailures?: number;
  /** Earliest time (ms since epoch) for the next automatic attempt. */
  nextAttemptAt: number;
  /** The draft to clear once acknowledged. */
  draftKey: string;
  /** The invitation to send it with: its hash, and the token sealed (see `invitation.ts`). */
  invitation?: { hash: string; sealed?: SealedToken };
}

// One list for the whole origin: a response queued by one page is delivered by whichever
// Genbridge element loads next on the origin.
const KEY = 'genbridge:outbox:v1';

/** Entries written by earlier versions carried `response` instead of `body`/`responseId`/`wave`. */
function normalise(e: unknown): OutboxEntry | undefined {
  if (!e || typeof e !== 'object') return undefined;
  const entry = e as Partial<OutboxEntry> & { response?: { responseId?: unknown; wave?: unknown } };
  if (typeof entry.endpoint !== 'string') return undefined;
  if (typeof entry.responseId === 'string' && 'body' in entry) return entry as OutboxEntry;
  const r = entry.response;
  if (r && typeof r.responseId === 'string') {
    const { response, ...rest } = entry;
    return {
      ...rest,
      responseId: r.responseId,
      wave: r.wave === 'exit' ? 'exit' : 'baseline',
      body: response,
    } as OutboxEntry;
  }
  return undefined;
}

const read = (): OutboxEntry[] => {
  const list = localStore.get<unknown[]>(KEY);
  return Array.isArray(list)
    ? list.map(normalise).filter((e): e is OutboxEntry => e !== undefined)
    : [];
};

export const outbox = {
  entries(endpoint?: string): OutboxEntry[] {
    return read().filter((e) => endpoint === undefined || e.endpoint === endpoint);
  },
  get(responseId: string): OutboxEntry | undefined {
    return read().find((e) => e.responseId === responseId);
  },
  /** Adds or replaces (by responseId), so enqueuing twice never sends twice. */
  put(entry: OutboxEntry): boolean {
    const list = read().filter((e) => e.responseId !== entry.responseId);
    list.push(entry);
    // The copy the optional service worker reads (it cannot read localStorage).
    void outboxMirror.put(entry);
    return localStore.set(KEY, list);
  },
  remove(responseId: string): void {
    void outboxMirror.remove(responseId);
    const list = read();
    const rest = list.filter((e) => e.responseId !== responseId);
    if (rest.length === 0) localStore.remove(KEY);
    else if (rest.length !== list.length) localStore.set(KEY, rest);
  },
};
