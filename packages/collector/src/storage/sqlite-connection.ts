import Database from 'better-sqlite3';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sqliteMigrations } from './migrations.js';

/**
 * A read connection waits at most this long for a lock. In WAL mode readers take none that a
 * writer holds, so this only bounds the rare moments SQLite itself needs one (WAL recovery after
 * a crash): the main thread never sleeps longer than this on the database.
 */
export const READ_BUSY_TIMEOUT_MS = 100;

/**
 * Creates the database file if needed, owner-only: pseudonymous answers are still personal data
 * (SQLite gives the -wal and -shm files the database file's permissions).
 */
export function ensureDatabaseFile(file: string): void {
  if (file === ':memory:') return;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
}

/**
 * The write connection: WAL with `synchronous = FULL` fsyncs every commit, so a resolved write
 * survives a crash or power cut; a write waits up to `busyTimeoutMs` for another writer's lock
 * (the CLI, a backup) before it fails as SQLITE_BUSY. Applies pending migrations.
 */
export function openWriter(file: string, busyTimeoutMs: number): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  migrate(db);
  return db;
}

/** A read connection to a database {@link openWriter} has opened (and so migrated) before. */
export function openReader(file: string): Database.Database {
  const db = new Database(file);
  db.pragma(`busy_timeout = ${READ_BUSY_TIMEOUT_MS}`);
  // Readers only: a write through this connection would be a bug, and SQLite says so.
  db.pragma('query_only = ON');
  return db;
}

function migrate(db: Database.Database): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const apply = db.transaction(() => {
    const applied = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
        (r) => r.version,
      ),
    );
    for (const m of sqliteMigrations) {
      if (applied.has(m.version)) continue;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }
  });
  apply.immediate();
}
