import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { flushOutbox } from '../../src/survey/outbox-flusher.js';
import { outboxMirror } from '../../src/survey/outbox-mirror.js';
import {
  OUTBOX_SYNC_TAG,
  registerOutboxSync,
  requestOutboxSync,
} from '../../src/survey/outbox-sync.js';
import { outbox, type OutboxEntry } from '../../src/survey/outbox.js';

// The optional outbox service worker (issue 14), built as bundle/genbridge-outbox-sw.js, in
// Chromium: registered the documented way, its Background Sync event sends what pages queued
// (mirrored to IndexedDB, since a worker cannot read localStorage), idempotently, and the next page
// finishes the entry from the worker's receipt instead of sending it again. The sync event is
// fired through the DevTools protocol (ServiceWorker.dispatchSyncEvent), as Chromium's own
// DevTools "Sync" button does; one test also lets Chromium fire it by itself (online, on request).

const SW = '/bundle/genbridge-outbox-sw.js';
const SCOPE = new URL('/bundle/', location.href).href;

interface BucketState {
  attempts: number;
  stored: { responseId: string }[];
}
const state = async (bucket: string): Promise<BucketState> =>
  (await (await fetch(`/test-api/state/${bucket}`)).json()) as BucketState;
const setMode = (bucket: string, mode: string) =>
  fetch(`/test-api/mode/${bucket}?mode=${mode}`, { method: 'POST' });

async function until(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function queued(bucket: string): OutboxEntry {
  const responseId = crypto.randomUUID();
  return {
    endpoint: new URL(`/test-api/responses/${bucket}`, location.href).href,
    responseId,
    wave: 'exit',
    body: { responseId, answers: { note: 'queued on a closed page' } },
    attempts: 1,
    // Not due for the page's own flusher: only the worker may send it in these tests.
    nextAttemptAt: Date.now() + 3_600_000,
    draftKey: `genbridge:draft:v2:sw-test:exit:plain:${responseId}`,
  };
}

const sync = () =>
  executeServerCommand<{ dispatched: boolean }, { scope: string; tag: string }>(
    'sw-dispatch-sync',
    { scope: SCOPE, tag: OUTBOX_SYNC_TAG },
  );

describe('outbox service worker (optional background sync)', () => {
  before(async function () {
    this.timeout(30_000);
    const res = await fetch(SW, { method: 'HEAD' });
    expect(res.status, `${SW} missing: run pnpm --filter @genbridge/widget build`).to.equal(200);
    localStorage.clear();
    expect(await registerOutboxSync(SW)).to.equal(true);
    const registration = await navigator.serviceWorker.getRegistration(SCOPE);
    await until('the worker to activate', async () => registration?.active?.state === 'activated');
  });

  after(async () => {
    const registration = await navigator.serviceWorker.getRegistration(SCOPE);
    await registration?.unregister();
    localStorage.clear();
  });

  it('its sync event sends a queued response; the next page finishes it without sending it again', async function () {
    this.timeout(30_000);
    const bucket = `sw-${crypto.randomUUID()}`;
    const entry = queued(bucket);
    outbox.put(entry);
    await outboxMirror.settled();
    expect((await outboxMirror.entries()).map((e) => e.responseId)).to.include(entry.responseId);

    expect((await sync()).dispatched).to.equal(true);
    await until('the worker to deliver', async () => (await state(bucket)).stored.length === 1);
    expect((await state(bucket)).stored[0]!.responseId).to.equal(entry.responseId);
    await until('the receipt', async () => Boolean(await outboxMirror.receipt(entry.responseId)));

    // A page flushes: the receipt is the acknowledgement; nothing goes over the network again.
    const acknowledged: string[] = [];
    await flushOutbox({
      all: true,
      listener: {
        acknowledged: (e) => acknowledged.push(e.responseId),
        failed: () => expect.fail('no failure expected'),
      },
    });
    expect(acknowledged).to.deep.equal([entry.responseId]);
    expect((await state(bucket)).attempts).to.equal(1);
    expect(outbox.get(entry.responseId)).to.equal(undefined);
    expect(await outboxMirror.receipt(entry.responseId)).to.equal(undefined);
  });

  it('a failing server makes the sync fail and keeps the response for the next sync; sent once', async function () {
    this.timeout(30_000);
    const bucket = `sw-${crypto.randomUUID()}`;
    await setMode(bucket, 'error503');
    const entry = queued(bucket);
    outbox.put(entry);
    await outboxMirror.settled();
    await sync();
    await until('the failed attempt', async () => (await state(bucket)).attempts >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect((await state(bucket)).stored).to.deep.equal([]);
    expect((await outboxMirror.entries()).map((e) => e.responseId)).to.include(entry.responseId);
    expect(await outboxMirror.receipt(entry.responseId)).to.equal(undefined);

    await setMode(bucket, 'ok');
    await sync();
    await until('the retry to deliver', async () => (await state(bucket)).stored.length === 1);
    // Sent again by the page too (it has not seen the receipt yet): still stored once.
    await flushOutbox({ all: true });
    expect((await state(bucket)).stored).to.have.length(1);
    expect(outbox.get(entry.responseId)).to.equal(undefined);
  });

  it('Chromium fires the sync by itself once a page asks for it while online', async function () {
    this.timeout(30_000);
    const bucket = `sw-${crypto.randomUUID()}`;
    const entry = queued(bucket);
    outbox.put(entry);
    expect(await requestOutboxSync()).to.equal(true);
    await until(
      'background sync to deliver',
      async () => (await state(bucket)).stored.length === 1,
    );
    await flushOutbox({ all: true });
    expect((await state(bucket)).attempts).to.equal(1);
    expect(outbox.get(entry.responseId)).to.equal(undefined);
  });
});
