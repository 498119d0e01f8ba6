import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { outbox, type OutboxEntry } from './outbox.js';
import { flushOutbox, nextDue, type FlushListener } from './outbox-flusher.js';

/**
 * Delivers queued responses for one element: its own at once when enqueued, then with exponential
 * backoff, immediately on the browser's `online` event, and on the next page load (when the
 * element connects). On connect it also sends what other Genbridge pages of the origin left queued.
 */
export class OutboxController implements ReactiveController {
  endpoint: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly listener: FlushListener,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    globalThis.addEventListener('online', this.onOnline);
    void this.flush(true, undefined, true);
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
    await this.flush(true, entry.responseId);
  }

  private readonly onOnline = (): void => void this.flush(true, undefined, true);

  /**
   * @param all ignore backoff (page load, `online`, manual retry)
   * @param only just this response
   * @param everyEndpoint also entries queued for other endpoints of the origin
   */
  async flush(all = false, only?: string, everyEndpoint = false): Promise<void> {
    if (!this.connected || (!this.endpoint && !everyEndpoint)) return;
    await flushOutbox({
      ...(everyEndpoint ? {} : { endpoint: this.endpoint }),
      ...(only ? { only } : {}),
      all,
      listener: this.listener,
    });
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.connected) return;
    const next = nextDue();
    if (next === undefined) return;
    this.timer = setTimeout(
      () => void this.flush(false, undefined, true),
      Math.max(0, next - Date.now()),
    );
  }
}
