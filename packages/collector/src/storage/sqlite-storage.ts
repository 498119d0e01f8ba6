import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
import type { SurveyResponse } from '@genbridge/schema';
import type { AuthStore } from '../auth/auth-store.js';
import type { Programme, ProgrammePatch } from '../programme.js';
import {
  invitationFromRow,
  ProgrammeCache,
  programmeFromRow,
  releaseFromRow,
} from './row-mapping.js';
import { ensureDatabaseFile, openReader } from './sqlite-connection.js';
import {
  deserializeError,
  sqliteReads,
  toReceipt,
  type InsertItem,
  type InsertResult,
  type SqliteReads,
  type SqliteWrites,
} from './sqlite-operations.js';
import type {
  WorkerCall,
  WorkerReply,
  WorkerRequest,
  WorkerStart,
} from './sqlite-worker-protocol.js';
import type {
  InsertOutcome,
  InvitationRecord,
  NewInvitation,
  NewProgramme,
  NewRelease,
  Receipt,
  ReleaseSummary,
  ResponseKey,
  Storage,
  StoredRelease,
} from './storage.js';
import { DEFAULT_STORAGE_TUNING } from './storage-tuning.js';
import { StorageUnavailableError } from './storage-unavailable.js';

interface PendingInsert extends InsertItem {
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : never;
type Op = (db: Database.Database, ...args: never[]) => unknown;
type Args<F extends Op> = Tail<Parameters<F>>;

/** After close (a shutdown): the request can be repeated against a collector that is up. */
const closedError = () =>
  new StorageUnavailableError('unreachable', { cause: new Error('the SQLite storage is closed') });

/**
 * The writer thread's module. Under the test runner this module is TypeScript source, which a
 * worker thread cannot load; the build of the same source is used then (the tests build first).
 */
function workerUrl(): URL {
  // The source path is built, not a literal, so bundlers do not try to resolve it for consumers.
  const built = ['..', '..', 'dist', 'storage', 'sqlite-worker.js'].join('/');
  return import.meta.url.endsWith('.ts')
    ? new URL(built, import.meta.url)
    : new URL('./sqlite-worker.js', import.meta.url);
}

/**
 * Embedded storage in one SQLite file.
 *
 * better-sqlite3 is synchronous, and a write that meets another process's lock (the CLI, a backup,
 * a script) sleeps in SQLite's busy handler for up to the busy timeout; on the main thread that
 * froze every request and /healthz with it. So the connection that writes lives in a worker
 * thread (sqlite-worker.ts), and the main thread keeps a second, read-only connection:
 *
 * - Writes go to the worker as messages, one at a time, each in a BEGIN IMMEDIATE transaction, so
 *   they are serialised as on one connection and the busy timeout applies where it can wait.
 * - Reads stay on the main thread. In WAL mode a reader sees the last commit without taking any
 *   lock a writer holds, so a read never waits for the worker or for a foreign writer, and the hot
 *   paths (programme look-up on every submission, stored reports) pay no thread hop. Every read
 *   starts after the write it follows has committed, so a caller reads its own writes.
 * - The auth store (tokens, sessions, audit log) mixes reads with writes (a token's last use), so
 *   it runs whole in the worker behind a forwarding proxy.
 *
 * Inserts that arrive while a batch is in the worker wait and go together as the next batch
 * (group commit): one fsync for the batch, and every caller still waits for the commit that
 * contains its row. `:memory:` has no second connection to the same database: there the worker
 * answers the reads too.
 */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  readonly auth: AuthStore;
  /** Settles when the worker has opened and migrated the database (rejects if it could not). */
  readonly ready: Promise<void>;
  private readonly worker: Worker;
  private reader: Database.Database | undefined;
  private readonly calls = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: unknown) => void }
  >();
  private nextId = 1;
  private failure: Error | undefined;
  private pending: PendingInsert[] = [];
  private draining: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private readonly cache = new ProgrammeCache();

  constructor(
    readonly file: string,
    options: { busyTimeoutMs?: number } = {},
  ) {
    ensureDatabaseFile(file);
    const start: WorkerStart = {
      file,
      busyTimeoutMs: options.busyTimeoutMs ?? DEFAULT_STORAGE_TUNING.sqliteBusyTimeoutMs,
    };
    this.worker = new Worker(workerUrl(), { workerData: start });
    this.ready = new Promise<void>((resolve, reject) => {
      this.calls.set(0, {
        resolve: () => {
          try {
            if (file !== ':memory:') this.reader = openReader(file);
            resolve();
          } catch (error) {
            this.failure ??= error as Error;
            reject(error);
          }
        },
        reject: (error) => {
          this.failure ??= error as Error;
          reject(error);
        },
      });
    });
    // Opening fails on the first call too; nobody need await `ready` to avoid an unhandled rejection.
    this.ready.catch(() => {});
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`SQLite worker exited (${code})`)));
    this.auth = this.forwardAuth();
  }

  /** Opens the database and waits for its migrations: errors show here, not on first use. */
  static async open(
    file: string,
    options: { busyTimeoutMs?: number } = {},
  ): Promise<SqliteStorage> {
    const storage = new SqliteStorage(file, options);
    try {
      await storage.ready;
    } catch (error) {
      await storage.close();
      throw error;
    }
    return storage;
  }

  private settle(reply: WorkerReply): void {
    const call = this.calls.get(reply.id);
    if (!call) return;
    this.calls.delete(reply.id);
    // Only calls in flight keep the process alive, as an open file handle would not.
    if (this.calls.size === 0) this.worker.unref();
    if (reply.ok) call.resolve(reply.value);
    else call.reject(deserializeError(reply.error));
  }

  /** The worker died (a native crash, out of memory): nothing in flight is known to be stored. */
  private fail(cause: unknown): void {
    if (this.closing && this.calls.size === 0) return;
    this.failure ??= new StorageUnavailableError('unreachable', { cause });
    for (const call of this.calls.values()) call.reject(this.failure);
    this.calls.clear();
  }

  private send(call: WorkerCall): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      if (this.calls.size === 1) this.worker.ref();
      this.worker.postMessage({ ...call, id } satisfies WorkerRequest);
    });
  }

  private async write<K extends keyof SqliteWrites>(
    name: K,
    ...args: Args<SqliteWrites[K]>
  ): Promise<ReturnType<SqliteWrites[K]>> {
    await this.open();
    return (await this.send({ kind: 'write', name, args })) as ReturnType<SqliteWrites[K]>;
  }

  private async read<K extends keyof SqliteReads>(
    name: K,
    ...args: Args<SqliteReads[K]>
  ): Promise<ReturnType<SqliteReads[K]>> {
    await this.open();
    if (!this.reader)
      return (await this.send({ kind: 'read', name, args })) as ReturnType<SqliteReads[K]>;
    const operation = sqliteReads[name] as (db: Database.Database, ...a: unknown[]) => unknown;
    return operation(this.reader, ...args) as ReturnType<SqliteReads[K]>;
  }

  private async open(): Promise<void> {
    if (this.closing) throw closedError();
    await this.ready;
  }

  /** Every auth store method, run by the worker's SqliteAuthStore on the write connection. */
  private forwardAuth(): AuthStore {
    return new Proxy({} as AuthStore, {
      get: (_, name) => {
        // Not a thenable, not a symbol-keyed protocol: only method names are forwarded.
        if (typeof name !== 'string' || name === 'then') return undefined;
        return async (...args: unknown[]) => {
          await this.open();
          return this.send({ kind: 'auth', name, args });
        };
      },
    });
  }

  async createProgramme(p: NewProgramme): Promise<Programme | undefined> {
    const created = await this.write('createProgramme', p, new Date().toISOString());
    return created ? this.getProgramme(p.id) : undefined;
  }

  async getProgramme(id: string): Promise<Programme | undefined> {
    const revision = await this.read('programmeRevision', id);
    if (revision === undefined) return undefined;
    const cached = this.cache.get(id, revision);
    if (cached) return cached;
    const row = await this.read('programmeRow', id);
    return row ? this.cache.set(id, row.revision, programmeFromRow(row)) : undefined;
  }

  async listProgrammes(): Promise<Programme[]> {
    return (await this.read('programmeRows')).map(programmeFromRow);
  }

  async updateProgramme(id: string, patch: ProgrammePatch): Promise<Programme | undefined> {
    const updated = await this.write('updateProgramme', id, patch, new Date().toISOString());
    return updated ? this.getProgramme(id) : undefined;
  }

  async getReceipt(responseId: string): Promise<Receipt | undefined> {
    const row = await this.read('responseRow', responseId);
    return row ? toReceipt(row) : undefined;
  }

  insertResponse(
    response: SurveyResponse,
    canonical: string,
    receivedAt: string,
  ): Promise<InsertOutcome> {
    if (this.closing) return Promise.reject(closedError());
    return new Promise((resolve, reject) => {
      this.pending.push({ response, canonical, receivedAt, resolve, reject });
      this.draining ??= this.drain();
    });
  }

  /** Sends waiting inserts as batches, one batch in the worker at a time, until none wait. */
  private async drain(): Promise<void> {
    // The inserts of this event-loop turn go in the first batch together.
    await new Promise((resolve) => setImmediate(resolve));
    await this.ready.catch(() => {});
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        const items = batch.map(({ response, canonical, receivedAt }) => ({
          response,
          canonical,
          receivedAt,
        }));
        // Not `write`: these were accepted before any close, which waits for them.
        const results = (await this.send({
          kind: 'write',
          name: 'insertBatch',
          args: [items],
        })) as InsertResult[];
        batch.forEach((item, i) => {
          const result = results[i]!;
          if (result.ok) item.resolve(result.outcome);
          else item.reject(deserializeError(result.error));
        });
      } catch (error) {
        // The commit itself failed (locked, disk full, I/O error): nothing in the batch is durable.
        for (const item of batch) item.reject(error);
      }
    }
    this.draining = undefined;
  }

  async listResponses(programmeId: string): Promise<SurveyResponse[]> {
    const bodies = await this.read('responseBodies', programmeId);
    return bodies.map((body) => JSON.parse(body) as SurveyResponse);
  }

  countResponses(programmeId?: string): Promise<number> {
    return this.read('countResponses', programmeId);
  }

  listResponseKeys(programmeId: string): Promise<ResponseKey[]> {
    return this.read('responseKeys', programmeId);
  }

  deleteParticipant(programmeId: string, participant: string): Promise<number> {
    return this.write('deleteParticipant', programmeId, participant);
  }

  deleteResponsesBefore(programmeId: string, before: string): Promise<number> {
    return this.write('deleteResponsesBefore', programmeId, new Date(before).toISOString());
  }

  async createInvitations(
    programmeId: string,
    invitations: readonly NewInvitation[],
    createdAt: string,
  ): Promise<void> {
    await this.write('createInvitations', programmeId, invitations, createdAt);
  }

  async listInvitations(programmeId: string): Promise<InvitationRecord[]> {
    return (await this.read('invitationRows', programmeId)).map(invitationFromRow);
  }

  async findInvitation(tokenHash: string): Promise<InvitationRecord | undefined> {
    const row = await this.read('invitationByHash', tokenHash);
    return row ? invitationFromRow(row) : undefined;
  }

  async revokeInvitation(
    programmeId: string,
    id: string,
    at: string,
  ): Promise<InvitationRecord | undefined> {
    const row = await this.write('revokeInvitation', programmeId, id, at);
    return row ? invitationFromRow(row) : undefined;
  }

  async waveReceipts(
    programmeId: string,
    participant: string,
  ): Promise<{ wave: string; receivedAt: string }[]> {
    const rows = await this.read('waveReceipts', programmeId, participant);
    return rows.map((r) => ({ wave: r.wave, receivedAt: r.received_at }));
  }

  insertRelease(programmeId: string, release: NewRelease): Promise<boolean> {
    return this.write('insertRelease', programmeId, release);
  }

  async listReleases(programmeId: string): Promise<ReleaseSummary[]> {
    return (await this.read('releaseRows', programmeId)).map(releaseFromRow);
  }

  async getRelease(
    programmeId: string,
    number: number | 'latest',
  ): Promise<StoredRelease | undefined> {
    const row = await this.read('releaseRow', programmeId, number, true);
    return row ? { ...releaseFromRow(row), report: row.report! } : undefined;
  }

  async getReleaseSummary(
    programmeId: string,
    number: number | 'latest',
  ): Promise<ReleaseSummary | undefined> {
    const row = await this.read('releaseRow', programmeId, number, false);
    return row ? releaseFromRow(row) : undefined;
  }

  releaseAudits(programmeId: string): Promise<{ number: number; audit: string }[]> {
    return this.read('releaseAudits', programmeId);
  }

  ping(): Promise<void> {
    return this.read('ping');
  }

  /**
   * Asks the writer: it tries a real write without waiting for a lock. While the writer is itself
   * waiting out another process's lock, this waits behind it (/readyz's deadline answers then).
   */
  async checkWritable(): Promise<void> {
    await this.write('checkWritable');
  }

  /** Lets inserts already accepted commit, then closes both connections and ends the worker. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      try {
        await this.ready;
      } catch {
        this.reader?.close();
        await this.worker.terminate();
        return;
      }
      while (this.draining) await this.draining;
      // The reader first: the writer, closing last, checkpoints the WAL into the database file.
      this.reader?.close();
      this.reader = undefined;
      if (!this.failure) await this.send({ kind: 'close' });
      await this.worker.terminate();
    })();
    return this.closing;
  }
}
