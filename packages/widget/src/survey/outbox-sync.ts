import { outboxMirror } from './outbox-mirror.js';

/** The Background Sync tag the outbox service worker answers. */
export const OUTBOX_SYNC_TAG = 'genbridge-outbox';

interface SyncRegistration extends ServiceWorkerRegistration {
  sync?: { register(tag: string): Promise<void> };
}

let registration: Promise<SyncRegistration | undefined> | undefined;

/**
 * Opt-in: registers the outbox service worker (`bundle/genbridge-outbox-sw.js`, served from the
 * host page's own origin) so that, where the browser supports Background Sync (Chromium-based
 * browsers), responses queued offline are sent when the connection returns even if every
 * Genbridge page has been closed. Without it (or without support) nothing changes: queued
 * responses are sent by the next Genbridge element that loads on the origin. Resolves to whether
 * background sync is available.
 *
 * @example
 * import { registerOutboxSync } from '@genbridge/widget';
 * registerOutboxSync('/widget/genbridge-outbox-sw.js');
 */
export async function registerOutboxSync(
  scriptUrl: string | URL,
  options: RegistrationOptions = {},
): Promise<boolean> {
  const container = globalThis.navigator?.serviceWorker;
  if (!container) return false;
  registration = container
    .register(scriptUrl, { type: 'module', ...options })
    .then((r) => r as SyncRegistration)
    .catch(() => undefined);
  const r = await registration;
  return Boolean(r?.sync);
}

/**
 * Asks the browser for a background sync of the outbox (once the worker is registered). Called by
 * the flusher whenever an attempt fails, so the browser retries even after the page is gone.
 */
export async function requestOutboxSync(): Promise<boolean> {
  const r = await registration;
  if (!r?.sync) return false;
  await outboxMirror.settled();
  try {
    await r.sync.register(OUTBOX_SYNC_TAG);
    return true;
  } catch {
    return false;
  }
}
