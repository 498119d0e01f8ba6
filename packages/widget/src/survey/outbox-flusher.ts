/**
 * Sends queued responses. Used by `<genbridge-survey>` (through `OutboxController`) and cheap
 * enough for any other Genbridge element to call: it imports neither survey-core nor Lit, so a
 * results-only page also delivers what an earlier visit left queued (`startOutboxFlusher()`).
 */
import { backoffMs, deliver } from './delivery.js';
import { clearDraft, saveCompletion } from './draft-store.js';
import type { GenbridgeSubmitErrorDetail } from './events.js';
import { tokenFor } from './invitation.js';
import { outboxMirror } from './outbox-mirror.js';
import { requestOutboxSync } from './outbox-sync.js';
import { outbox, type OutboxEntry } from './outbox.js';

export interface FlushListener {
  acknowledged(entry: OutboxEntry, status: number): void;
  failed(entry: OutboxEntry, detail: GenbridgeSubmitErrorDetail): void;
}

/**
 * Network failures in a row, while the browser says it is online, after which we stop calling it
 * "offline": a CORS misconfiguration or a wrong endpoint looks exactly like a network failure to
 * script, and only the programme team can fix it.
 */
export const UNREACHABLE_LIMIT = 3;

// Shared by every element on the page so two elements never race on one entry.
const inflight = new Set<string>();

export interface FlushOptions {
  /** Only this endpoint's entries (default: every entry of the origin). */
  endpoint?: string;
  /** Only this response. */
  only?: string;
  /** Ignore backoff (page load, `online`, manual retry). */
  all?: boolean;
  listener?: FlushListener;
}

/** Attempts every due entry once; resolves when all attempts are done. */
export async function flushOutbox(options: FlushOptions = {}): Promise<void> {
  const now = Date.now();
  const due = outbox
    .entries(options.endpoint)
    .filter(
      (e) =>
        (options.only === undefined || e.responseId === options.only) &&
        (options.all || e.nextAttemptAt <= now) &&
        !inflight.has(e.responseId),
    );
  for (const entry of due) await attempt(entry, options.listener);
}

/** Earliest next attempt among queued entries (ms since epoch), or undefined when none are queued. */
export function nextDue(endpoint?: string): number | undefined {
  const next = Math.min(...outbox.entries(endpoint).map((e) => e.nextAttemptAt));
  return Number.isFinite(next) ? next : undefined;
}

const online = (): boolean => globalThis.navigator?.onLine !== false;

async function attempt(entry: OutboxEntry, listener: FlushListener | undefined): Promise<void> {
  const id = entry.responseId;
  inflight.add(id);
  try {
    // The service worker may have delivered it while no page was open: its receipt is the ack.
    const receipt = await outboxMirror.receipt(id);
    const token =
      entry.invitation && !receipt
        ? await tokenFor(entry.invitation.hash, entry.invitation.sealed)
        : undefined;
    if (entry.invitation && !token && !receipt) {
      // Neither in memory nor unsealable (no IndexedDB): wait for a page that has the invitation.
      const next: OutboxEntry = {
        ...entry,
        nextAttemptAt: Date.now() + backoffMs(entry.attempts + 1),
      };
      if (outbox.get(id)) outbox.put(next);
      listener?.failed(next, {
        responseId: id,
        wave: entry.wave,
        reason: 'network',
        message: 'the invitation is not available on this page',
        willRetry: true,
        retryAt: next.nextAttemptAt,
      });
      return;
    }
    const result = receipt
      ? ({ kind: 'ack', status: receipt.status } as const)
      : await deliver(entry.endpoint, entry.body, token);
    if (result.kind === 'ack') {
      outbox.remove(id);
      clearDraft(entry.draftKey);
      saveCompletion(entry.draftKey, { submittedAt: new Date().toISOString(), responseId: id });
      listener?.acknowledged(entry, result.status);
      return;
    }
    if (result.kind === 'rejected') {
      // Refused data stays refused: drop it from the queue, keep the draft so the person can fix it.
      outbox.remove(id);
      listener?.failed(entry, {
        responseId: id,
        wave: entry.wave,
        reason: 'rejected',
        status: result.status,
        ...(result.code ? { code: result.code } : {}),
        message: result.message,
        willRetry: false,
      });
      return;
    }
    const attempts = entry.attempts + 1;
    const hardFailures =
      result.reason === 'network' && online() ? (entry.hardFailures ?? 0) + 1 : 0;
    const wait = Math.max(backoffMs(attempts), result.retryAfterMs ?? 0);
    const next: OutboxEntry = {
      ...entry,
      attempts,
      hardFailures,
      nextAttemptAt: Date.now() + wait,
    };
    // Another tab may have delivered it meanwhile; only re-store what is still queued.
    if (outbox.get(id)) outbox.put(next);
    // Where the host registered the outbox service worker, the browser retries even after the
    // page is closed (no-op otherwise).
    void requestOutboxSync();
    listener?.failed(next, {
      responseId: id,
      wave: entry.wave,
      reason: hardFailures >= UNREACHABLE_LIMIT ? 'unreachable' : result.reason,
      ...(result.status === undefined ? {} : { status: result.status }),
      message: result.message,
      willRetry: true,
      retryAt: next.nextAttemptAt,
      ...(hardFailures >= UNREACHABLE_LIMIT ? { contactTeam: true } : {}),
    });
  } finally {
    inflight.delete(id);
  }
}

let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;

function schedule(): void {
  clearTimeout(timer);
  const next = nextDue();
  if (next === undefined) return;
  timer = setTimeout(() => void flushOutbox().then(schedule), Math.max(1000, next - Date.now()));
}

/**
 * Delivers whatever earlier visits left queued on this origin: now, when the browser comes back
 * online, and when each entry's backoff expires. Idempotent; for elements other than
 * `<genbridge-survey>` (which flushes through its own controller), e.g. `<genbridge-results>`.
 */
export function startOutboxFlusher(): void {
  if (started || typeof globalThis.addEventListener !== 'function') return;
  started = true;
  globalThis.addEventListener('online', () => void flushOutbox({ all: true }).then(schedule));
  void flushOutbox({ all: true }).then(schedule);
}
