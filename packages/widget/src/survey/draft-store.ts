import { localStore } from './local-store.js';

/** Answers in progress, kept until the server acknowledged the submission. */
export interface Draft {
  v: 1;
  /** Fixed when the person starts, so a retried submission keeps its idempotency key. */
  responseId: string;
  startedAt: string;
  /** The participant code in use (given by the page or self-generated). */
  participant: string;
  data: Record<string, unknown>;
  pageNo: number;
  /** Set once the response was built and handed to the outbox; the draft then only awaits the ack. */
  completedAt?: string;
}

/**
 * One draft per programme, wave and participant. Without a given participant (self-generated code)
 * the slot is `~self`: the code then lives only as long as the draft, so a shared computer does not
 * hand one person's code to the next once the answers were delivered.
 */
export function draftKey(programme: string, wave: string, participant: string | undefined): string {
  return `genbridge:draft:v1:${programme}:${wave}:${participant ?? '~self'}`;
}

export function loadDraft(key: string): Draft | undefined {
  const d = localStore.get<Draft>(key);
  return d && d.v === 1 && typeof d.responseId === 'string' && typeof d.data === 'object'
    ? d
    : undefined;
}

export const saveDraft = (key: string, draft: Draft): boolean => localStore.set(key, draft);
export const clearDraft = (key: string): void => localStore.remove(key);
