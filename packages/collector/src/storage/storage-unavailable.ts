/** Why the database cannot take the request now; each has its own suggested wait. */
export type UnavailableReason = 'unreachable' | 'timeout' | 'locked' | 'full' | 'read_only';

const RETRY_AFTER_SECONDS: Record<UnavailableReason, number> = {
  unreachable: 5,
  timeout: 5,
  locked: 2,
  full: 30,
  read_only: 30,
};

/**
 * The database cannot serve the request now, for a reason outside the collector (down, hung,
 * locked by another writer, out of disk). Nothing was written; the same request can be repeated.
 * The HTTP layer answers it with 503 and Retry-After, the CLI with a message and exit code.
 */
export class StorageUnavailableError extends Error {
  readonly retryAfterSeconds: number;
  constructor(
    readonly reason: UnavailableReason,
    options?: { cause?: unknown },
  ) {
    super(`storage unavailable (${reason.replace('_', ' ')})`, options);
    this.name = 'StorageUnavailableError';
    this.retryAfterSeconds = RETRY_AFTER_SECONDS[reason];
  }
}

// SQLite result codes as better-sqlite3 names them (extended codes share the prefix).
const SQLITE_REASONS: [RegExp, UnavailableReason][] = [
  [/^SQLITE_(BUSY|LOCKED)/, 'locked'],
  [/^SQLITE_FULL/, 'full'],
  [/^SQLITE_READONLY/, 'read_only'],
  [/^SQLITE_(IOERR|CANTOPEN|PROTOCOL|NOLFS)/, 'unreachable'],
];

// PostgreSQL SQLSTATE codes and classes (appendix A of its manual).
const POSTGRES_REASONS: [RegExp, UnavailableReason][] = [
  [/^53100$/, 'full'], // disk_full
  [/^53/, 'unreachable'], // insufficient resources: out of memory, too many connections
  [/^08/, 'unreachable'], // connection exception
  [/^57P0[1-4]$/, 'unreachable'], // shutting down, cannot connect now, database dropped
  [/^57014$/, 'timeout'], // query_canceled: statement_timeout
  [/^55P03$/, 'locked'], // lock_not_available: lock_timeout
  [/^(40001|40P01)$/, 'locked'], // serialization failure, deadlock: safe to repeat
  [/^25006$/, 'read_only'], // read_only_sql_transaction: a standby or a read-only server
];

const NODE_REASONS: Record<string, UnavailableReason> = {
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  EPIPE: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  ENOTFOUND: 'unreachable',
  EAI_AGAIN: 'unreachable',
  ETIMEDOUT: 'timeout',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EROFS: 'read_only',
  EIO: 'unreachable',
};

// node-postgres reports its own timeouts and lost connections as plain Errors with these messages.
const PG_MESSAGES: [RegExp, UnavailableReason][] = [
  [/timeout exceeded when trying to connect|connection timeout|Query read timeout/i, 'timeout'],
  [/Connection terminated|connection error|not queryable|Client was closed/i, 'unreachable'],
];

/**
 * Classifies a driver error: a {@link StorageUnavailableError} when the fault is the database's
 * state (worth a retry), undefined for anything else (a bug, a constraint violation).
 */
export function asStorageUnavailable(error: unknown): StorageUnavailableError | undefined {
  if (error instanceof StorageUnavailableError) return error;
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  const wrap = (reason: UnavailableReason) => new StorageUnavailableError(reason, { cause: error });
  if (typeof code === 'string') {
    for (const [pattern, reason] of code.startsWith('SQLITE_') ? SQLITE_REASONS : POSTGRES_REASONS)
      if (pattern.test(code)) return wrap(reason);
    const node = NODE_REASONS[code];
    if (node) return wrap(node);
  }
  for (const [pattern, reason] of PG_MESSAGES) if (pattern.test(error.message)) return wrap(reason);
  // AggregateError: every address of the host refused (node's happy-eyeballs connect).
  if (error instanceof AggregateError)
    for (const inner of error.errors) {
      const found = asStorageUnavailable(inner);
      if (found) return found;
    }
  return undefined;
}
