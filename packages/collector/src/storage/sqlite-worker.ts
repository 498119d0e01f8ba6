// The SQLite writer thread (see sqlite-storage.ts for why writes live here). It owns the one write
// connection and the auth store's statements, and answers one message at a time, so its writes
// are serialised exactly as a single connection's were. A write that waits for another
// process's lock sleeps here, in SQLite's busy handler, while the main thread keeps serving.
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteAuthStore } from '../auth/sqlite-auth-store.js';
import { openWriter } from './sqlite-connection.js';
import { serializeError, sqliteReads, sqliteWrites } from './sqlite-operations.js';
import type { WorkerReply, WorkerRequest, WorkerStart } from './sqlite-worker-protocol.js';

const port = parentPort!;
const { file, busyTimeoutMs } = workerData as WorkerStart;

type Operation = (...args: unknown[]) => unknown;

try {
  const db = openWriter(file, busyTimeoutMs);
  const auth = new SqliteAuthStore(db);
  const table = {
    read: sqliteReads as unknown as Record<string, Operation>,
    write: sqliteWrites as unknown as Record<string, Operation>,
  };
  port.on('message', async (request: WorkerRequest) => {
    let reply: WorkerReply;
    try {
      let value: unknown;
      if (request.kind === 'close') {
        db.close();
      } else if (request.kind === 'auth') {
        const method = (auth as unknown as Record<string, Operation>)[request.name];
        if (typeof method !== 'function') throw new Error(`no auth operation ${request.name}`);
        value = await method.apply(auth, request.args);
      } else {
        const operation = table[request.kind][request.name];
        if (!operation) throw new Error(`no ${request.kind} operation ${request.name}`);
        value = operation(db, ...request.args);
      }
      reply = { id: request.id, ok: true, value };
    } catch (error) {
      reply = { id: request.id, ok: false, error: serializeError(error) };
    }
    port.postMessage(reply);
  });
  port.postMessage({ id: 0, ok: true, value: 'ready' } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ id: 0, ok: false, error: serializeError(error) } satisfies WorkerReply);
}
