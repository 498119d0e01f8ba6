import type { SurveyResponse } from '@genbridge/schema';
import { localStore } from './local-store.js';

/** A completed response waiting for the server's acknowledgement. */
export interface OutboxEntry {
  endpoint: string;
  response: SurveyResponse;
  /** Failed attempts so far. */
  attempts: number;
  /** Earliest time (ms since epoch) for the next automatic attempt. */
  nextAttemptAt: number;
  /** The draft to clear once acknowledged. */
  draftKey: string;
}

// One list for the whole origin: a response queued by one page is delivered by whichever page with
// the same endpoint loads next.
const KEY = 'genbridge:outbox:v1';

const read = (): OutboxEntry[] => {
  const list = localStore.get<OutboxEntry[]>(KEY);
  return Array.isArray(list)
    ? list.filter((e) => e && typeof e.endpoint === 'string' && e.response?.responseId)
    : [];
};

export const outbox = {
  entries(endpoint?: string): OutboxEntry[] {
    return read().filter((e) => endpoint === undefined || e.endpoint === endpoint);
  },
  get(responseId: string): OutboxEntry | undefined {
    return read().find((e) => e.response.responseId === responseId);
  },
  /** Adds or replaces (by responseId), so enqueuing twice never sends twice. */
  put(entry: OutboxEntry): boolean {
    const list = read().filter((e) => e.response.responseId !== entry.response.responseId);
    list.push(entry);
    return localStore.set(KEY, list);
  },
  remove(responseId: string): void {
    const list = read();
    const rest = list.filter((e) => e.response.responseId !== responseId);
    if (rest.length === 0) localStore.remove(KEY);
    else if (rest.length !== list.length) localStore.set(KEY, rest);
  },
};
