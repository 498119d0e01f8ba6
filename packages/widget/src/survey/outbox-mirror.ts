import type { OutboxEntry } from './outbox.js';

/*
 * A copy of the outbox in IndexedDB, for the optional service worker (`outbox-sw.ts`): a service
 * worker cannot read localStorage, where pages keep the queue. Pages write every change here as
 * well; the worker reads the entries, and when it delivered one it records a receipt instead of
 * touching the page's queue. The next page to flush finds the receipt and finishes the entry
 * (queue, draft, "completed on …") as if it had delivered it itself, without sending it again.
 * Every call is best effort: without IndexedDB the pages simply deliver on their own.
 */

const DB = 'genbridge-outbox';
const ENTRIES = 'entries';
const DELIVERED = 'delivered';

/** A receipt written by the service worker: when the server acknowledged the response. */
export interface DeliveryReceipt {
  responseId: string;
  status: number;
  at: string;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

async function withDb<T>(use: (db: IDBDatabase) => Promise<T>): Promise<T | undefined> {
  if (!globalThis.indexedDB) return undefined;
  try {
    const open = indexedDB.open(DB, 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore(ENTRIES, { keyPath: 'responseId' });
      open.result.createObjectStore(DELIVERED, { keyPath: 'responseId' });
    };
    const db = await request(open);
    try {
      return await use(db);
    } finally {
      db.close();
    }
  } catch {
    return undefined;
  }
}

// Writes are chained so they land in the order the queue changed.
let writes: Promise<unknown> = Promise.resolve();
const write = (work: (db: IDBDatabase) => Promise<void>): Promise<void> => {
  const next = writes.then(() => withDb(work));
  writes = next;
  return next.then(() => undefined);
};

export const outboxMirror = {
  put(entry: OutboxEntry): Promise<void> {
    return write(async (db) => {
      const tx = db.transaction(ENTRIES, 'readwrite');
      tx.objectStore(ENTRIES).put(entry);
      await done(tx);
    });
  },
  /** Forgets the entry and its receipt (the page finished it). */
  remove(responseId: string): Promise<void> {
    return write(async (db) => {
      const tx = db.transaction([ENTRIES, DELIVERED], 'readwrite');
      tx.objectStore(ENTRIES).delete(responseId);
      tx.objectStore(DELIVERED).delete(responseId);
      await done(tx);
    });
  },
  async entries(): Promise<OutboxEntry[]> {
    return (
      (await withDb((db) => request(db.transaction(ENTRIES).objectStore(ENTRIES).getAll()))) ?? []
    );
  },
  /** The worker delivered it: drop the copy, leave a receipt for the pages. */
  delivered(receipt: DeliveryReceipt): Promise<void> {
    return write(async (db) => {
      const tx = db.transaction([ENTRIES, DELIVERED], 'readwrite');
      tx.objectStore(ENTRIES).delete(receipt.responseId);
      tx.objectStore(DELIVERED).put(receipt);
      await done(tx);
    });
  },
  async receipt(responseId: string): Promise<DeliveryReceipt | undefined> {
    await writes;
    return withDb((db) =>
      request(db.transaction(DELIVERED).objectStore(DELIVERED).get(responseId)),
    );
  },
  /** Resolves when every write so far has landed (tests, and before asking for a sync). */
  settled(): Promise<void> {
    return writes.then(() => undefined);
  },
};
