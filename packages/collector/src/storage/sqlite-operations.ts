// The SQL of the SQLite storage, as plain functions of a connection. The writer worker runs the
// writes, the main thread's read connection runs the reads (sqlite-storage.ts says why), and both
// take their statements from here, so there is one implementation of each query.
import type Database from 'better-sqlite3';
import type { SurveyResponse } from '@genbridge/schema';
import type { ProgrammePatch } from '../programme.js';
import type { InvitationRow, ProgrammeRow, ReleaseRow } from './row-mapping.js';
import type {
  InsertOutcome,
  NewInvitation,
  NewProgramme,
  NewRelease,
  Receipt,
  ResponseKey,
} from './storage.js';

const INVITATION_COLUMNS = 'id, programme_id, participant, created_at, revoked_at, arm, pair_id';

export interface ResponseRow {
  response_id: string;
  programme_id: string;
  body: string;
  received_at: string;
}

/** One submission of a group commit. */
export interface InsertItem {
  response: SurveyResponse;
  canonical: string;
  receivedAt: string;
}

/** Per item of a batch: its outcome, or the error that failed it alone. */
export type InsertResult =
  { ok: true; outcome: InsertOutcome } | { ok: false; error: SerializedError };

/** An error as it crosses the thread boundary: the SQLite code is what classifies it. */
export interface SerializedError {
  name: string;
  message: string;
  code?: string;
}

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
  };
}

export function deserializeError(e: SerializedError): Error {
  return Object.assign(new Error(e.message), e);
}

// Prepared statements per connection: preparing costs more than running most of these queries.
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function sql(db: Database.Database, text: string): Database.Statement {
  let cache = prepared.get(db);
  if (!cache) prepared.set(db, (cache = new Map()));
  let statement = cache.get(text);
  if (!statement) cache.set(text, (statement = db.prepare(text)));
  return statement;
}

export function toReceipt(row: ResponseRow): Receipt {
  return {
    responseId: row.response_id,
    programmeId: row.programme_id,
    receivedAt: row.received_at,
  };
}

/** Reads: safe on any connection, never wait for a writer (WAL gives each a snapshot). */
export const sqliteReads = {
  programmeRevision(db: Database.Database, id: string): number | undefined {
    const row = sql(db, 'SELECT revision FROM programmes WHERE id = ?').get(id) as
      { revision: number } | undefined;
    return row?.revision;
  },
  programmeRow(db: Database.Database, id: string): ProgrammeRow | undefined {
    return sql(db, 'SELECT * FROM programmes WHERE id = ?').get(id) as ProgrammeRow | undefined;
  },
  programmeRows(db: Database.Database): ProgrammeRow[] {
    return sql(db, 'SELECT * FROM programmes ORDER BY id').all() as ProgrammeRow[];
  },
  responseRow(db: Database.Database, responseId: string): ResponseRow | undefined {
    return sql(
      db,
      'SELECT response_id, programme_id, body, received_at FROM responses WHERE response_id = ?',
    ).get(responseId) as ResponseRow | undefined;
  },
  responseBodies(db: Database.Database, programmeId: string): string[] {
    return sql(db, 'SELECT body FROM responses WHERE programme_id = ? ORDER BY rowid')
      .pluck()
      .all(programmeId) as string[];
  },
  countResponses(db: Database.Database, programmeId?: string): number {
    return (
      programmeId === undefined
        ? sql(db, 'SELECT count(*) FROM responses').pluck().get()
        : sql(db, 'SELECT count(*) FROM responses WHERE programme_id = ?').pluck().get(programmeId)
    ) as number;
  },
  responseKeys(db: Database.Database, programmeId: string): ResponseKey[] {
    return sql(
      db,
      'SELECT wave, participant FROM responses WHERE programme_id = ? ORDER BY rowid',
    ).all(programmeId) as ResponseKey[];
  },
  invitationRows(db: Database.Database, programmeId: string): InvitationRow[] {
    return sql(
      db,
      `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE programme_id = ? ORDER BY created_at, id`,
    ).all(programmeId) as InvitationRow[];
  },
  invitationByHash(db: Database.Database, tokenHash: string): InvitationRow | undefined {
    return sql(db, `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE token_hash = ?`).get(
      tokenHash,
    ) as InvitationRow | undefined;
  },
  waveReceipts(
    db: Database.Database,
    programmeId: string,
    participant: string,
  ): { wave: string; received_at: string }[] {
    return sql(
      db,
      'SELECT wave, max(received_at) AS received_at FROM responses WHERE programme_id = ? AND participant = ? GROUP BY wave',
    ).all(programmeId, participant) as { wave: string; received_at: string }[];
  },
  releaseRows(db: Database.Database, programmeId: string): ReleaseRow[] {
    return sql(
      db,
      'SELECT number, created_at, reason, etag FROM releases WHERE programme_id = ? ORDER BY number',
    ).all(programmeId) as ReleaseRow[];
  },
  releaseRow(
    db: Database.Database,
    programmeId: string,
    number: number | 'latest',
    withReport: boolean,
  ): ReleaseRow | undefined {
    const columns = withReport
      ? 'number, created_at, reason, etag, report'
      : 'number, created_at, reason, etag';
    return (
      number === 'latest'
        ? sql(
            db,
            `SELECT ${columns} FROM releases WHERE programme_id = ? ORDER BY number DESC LIMIT 1`,
          ).get(programmeId)
        : sql(db, `SELECT ${columns} FROM releases WHERE programme_id = ? AND number = ?`).get(
            programmeId,
            number,
          )
    ) as ReleaseRow | undefined;
  },
  releaseAudits(db: Database.Database, programmeId: string): { number: number; audit: string }[] {
    return sql(db, 'SELECT number, audit FROM releases WHERE programme_id = ? ORDER BY number').all(
      programmeId,
    ) as { number: number; audit: string }[];
  },
  ping(db: Database.Database): void {
    sql(db, 'SELECT 1').get();
  },
};

/** Writes: only the writer worker runs these, each in one IMMEDIATE transaction (see `immediate`). */
export const sqliteWrites = {
  createProgramme(db: Database.Database, p: NewProgramme, now: string): boolean {
    const info = sql(
      db,
      `INSERT INTO programmes (id, name, status, anonymity_threshold, public_report, instrument, access_mode, cohorts, created_at, updated_at, schedule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    ).run(
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
    return info.changes === 1;
  },
  updateProgramme(db: Database.Database, id: string, patch: ProgrammePatch, now: string): boolean {
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
    set('updated_at', now);
    sets.push('revision = revision + 1');
    const info = sql(db, `UPDATE programmes SET ${sets.join(', ')} WHERE id = ?`).run(
      ...values,
      id,
    );
    return info.changes === 1;
  },
  /**
   * A group commit: every item in one transaction, each in its own savepoint so one failing row
   * (its programme deleted meanwhile) fails alone. The programme's status and the wave's dates are
   * read in the same transaction as the insert: a close (or a schedule change) that committed first
   * stops the row. Stored dates are UTC ISO strings, like received_at, so text order is time order.
   */
  insertBatch(db: Database.Database, batch: readonly InsertItem[]): InsertResult[] {
    const insert = sql(
      db,
      `INSERT INTO responses (response_id, programme_id, participant, wave, body, received_at)
       SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM programmes WHERE id = ? AND status = 'open'
         AND coalesce(json_extract(schedule, ?) <= ?, 1) AND coalesce(? < json_extract(schedule, ?), 1))
       ON CONFLICT (response_id) DO NOTHING`,
    );
    const insertOne = db.transaction((item: InsertItem): InsertOutcome => {
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
      const row = sqliteReads.responseRow(db, r.responseId);
      if (!row) return { kind: 'closed' };
      const same = row.body === item.canonical && row.programme_id === r.programmeId;
      return { kind: same ? 'duplicate' : 'conflict', receipt: toReceipt(row) };
    });
    const results: InsertResult[] = [];
    // If the commit itself fails (disk full, I/O error) this throws: nothing in the batch is durable.
    immediate(db, () => {
      for (const item of batch) {
        try {
          results.push({ ok: true, outcome: insertOne(item) });
        } catch (error) {
          results.push({ ok: false, error: serializeError(error) });
        }
      }
    });
    return results;
  },
  deleteParticipant(db: Database.Database, programmeId: string, participant: string): number {
    return sql(db, 'DELETE FROM responses WHERE programme_id = ? AND participant = ?').run(
      programmeId,
      participant,
    ).changes;
  },
  deleteResponsesBefore(db: Database.Database, programmeId: string, before: string): number {
    return sql(db, 'DELETE FROM responses WHERE programme_id = ? AND received_at < ?').run(
      programmeId,
      before,
    ).changes;
  },
  createInvitations(
    db: Database.Database,
    programmeId: string,
    invitations: readonly NewInvitation[],
    createdAt: string,
  ): void {
    const insert = sql(
      db,
      'INSERT INTO invitations (id, programme_id, token_hash, participant, created_at, arm, pair_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    immediate(db, () => {
      for (const i of invitations)
        insert.run(
          i.id,
          programmeId,
          i.tokenHash,
          i.participant,
          createdAt,
          i.arm ?? null,
          i.pairId ?? null,
        );
    });
  },
  revokeInvitation(
    db: Database.Database,
    programmeId: string,
    id: string,
    at: string,
  ): InvitationRow | undefined {
    sql(
      db,
      'UPDATE invitations SET revoked_at = ? WHERE programme_id = ? AND id = ? AND revoked_at IS NULL',
    ).run(at, programmeId, id);
    return sql(
      db,
      `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE programme_id = ? AND id = ?`,
    ).get(programmeId, id) as InvitationRow | undefined;
  },
  insertRelease(db: Database.Database, programmeId: string, r: NewRelease): boolean {
    return (
      sql(
        db,
        `INSERT INTO releases (programme_id, number, created_at, reason, report, etag, audit)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ).run(programmeId, r.number, r.createdAt, r.reason, r.report, r.etag, r.audit).changes === 1
    );
  },
  /**
   * A real committed write (the header's user_version, set to itself) that does not wait for a
   * lock: another writer or a full disk shows here as it would to a submission.
   */
  checkWritable(db: Database.Database): void {
    const busyTimeoutMs = db.pragma('busy_timeout', { simple: true }) as number;
    db.pragma('busy_timeout = 0');
    try {
      const version = db.pragma('user_version', { simple: true }) as number;
      immediate(db, () => db.pragma(`user_version = ${version}`));
    } finally {
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    }
  },
};

/**
 * Runs `work` in a BEGIN IMMEDIATE transaction (nested: a savepoint). IMMEDIATE takes the write
 * lock first, where SQLite's busy timeout applies; a deferred transaction that reads first and
 * then upgrades gets SQLITE_BUSY at once when another writer holds the lock.
 */
export function immediate<T>(db: Database.Database, work: () => T): T {
  return db.transaction(work).immediate();
}

export type SqliteReads = typeof sqliteReads;
export type SqliteWrites = typeof sqliteWrites;
