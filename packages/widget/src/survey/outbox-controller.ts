import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backoffMs, deliver } from './delivery.js';
import { clearDraft } from './draft-store.js';
import { outbox, type OutboxEntry } from './outbox.js';
import type { GenbridgeSubmitErrorDetail } from './events.js';

export interface OutboxCallbacks {
  acknowledged(entry: OutboxEntry, status: number): void;
  failed(entry: OutboxEntry, detail: GenbridgeSubmitErrorDetail): void;
}

// Shared by every element on the page so two surveys with one endpoint never race on one entry.
const inflight = new Set<string>();

/**
 * Delivers queued responses for one endpoint: at once when enqueued, then with exponential backoff,
 * immediately on the browser's `online` event, and on the next page load (when the element connects).
 */
export class OutboxController implements ReactiveController {
  endpoint: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: OutboxCallbacks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    globalThis.addEventListener('online', this.onOnline);
    void this.flush(true);
  }

  hostDisconnected(): void {
    this.connected = false;
    globalThis.removeEventListener('online', this.onOnline);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Stores the entry first (so a closed tab loses nothing), then tries to send it. */
  async enqueue(entry: OutboxEntry): Promise<void> {
    outbox.put(entry);
    await this.flush(true, entry.response.responseId);
  }

  /** The entries this element is responsible for. */
  pending(): OutboxEntry[] {
    return this.endpoint ? outbox.entries(this.endpoint) : [];
  }

  private readonly onOnline = (): void => void this.flush(true);

  /** @param all ignore backoff (page load, `online`, manual retry) */
  async flush(all = false, only?: string): Promise<void> {
    if (!this.endpoint || !this.connected) return;
    const now = Date.now();
    const due = this.pending().filter(
      (e) =>
        (only === undefined || e.response.responseId === only) &&
        (all || e.nextAttemptAt <= now) &&
        !inflight.has(e.response.responseId),
    );
    for (const entry of due) await this.attempt(entry);
    this.schedule();
  }

  private async attempt(entry: OutboxEntry): Promise<void> {
    const id = entry.response.responseId;
    inflight.add(id);
    try {
      const result = await deliver(entry.endpoint, entry.response);
      if (result.kind === 'ack') {
        outbox.remove(id);
        clearDraft(entry.draftKey);
        this.callbacks.acknowledged(entry, result.status);
        return;
      }
      if (result.kind === 'rejected') {
        // Refused data stays refused: drop it from the queue, keep the draft so the person can fix it.
        outbox.remove(id);
        this.callbacks.failed(entry, {
          responseId: id,
          reason: 'rejected',
          status: result.status,
          message: result.message,
          willRetry: false,
        });
        return;
      }
      const attempts = entry.attempts + 1;
      const wait = Math.max(backoffMs(attempts), result.retryAfterMs ?? 0);
      const next: OutboxEntry = { ...entry, attempts, nextAttemptAt: Date.now() + wait };
      // Another tab may have delivered it meanwhile; only re-store what is still queued.
      if (outbox.get(id)) outbox.put(next);
      this.callbacks.failed(next, {
        responseId: id,
        reason: result.reason,
        ...(result.status === undefined ? {} : { status: result.status }),
        message: result.message,
        willRetry: true,
        retryAt: next.nextAttemptAt,
      });
    } finally {
      inflight.delete(id);
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.connected) return;
    const next = Math.min(...this.pending().map((e) => e.nextAttemptAt));
    if (!Number.isFinite(next)) return;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
  }
}
