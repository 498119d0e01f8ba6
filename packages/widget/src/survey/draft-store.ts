import { localStore } from './local-store.js';

/** Answers in progress, kept until the server acknowledged the submission. */
export interface Draft {
  v: 2;
  /** Fixed when the person starts, so a retried submission keeps its idempotency key. */
  responseId: string;
  startedAt: string;
  /** The participant code in use (given by the page or self-generated; empty with an invitation). */
  participant: string;
  data: Record<string, unknown>;
  pageNo: number;
  /** Set once the response was built and handed to the outbox; the draft then only awaits the ack. */
  completedAt?: string;
  /** Times the server refused this draft's answers; the second refusal sends the person to the team. */
  refusals?: number;
}

/** Who answers: a given code, an invitation (by its hash, never the token) or a self-generated code. */
export type DraftOwner = { participant: string } | { invitationHash: string } | { self: true };

const ownerSlot = (o: DraftOwner): string =>
  'participant' in o ? o.participant : 'invitationHash' in o ? `inv-${o.invitationHash}` : '~self';

/**
 * One draft per programme, wave, survey and person. `survey` is the survey's identity
 * (`id@version` or a hash of its JSON), so answers are never restored into another survey. Without
 * a given participant or invitation (self-generated code) the slot is `~self`: the code then lives
 * only as long as the draft, so a shared computer does not hand one person's code to the next.
 */
export function draftKey(
  programme: string,
  wave: string,
  survey: string,
  owner: DraftOwner,
): string {
  return `genbridge:draft:v2:${programme}:${wave}:${survey}:${ownerSlot(owner)}`;
}

export function loadDraft(key: string): Draft | undefined {
  const d = localStore.get<Draft>(key);
  return d && d.v === 2 && typeof d.responseId === 'string' && typeof d.data === 'object'
    ? d
    : undefined;
}

export const saveDraft = (key: string, draft: Draft): boolean => localStore.set(key, draft);
export const clearDraft = (key: string): void => localStore.remove(key);

/** That a survey was delivered, and when: no answers, so "already completed on …" can be said. */
export interface Completion {
  submittedAt: string;
  responseId: string;
}

const completionKey = (draft: string) => draft.replace(/^genbridge:draft:/, 'genbridge:done:');

/**
 * Remembers a delivery. Not for self-generated codes: on a shared computer the next person would
 * be told they had already answered.
 */
export function saveCompletion(draft: string, completion: Completion): void {
  if (draft.endsWith(':~self')) return;
  localStore.set(completionKey(draft), completion);
}

export function loadCompletion(draft: string): Completion | undefined {
  const c = localStore.get<Completion>(completionKey(draft));
  return c && typeof c.submittedAt === 'string' ? c : undefined;
}

export const clearCompletion = (draft: string): void => localStore.remove(completionKey(draft));
