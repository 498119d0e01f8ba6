/**
 * Time limits for talking to the database. Every one has a default that suits a collector on the
 * same network as its database; operators change them with the environment variables named below
 * (docs/deploying.md).
 */
export interface StorageTuning {
  /** `GENBRIDGE_PG_POOL_MAX`: connections per collector process. Default 10. */
  pgPoolMax: number;
  /** `GENBRIDGE_PG_CONNECT_TIMEOUT_MS`: opening a connection, or waiting for a free one. Default 5000. */
  pgConnectTimeoutMs: number;
  /** `GENBRIDGE_PG_STATEMENT_TIMEOUT_MS`: the server cancels a statement running longer. Default 10000. */
  pgStatementTimeoutMs: number;
  /**
   * `GENBRIDGE_PG_QUERY_TIMEOUT_MS`: the collector gives up on a query with no answer (a hung or
   * frozen server, a dropped network) and discards that connection. Default 15000.
   */
  pgQueryTimeoutMs: number;
  /** `GENBRIDGE_PG_IDLE_TIMEOUT_MS`: an idle pooled connection is closed after this. Default 30000. */
  pgIdleTimeoutMs: number;
  /** `GENBRIDGE_SQLITE_BUSY_TIMEOUT_MS`: how long a write waits for another writer's lock. Default 5000. */
  sqliteBusyTimeoutMs: number;
}

export const DEFAULT_STORAGE_TUNING: StorageTuning = {
  pgPoolMax: 10,
  pgConnectTimeoutMs: 5000,
  pgStatementTimeoutMs: 10_000,
  pgQueryTimeoutMs: 15_000,
  pgIdleTimeoutMs: 30_000,
  sqliteBusyTimeoutMs: 5000,
};

const ENV: Record<keyof StorageTuning, string> = {
  pgPoolMax: 'GENBRIDGE_PG_POOL_MAX',
  pgConnectTimeoutMs: 'GENBRIDGE_PG_CONNECT_TIMEOUT_MS',
  pgStatementTimeoutMs: 'GENBRIDGE_PG_STATEMENT_TIMEOUT_MS',
  pgQueryTimeoutMs: 'GENBRIDGE_PG_QUERY_TIMEOUT_MS',
  pgIdleTimeoutMs: 'GENBRIDGE_PG_IDLE_TIMEOUT_MS',
  sqliteBusyTimeoutMs: 'GENBRIDGE_SQLITE_BUSY_TIMEOUT_MS',
};

/** The defaults, overridden by any `GENBRIDGE_PG_*` / `GENBRIDGE_SQLITE_*` variable that is set. */
export function storageTuningFromEnv(env: NodeJS.ProcessEnv): StorageTuning {
  const tuning = { ...DEFAULT_STORAGE_TUNING };
  for (const key of Object.keys(ENV) as (keyof StorageTuning)[]) {
    const raw = env[ENV[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < (key === 'pgPoolMax' ? 1 : 0)) {
      throw new Error(
        `${ENV[key]} must be a whole number${key === 'pgPoolMax' ? ' ≥ 1' : ' of milliseconds'}, not "${raw}"`,
      );
    }
    tuning[key] = value;
  }
  return tuning;
}
