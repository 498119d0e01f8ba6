import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject, onTestFinished } from 'vitest';
import { PostgresStorage } from '../../src/storage/postgres-storage.js';
import { SqliteStorage } from '../../src/storage/sqlite-storage.js';
import type { Storage } from '../../src/storage/storage.js';

/** A storage backend under test: opens a fresh, empty database and can reopen the same one. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  /** Fresh empty database; `reopen` opens another connection to the same database. */
  fresh(): Promise<{ storage: Storage; reopen(): Promise<Storage>; dispose(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'gb-sqlite-'));
    const file = join(dir, 'genbridge.sqlite');
    return {
      storage: new SqliteStorage(file),
      reopen: async () => new SqliteStorage(file),
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

let counter = 0;
/** A new database in the throwaway cluster for every call, so tests never see each other's rows. */
export async function freshPostgresUrl(baseUrl: string): Promise<string> {
  const name = `gb_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function postgres(baseUrl: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const url = await freshPostgresUrl(baseUrl);
      return {
        storage: await PostgresStorage.connect(url),
        reopen: () => PostgresStorage.connect(url),
        dispose: async () => {},
      };
    },
  };
}

/** SQLite always; PostgreSQL when the global setup started a cluster (always in CI). */
export function backends(): Backend[] {
  const url = inject('pgUrl');
  return url ? [sqlite, postgres(url)] : [sqlite];
}

/** A fresh, empty storage on `backend`, closed and its database removed when the test ends. */
export async function freshStorage(backend: Backend): Promise<Storage> {
  const db = await backend.fresh();
  onTestFinished(async () => {
    await db.storage.close();
    await db.dispose();
  });
  return db.storage;
}
