import Database from 'better-sqlite3';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SurveyResponse } from '@genbridge/schema';
import { SqliteAuthStore } from '../auth/sqlite-auth-store.js';
import type { Programme, ProgrammePatch } from '../programme.js';
import { sqliteMigrations } from './migrations.js';
import {
  invitationFromRow,
  ProgrammeCache,
  programmeFromRow,
  releaseFromRow,
  type InvitationRow,
  type ProgrammeRow,
  type ReleaseRow,
} from './row-mapping.js';
import type {
  InsertOutcome,
  InvitationRecord,
  NewInvitation,
  NewProgramme,
  NewRelease,
  Receipt,
  ReleaseSummary,
  Storage,
  StoredRelease,
} from './storage.js';

import { DEFAULT_STORAGE_TUNING } from './storage-tuning.js';

const INVITATION_COLUMNS = 'id, programme_id, participant, created_at, revoked_at';

interface PendingInsert {
  response: SurveyResponse;
  canonical: string;
  receivedAt: string;
  resolve: (outcome: InsertOutcome) => void;
  reject: (error: unknown) => void;
}

interface ResponseRow {
  response_id: string;
  programme_id: string;
  body: string;
  received_at: string;
}

/**
 * Embedded storage in one SQLite file. WAL with `synchronous = FULL` fsyncs every commit, so a
 * resolved insert survives a crash or power cut. Inserts arriving in the same event-loop turn are
 * committed together (group commit): one fsync for the batch instead of one per response, while
 * every caller still waits for the commit that contains its row.
 */
export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  private readonly db: Database.Database;
  private pending: PendingInsert[] = [];
  private flushScheduled = false;
  private readonly cache = new ProgrammeCache();
  readonly auth: SqliteAuthStore;

  private readonly busyTimeoutMs: number;

  constructor(
    readonly file: string,
    options: { busyTimeoutMs?: number } = {},
  ) {
    this.busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_STORAGE_TUNING.sqliteBusyTimeoutMs;
    if (file !== ':memory:') {
      // Pseudonymous answers are still personal data: owner-only directory and database file
      // (SQLite gives the -wal and -shm files the database file's permissions).
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      if (!existsSync(file)) writeFileSync(file, '', { mode: 0o600, flag: 'wx' });
    }
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    // The CLI may write while the server runs; wait for the other writer instead of failing.
    this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
    this.migrate();
    this.auth = new SqliteAuthStore(this.db);
  }

  private migrate(): void {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const apply = this.db.transaction(() => {
      const applied = new Set(
        (
          this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]
        ).map((r) => r.version),
      );
      for (const m of sqliteMigrations) {
        if (applied.has(m.version)) continue;
        this.db.exec(m.sql);
        this.db
          .prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(m.version, m.name, new Date().toISOString());
      }
    });
    apply.immediate();
  }

  async createProgramme(p: NewProgramme): Promise<Programme | undefined> {
    const now = new Date().toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO programmes (id, name, status, anonymity_threshold, public_report, instrument, access_mode, cohorts, created_at, updated_at, schedule)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      .run(
        p.id,
        p.name,
        p.status,
        p.anonymityThreshold,
        p.publicReport ? 1 : 0,
        JSON.stringify(p.instrument),
        p.accessMode,
        JSON.stringify(p.cohorts),
        now,
        now,
        JSON.stringify(p.schedule ?? {}),
      );
    return info.changes === 1 ? this.getProgramme(p.id) : undefined;
  }

  async getProgramme(id: string): Promise<Programme | undefined> {
    const current = this.db.prepare('SELECT revision FROM programmes WHERE id = ?').get(id) as
      { revision: number } | undefined;
    if (!current) return undefined;
    const cached = this.cache.get(id, current.revision);
    if (cached) return cached;
    const row = this.db.prepare('SELECT * FROM programmes WHERE id = ?').get(id) as
      ProgrammeRow | undefined;
    return row ? this.cache.set(id, row.revision, programmeFromRow(row)) : undefined;
  }

  async listProgrammes(): Promise<Programme[]> {
    const rows = this.db.prepare('SELECT * FROM programmes ORDER BY id').all() as ProgrammeRow[];
    return rows.map(programmeFromRow);
  }

  async updateProgramme(id: string, patch: ProgrammePatch): Promise<Programme | undefined> {
    const sets: string[] = [];
    const values: (string | number)[] = [];
    const set = (column: string, value: string | number) => {
      sets.push(`${column} = ?`);
      values.push(value);
    };
    if (patch.name !== undefined) set('name', patch.name);
    if (patch.status !== undefined) set('status', patch.status);
    if (patch.anonymityThreshold !== undefined)
      set('anonymity_threshold', patch.anonymityThreshold);
    if (patch.publicReport !== undefined) set('public_report', patch.publicReport ? 1 : 0);
    if (patch.instrument !== undefined) set('instrument', JSON.stringify(patch.instrument));
    if (patch.accessMode !== undefined) set('access_mode', patch.accessMode);
    if (patch.cohorts !== undefined) set('cohorts', JSON.stringify(patch.cohorts));
    if (patch.schedule !== undefined) set('schedule', JSON.stringify(patch.schedule));
    set('updated_at', new Date().toISOString());
    sets.push('revision = revision + 1');
    const info = this.db
      .prepare(`UPDATE programmes SET ${sets.join(', ')} WHERE id = ?`)
      .run(...values, id);
    return info.changes === 1 ? this.getProgramme(id) : undefined;
  }

  async getReceipt(responseId: string): Promise<Receipt | undefined> {
    const row = this.db
      .prepare(
        'SELECT response_id, programme_id, body, received_at FROM responses WHERE response_id = ?',
      )
      .get(responseId) as ResponseRow | undefined;
    return row ? toReceipt(row) : undefined;
  }

  insertResponse(
    response: SurveyResponse,
    canonical: string,
    receivedAt: string,
  ): Promise<InsertOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.push({ response, canonical, receivedAt, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    this.flushScheduled = false;
    // The status and the wave's dates are read in the same transaction as the insert: a close (or
    // a schedule change) that committed after the request looked the programme up still stops the
    // row. Stored dates are UTC ISO strings, like received_at, so text order is time order.
    const insert = this.db.prepare(
      `INSERT INTO responses (response_id, programme_id, participant, wave, body, received_at)
       SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM programmes WHERE id = ? AND status = 'open'
         AND coalesce(json_extract(schedule, ?) <= ?, 1) AND coalesce(? < json_extract(schedule, ?), 1))
       ON CONFLICT (response_id) DO NOTHING`,
    );
    const existing = this.db.prepare(
      'SELECT response_id, programme_id, body, received_at FROM responses WHERE response_id = ?',
    );
    // Each insert runs in its own savepoint inside the batch transaction, so one failing row (say,
    // its programme was deleted meanwhile) fails alone and the others still commit.
    const insertOne = this.db.transaction((item: PendingInsert): InsertOutcome => {
      const r = item.response;
      const info = insert.run(
        r.responseId,
        r.programmeId,
        r.participant,
        r.wave,
        item.canonical,
        item.receivedAt,
        r.programmeId,
        `$.${r.wave}.opens`,
        item.receivedAt,
        item.receivedAt,
        `$.${r.wave}.closes`,
      );
      if (info.changes === 1) {
        return {
          kind: 'created',
          receipt: {
            responseId: r.responseId,
            programmeId: r.programmeId,
            receivedAt: item.receivedAt,
          },
        };
      }
      const row = existing.get(r.responseId) as ResponseRow | undefined;
      if (!row) return { kind: 'closed' };
      const same = row.body === item.canonical && row.programme_id === r.programmeId;
      return { kind: same ? 'duplicate' : 'conflict', receipt: toReceipt(row) };
    });
    const results: ({ ok: true; outcome: InsertOutcome } | { ok: false; error: unknown })[] = [];
    try {
      this.db.transaction(() => {
        for (const item of batch) {
          try {
            results.push({ ok: true, outcome: insertOne(item) });
          } catch (error) {
            results.push({ ok: false, error });
          }
        }
      })();
    } catch (error) {
      // The commit itself failed (disk full, I/O error): nothing in the batch is durable.
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const result = results[i]!;
      if (result.ok) item.resolve(result.outcome);
      else item.reject(result.error);
    });
  }

  async listResponses(programmeId: string): Promise<SurveyResponse[]> {
    const rows = this.db
      .prepare('SELECT body FROM responses WHERE programme_id = ? ORDER BY rowid')
      .all(programmeId) as { body: string }[];
    return rows.map((r) => JSON.parse(r.body) as SurveyResponse);
  }

  async countResponses(programmeId?: string): Promise<number> {
    const row =
      programmeId === undefined
        ? this.db.prepare('SELECT count(*) AS n FROM responses').get()
        : this.db
            .prepare('SELECT count(*) AS n FROM responses WHERE programme_id = ?')
            .get(programmeId);
    return (row as { n: number }).n;
  }

  async deleteParticipant(programmeId: string, participant: string): Promise<number> {
    return this.db
      .prepare('DELETE FROM responses WHERE programme_id = ? AND participant = ?')
      .run(programmeId, participant).changes;
  }

  async deleteResponsesBefore(programmeId: string, before: string): Promise<number> {
    return this.db
      .prepare('DELETE FROM responses WHERE programme_id = ? AND received_at < ?')
      .run(programmeId, new Date(before).toISOString()).changes;
  }

  async createInvitations(
    programmeId: string,
    invitations: readonly NewInvitation[],
    createdAt: string,
  ): Promise<void> {
    const insert = this.db.prepare(
      'INSERT INTO invitations (id, programme_id, token_hash, participant, created_at) VALUES (?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      for (const i of invitations)
        insert.run(i.id, programmeId, i.tokenHash, i.participant, createdAt);
    })();
  }

  async listInvitations(programmeId: string): Promise<InvitationRecord[]> {
    const rows = this.db
      .prepare(
        `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE programme_id = ? ORDER BY created_at, id`,
      )
      .all(programmeId) as InvitationRow[];
    return rows.map(invitationFromRow);
  }

  async findInvitation(tokenHash: string): Promise<InvitationRecord | undefined> {
    const row = this.db
      .prepare(`SELECT ${INVITATION_COLUMNS} FROM invitations WHERE token_hash = ?`)
      .get(tokenHash) as InvitationRow | undefined;
    return row ? invitationFromRow(row) : undefined;
  }

  async revokeInvitation(
    programmeId: string,
    id: string,
    at: string,
  ): Promise<InvitationRecord | undefined> {
    this.db
      .prepare(
        'UPDATE invitations SET revoked_at = ? WHERE programme_id = ? AND id = ? AND revoked_at IS NULL',
      )
      .run(at, programmeId, id);
    const row = this.db
      .prepare(`SELECT ${INVITATION_COLUMNS} FROM invitations WHERE programme_id = ? AND id = ?`)
      .get(programmeId, id) as InvitationRow | undefined;
    return row ? invitationFromRow(row) : undefined;
  }

  async waveReceipts(
    programmeId: string,
    participant: string,
  ): Promise<{ wave: string; receivedAt: string }[]> {
    const rows = this.db
      .prepare(
        'SELECT wave, max(received_at) AS received_at FROM responses WHERE programme_id = ? AND participant = ? GROUP BY wave',
      )
      .all(programmeId, participant) as { wave: string; received_at: string }[];
    return rows.map((r) => ({ wave: r.wave, receivedAt: r.received_at }));
  }

  async insertRelease(programmeId: string, r: NewRelease): Promise<boolean> {
    const info = this.db
      .prepare(
        `INSERT INTO releases (programme_id, number, created_at, reason, report, etag, audit)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(programmeId, r.number, r.createdAt, r.reason, r.report, r.etag, r.audit);
    return info.changes === 1;
  }

  async listReleases(programmeId: string): Promise<ReleaseSummary[]> {
    const rows = this.db
      .prepare(
        'SELECT number, created_at, reason, etag FROM releases WHERE programme_id = ? ORDER BY number',
      )
      .all(programmeId) as ReleaseRow[];
    return rows.map(releaseFromRow);
  }

  async getRelease(
    programmeId: string,
    number: number | 'latest',
  ): Promise<StoredRelease | undefined> {
    const row = (
      number === 'latest'
        ? this.db
            .prepare(
              'SELECT number, created_at, reason, etag, report FROM releases WHERE programme_id = ? ORDER BY number DESC LIMIT 1',
            )
            .get(programmeId)
        : this.db
            .prepare(
              'SELECT number, created_at, reason, etag, report FROM releases WHERE programme_id = ? AND number = ?',
            )
            .get(programmeId, number)
    ) as ReleaseRow | undefined;
    return row ? { ...releaseFromRow(row), report: row.report! } : undefined;
  }

  async getReleaseSummary(
    programmeId: string,
    number: number | 'latest',
  ): Promise<ReleaseSummary | undefined> {
    const row = (
      number === 'latest'
        ? this.db
            .prepare(
              'SELECT number, created_at, reason, etag FROM releases WHERE programme_id = ? ORDER BY number DESC LIMIT 1',
            )
            .get(programmeId)
        : this.db
            .prepare(
              'SELECT number, created_at, reason, etag FROM releases WHERE programme_id = ? AND number = ?',
            )
            .get(programmeId, number)
    ) as ReleaseRow | undefined;
    return row ? releaseFromRow(row) : undefined;
  }

  async releaseAudits(programmeId: string): Promise<{ number: number; audit: string }[]> {
    return this.db
      .prepare('SELECT number, audit FROM releases WHERE programme_id = ? ORDER BY number')
      .all(programmeId) as { number: number; audit: string }[];
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async checkWritable(): Promise<void> {
    // A real committed write (the header's user_version, set to itself), without waiting for a
    // lock: another writer or a full disk shows here as it would to a submission.
    this.db.pragma('busy_timeout = 0');
    try {
      const version = this.db.pragma('user_version', { simple: true }) as number;
      this.db.transaction(() => this.db.pragma(`user_version = ${version}`)).immediate();
    } finally {
      this.db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
    }
  }

  async close(): Promise<void> {
    if (this.pending.length > 0) this.flush();
    this.db.close();
  }
}

function toReceipt(row: ResponseRow): Receipt {
  return {
    responseId: row.response_id,
    programmeId: row.programme_id,
    receivedAt: row.received_at,
  };
}
