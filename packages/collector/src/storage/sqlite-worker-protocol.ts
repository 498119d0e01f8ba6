import type { SerializedError } from './sqlite-operations.js';

/** What the writer thread is started with. */
export interface WorkerStart {
  file: string;
  busyTimeoutMs: number;
}

/** One call to the writer thread; `id` 0 is reserved for its start-up reply. */
export type WorkerCall =
  { kind: 'read' | 'write' | 'auth'; name: string; args: unknown[] } | { kind: 'close' };
export type WorkerRequest = WorkerCall & { id: number };

export type WorkerReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: SerializedError };
