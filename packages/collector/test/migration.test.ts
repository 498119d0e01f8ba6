import Database from 'better-sqlite3';
import { defaultInstrument } from '@genbridge/schema';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { postgresMigrations, sqliteMigrations } from '../src/storage/migrations.js';
import { PostgresStorage } from '../src/storage/postgres-storage.js';
import { SqliteStorage } from '../src/storage/sqlite-storage.js';
import { freshPostgresUrl } from './helpers/backends.js';

// A database written before access modes existed: its programmes must keep accepting the people
// who were already answering, so they migrate to `open` (new programmes default to `invitation`).
const V1_PROGRAMME = [
  'old-2025',
  'Old programme',
  'open',
  5,
  JSON.stringify(defaultInstrument),
  '2025-01-01T00:00:00.000Z',
];

describe('migration to access modes', () => {
  it('SQLite: a programme stored before migration 2 becomes open with no cohorts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-migrate-'));
    const file = join(dir, 'genbridge.sqlite');
    const db = new Database(file);
    db.exec(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    db.exec(sqliteMigrations[0]!.sql);
    db.prepare("INSERT INTO schema_migrations VALUES (1, 'v1', '2025-01-01')").run();
    db.prepare(
      'INSERT INTO programmes (id, name, status, anonymity_threshold, instrument, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(...V1_PROGRAMME, V1_PROGRAMME[5]);
    db.close();
    const storage = new SqliteStorage(file);
    try {
      expect(await storage.getProgramme('old-2025')).toMatchObject({
        accessMode: 'open',
        cohorts: [],
      });
    } finally {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const pgUrl = inject('pgUrl');
  it.skipIf(!pgUrl)('PostgreSQL: the same', async () => {
    const url = await freshPostgresUrl(pgUrl!);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      'CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
    );
    await client.query(postgresMigrations[0]!.sql);
    await client.query("INSERT INTO schema_migrations VALUES (1, 'v1', now())");
    await client.query(
      'INSERT INTO programmes (id, name, status, anonymity_threshold, instrument, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6)',
      V1_PROGRAMME,
    );
    await client.end();
    const storage = await PostgresStorage.connect(url);
    try {
      expect(await storage.getProgramme('old-2025')).toMatchObject({
        accessMode: 'open',
        cohorts: [],
      });
    } finally {
      await storage.close();
    }
  });
});
