/**
 * The optional outbox service worker (`bundle/genbridge-outbox-sw.js`; register it with
 * `registerOutboxSync`). On the Background Sync event `genbridge-outbox` it sends every response
 * the pages mirrored to IndexedDB, with the same idempotent delivery as the pages (the responseId
 * is the key: whatever the page sends again is answered as a duplicate, never stored twice). A
 * delivered response leaves a receipt the next page turns into "completed"; a refused one is left
 * for a page to show; anything else makes the sync fail, so the browser tries again later.
 */
import { deliver } from './survey/delivery.js';
import { tokenFor } from './survey/invitation.js';
import { outboxMirror } from './survey/outbox-mirror.js';
import { OUTBOX_SYNC_TAG } from './survey/outbox-sync.js';

// The few worker types used (the package compiles against the DOM library, not WebWorker's).
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}
interface WorkerScope {
  addEventListener(
    type: 'install' | 'activate' | 'sync',
    listener: (e: ExtendableEvent) => void,
  ): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
}

const worker = globalThis as unknown as WorkerScope;

/** Sends what is mirrored; rejects when something is left to retry (the browser then retries). */
export async function syncOutbox(): Promise<{ delivered: number; left: number }> {
  let delivered = 0;
  let left = 0;
  for (const entry of await outboxMirror.entries()) {
    const token = entry.invitation
      ? await tokenFor(entry.invitation.hash, entry.invitation.sealed)
      : undefined;
    if (entry.invitation && !token) {
      left++;
      continue;
    }
    const result = await deliver(entry.endpoint, entry.body, token);
    if (result.kind === 'ack') {
      await outboxMirror.delivered({
        responseId: entry.responseId,
        status: result.status,
        at: new Date().toISOString(),
      });
      delivered++;
    } else if (result.kind === 'retry') left++;
    // 'rejected': left queued for a page, which tells the person and keeps their draft.
  }
  if (left > 0) throw new Error(`${left} queued response(s) not delivered yet`);
  return { delivered, left };
}

worker.addEventListener('install', () => void worker.skipWaiting());
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
worker.addEventListener('sync', (event) => {
  const sync = event as SyncEvent;
  if (sync.tag === OUTBOX_SYNC_TAG) sync.waitUntil(syncOutbox());
});
