import { join } from 'node:path';
import { PostgresStorage } from './postgres-storage.js';
import { SqliteStorage } from './sqlite-storage.js';
import type { Storage } from './storage.js';
import { storageTuningFromEnv, type StorageTuning } from './storage-tuning.js';

/** Where to keep the data: a PostgreSQL URL, or else the embedded SQLite file in `dataDir`. */
export interface StorageOptions {
  /** `postgres://user:pass@host:5432/db`; when set, PostgreSQL is used. */
  databaseUrl?: string | undefined;
  /** Directory for the embedded database (`genbridge.sqlite`). */
  dataDir?: string | undefined;
  /** Explicit SQLite file (overrides `dataDir`); `:memory:` for throwaway use. */
  sqliteFile?: string | undefined;
  /** Timeouts and pool size; default: {@link storageTuningFromEnv} of `process.env`. */
  tuning?: StorageTuning;
}

/** The file name of the embedded database inside the data directory. */
export const SQLITE_FILE_NAME = 'genbridge.sqlite';

/**
 * Opens storage and applies pending migrations. PostgreSQL when `databaseUrl` is given, otherwise
 * the embedded SQLite database under `dataDir`.
 */
export async function createStorage(options: StorageOptions): Promise<Storage> {
  const tuning = options.tuning ?? storageTuningFromEnv(process.env);
  if (options.databaseUrl) return PostgresStorage.connect(options.databaseUrl, tuning);
  const file =
    options.sqliteFile ?? (options.dataDir ? join(options.dataDir, SQLITE_FILE_NAME) : undefined);
  if (!file) throw new Error('createStorage: give databaseUrl, dataDir or sqliteFile');
  return SqliteStorage.open(file, { busyTimeoutMs: tuning.sqliteBusyTimeoutMs });
}
