import pg from 'pg';
import type { SurveyResponse } from '@genbridge/schema';
import { PostgresAuthStore } from '../auth/postgres-auth-store.js';
import type { Programme, ProgrammePatch } from '../programme.js';
import { postgresMigrations } from './migrations.js';
import { PostgresRateWindows } from './postgres-rate-windows.js';
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
  ResponseKey,
  Storage,
  StoredRelease,
} from './storage.js';

import { StorageUnavailableError } from './storage-unavailable.js';
import { DEFAULT_STORAGE_TUNING, type StorageTuning } from './storage-tuning.js';

const INVITATION_COLUMNS = 'id, programme_id, participant, created_at, revoked_at, arm, pair_id';

interface ResponseRow {
  response_id: string;
  programme_id: string;
  body: string;
  received_at: Date;
}

// Any fixed number: serialises migrations when several collector instances start at once.
const MIGRATION_LOCK = 4_711_006;

/**
 * PostgreSQL storage for organisations that run more than one collector or already operate
 * Postgres. Each insert is its own transaction; with the default `synchronous_commit = on` the
 * commit is flushed to the WAL before the promise resolves, so a 201 is durable here too.
 */
export class PostgresStorage implements Storage {
  readonly kind = 'postgres';
  private readonly cache = new ProgrammeCache();
  readonly auth: PostgresAuthStore;
  readonly rateWindows: PostgresRateWindows;
  private constructor(private readonly pool: pg.Pool) {
    this.auth = new PostgresAuthStore(pool);
    this.rateWindows = new PostgresRateWindows(pool);
  }

  /** Connects, applies pending migrations, and returns the storage. */
  static async connect(
    connectionString: string,
    options: Partial<StorageTuning> & { max?: number } = {},
  ): Promise<PostgresStorage> {
    const t = { ...DEFAULT_STORAGE_TUNING, ...options };
    const pool = new pg.Pool({
      connectionString,
      max: options.max ?? t.pgPoolMax,
      // Bounds both opening a connection and waiting for a free one in the pool.
      connectionTimeoutMillis: t.pgConnectTimeoutMs,
      // Server side: a runaway statement is cancelled by PostgreSQL itself.
      statement_timeout: t.pgStatementTimeoutMs,
      // Client side: a server that stops answering (hung, frozen, network gone) cannot hold a
      // request forever; pool.query then discards the connection.
      query_timeout: t.pgQueryTimeoutMs,
      idleTimeoutMillis: t.pgIdleTimeoutMs,
      keepAlive: true,
    });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const storage = new PostgresStorage(pool);
    try {
      await storage.migrate();
    } catch (error) {
      await pool.end();
      throw error;
    }
    return storage;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)',
      );
      const { rows } = await client.query<{ version: number }>(
        'SELECT version FROM schema_migrations',
      );
      const applied = new Set(rows.map((r) => r.version));
      for (const m of postgresMigrations) {
        if (applied.has(m.version)) continue;
        await client.query(m.sql);
        await client.query(
          'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, now())',
          [m.version, m.name],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async createProgramme(p: NewProgramme): Promise<Programme | undefined> {
    const now = new Date();
    const { rows } = await this.pool.query<ProgrammeRow>(
      `INSERT INTO programmes (id, name, status, anonymity_threshold, public_report, instrument, access_mode, cohorts, created_at, updated_at, schedule)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10) ON CONFLICT (id) DO NOTHING RETURNING *`,
      [
        p.id,
        p.name,
        p.status,
        p.anonymityThreshold,
        p.publicReport,
        JSON.stringify(p.instrument),
        p.accessMode,
        JSON.stringify(p.cohorts),
        now,
        JSON.stringify(p.schedule ?? {}),
      ],
    );
    return rows[0] ? programmeFromRow(rows[0]) : undefined;
  }

  async getProgramme(id: string): Promise<Programme | undefined> {
    const current = await this.pool.query<{ revision: number }>(
      'SELECT revision FROM programmes WHERE id = $1',
      [id],
    );
    if (!current.rows[0]) return undefined;
    const cached = this.cache.get(id, current.rows[0].revision);
    if (cached) return cached;
    const { rows } = await this.pool.query<ProgrammeRow>('SELECT * FROM programmes WHERE id = $1', [
      id,
    ]);
    return rows[0] ? this.cache.set(id, rows[0].revision, programmeFromRow(rows[0])) : undefined;
  }

  async listProgrammes(): Promise<Programme[]> {
    const { rows } = await this.pool.query<ProgrammeRow>('SELECT * FROM programmes ORDER BY id');
    return rows.map(programmeFromRow);
  }

  async updateProgramme(id: string, patch: ProgrammePatch): Promise<Programme | undefined> {
    const sets: string[] = [];
    const values: unknown[] = [];
    const set = (column: string, value: unknown) => {
      values.push(value);
      sets.push(`${column} = $${values.length}`);
    };
    if (patch.name !== undefined) set('name', patch.name);
    if (patch.status !== undefined) set('status', patch.status);
    if (patch.anonymityThreshold !== undefined)
      set('anonymity_threshold', patch.anonymityThreshold);
    if (patch.publicReport !== undefined) set('public_report', patch.publicReport);
    if (patch.instrument !== undefined) set('instrument', JSON.stringify(patch.instrument));
    if (patch.accessMode !== undefined) set('access_mode', patch.accessMode);
    if (patch.cohorts !== undefined) set('cohorts', JSON.stringify(patch.cohorts));
    if (patch.schedule !== undefined) set('schedule', JSON.stringify(patch.schedule));
    set('updated_at', new Date());
    sets.push('revision = revision + 1');
    values.push(id);
    const { rows } = await this.pool.query<ProgrammeRow>(
      `UPDATE programmes SET ${sets.join(', ')} WHERE id = $${values.length} RETURNING *`,
      values,
    );
    return rows[0] ? programmeFromRow(rows[0]) : undefined;
  }

  async getReceipt(responseId: string): Promise<Receipt | undefined> {
    const { rows } = await this.pool.query<ResponseRow>(
      'SELECT response_id, programme_id, body, received_at FROM responses WHERE response_id = $1',
      [responseId],
    );
    return rows[0] ? toReceipt(rows[0]) : undefined;
  }

  async insertResponse(
    response: SurveyResponse,
    canonical: string,
    receivedAt: string,
  ): Promise<InsertOutcome> {
    const r = response;
    // FOR SHARE on the programme row conflicts with the UPDATE that closes it (the foreign key's
    // own KEY SHARE lock does not): a close waits for inserts in flight, and an insert that waited
    // for a close re-reads the row, sees "closed" and writes nothing. The wave's dates are read
    // from the same locked row, so a schedule change is atomic with inserts in flight too.
    const inserted = await this.pool.query(
      `WITH open_programme AS (
         SELECT 1 FROM programmes WHERE id = $2 AND status = 'open'
           AND coalesce((schedule #>> $7::text[])::timestamptz <= $6::timestamptz, true)
           AND coalesce($6::timestamptz < (schedule #>> $8::text[])::timestamptz, true)
         FOR SHARE
       )
       INSERT INTO responses (response_id, programme_id, participant, wave, body, received_at)
       SELECT $1, $2, $3, $4, $5, $6 FROM open_programme
       ON CONFLICT (response_id) DO NOTHING`,
      [
        ...[r.responseId, r.programmeId, r.participant, r.wave, canonical, receivedAt],
        ...[
          [r.wave, 'opens'],
          [r.wave, 'closes'],
        ],
      ],
    );
    if (inserted.rowCount === 1) {
      return {
        kind: 'created',
        receipt: { responseId: r.responseId, programmeId: r.programmeId, receivedAt },
      };
    }
    // ON CONFLICT waited for the other transaction to commit, so the row is visible now.
    const { rows } = await this.pool.query<ResponseRow>(
      'SELECT response_id, programme_id, body, received_at FROM responses WHERE response_id = $1',
      [r.responseId],
    );
    if (!rows[0]) return { kind: 'closed' };
    const row = rows[0]!;
    const same = row.body === canonical && row.programme_id === r.programmeId;
    return { kind: same ? 'duplicate' : 'conflict', receipt: toReceipt(row) };
  }

  async listResponses(programmeId: string): Promise<SurveyResponse[]> {
    const { rows } = await this.pool.query<{ body: string }>(
      'SELECT body FROM responses WHERE programme_id = $1 ORDER BY seq',
      [programmeId],
    );
    return rows.map((r) => JSON.parse(r.body) as SurveyResponse);
  }

  async countResponses(programmeId?: string): Promise<number> {
    const { rows } =
      programmeId === undefined
        ? await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM responses')
        : await this.pool.query<{ n: string }>(
            'SELECT count(*) AS n FROM responses WHERE programme_id = $1',
            [programmeId],
          );
    return Number(rows[0]!.n);
  }

  async listResponseKeys(programmeId: string): Promise<ResponseKey[]> {
    const { rows } = await this.pool.query<ResponseKey>(
      'SELECT wave, participant FROM responses WHERE programme_id = $1 ORDER BY seq',
      [programmeId],
    );
    return rows;
  }

  async deleteParticipant(programmeId: string, participant: string): Promise<number> {
    const result = await this.pool.query(
      'DELETE FROM responses WHERE programme_id = $1 AND participant = $2',
      [programmeId, participant],
    );
    return result.rowCount ?? 0;
  }

  async deleteResponsesBefore(programmeId: string, before: string): Promise<number> {
    const result = await this.pool.query(
      'DELETE FROM responses WHERE programme_id = $1 AND received_at < $2',
      [programmeId, new Date(before)],
    );
    return result.rowCount ?? 0;
  }

  async createInvitations(
    programmeId: string,
    invitations: readonly NewInvitation[],
    createdAt: string,
  ): Promise<void> {
    if (invitations.length === 0) return;
    // One statement is one transaction: the batch is stored whole or not at all.
    await this.pool.query(
      `INSERT INTO invitations (id, programme_id, token_hash, participant, created_at, arm, pair_id)
       SELECT id, $1, token_hash, participant, $2, arm, pair_id
       FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS t (id, token_hash, participant, arm, pair_id)`,
      [
        programmeId,
        new Date(createdAt),
        invitations.map((i) => i.id),
        invitations.map((i) => i.tokenHash),
        invitations.map((i) => i.participant),
        invitations.map((i) => i.arm ?? null),
        invitations.map((i) => i.pairId ?? null),
      ],
    );
  }

  async listInvitations(programmeId: string): Promise<InvitationRecord[]> {
    const { rows } = await this.pool.query<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE programme_id = $1 ORDER BY created_at, id`,
      [programmeId],
    );
    return rows.map(invitationFromRow);
  }

  async findInvitation(tokenHash: string): Promise<InvitationRecord | undefined> {
    const { rows } = await this.pool.query<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ? invitationFromRow(rows[0]) : undefined;
  }

  async revokeInvitation(
    programmeId: string,
    id: string,
    at: string,
  ): Promise<InvitationRecord | undefined> {
    await this.pool.query(
      'UPDATE invitations SET revoked_at = $1 WHERE programme_id = $2 AND id = $3 AND revoked_at IS NULL',
      [new Date(at), programmeId, id],
    );
    const { rows } = await this.pool.query<InvitationRow>(
      `SELECT ${INVITATION_COLUMNS} FROM invitations WHERE programme_id = $1 AND id = $2`,
      [programmeId, id],
    );
    return rows[0] ? invitationFromRow(rows[0]) : undefined;
  }

  async waveReceipts(
    programmeId: string,
    participant: string,
  ): Promise<{ wave: string; receivedAt: string }[]> {
    const { rows } = await this.pool.query<{ wave: string; received_at: Date }>(
      'SELECT wave, max(received_at) AS received_at FROM responses WHERE programme_id = $1 AND participant = $2 GROUP BY wave',
      [programmeId, participant],
    );
    return rows.map((r) => ({ wave: r.wave, receivedAt: r.received_at.toISOString() }));
  }

  async insertRelease(programmeId: string, r: NewRelease): Promise<boolean> {
    const result = await this.pool.query(
      `INSERT INTO releases (programme_id, number, created_at, reason, report, etag, audit)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [programmeId, r.number, new Date(r.createdAt), r.reason, r.report, r.etag, r.audit],
    );
    return result.rowCount === 1;
  }

  async listReleases(programmeId: string): Promise<ReleaseSummary[]> {
    const { rows } = await this.pool.query<ReleaseRow>(
      'SELECT number, created_at, reason, etag FROM releases WHERE programme_id = $1 ORDER BY number',
      [programmeId],
    );
    return rows.map(releaseFromRow);
  }

  async getRelease(
    programmeId: string,
    number: number | 'latest',
  ): Promise<StoredRelease | undefined> {
    const { rows } =
      number === 'latest'
        ? await this.pool.query<ReleaseRow>(
            'SELECT number, created_at, reason, etag, report FROM releases WHERE programme_id = $1 ORDER BY number DESC LIMIT 1',
            [programmeId],
          )
        : await this.pool.query<ReleaseRow>(
            'SELECT number, created_at, reason, etag, report FROM releases WHERE programme_id = $1 AND number = $2',
            [programmeId, number],
          );
    return rows[0] ? { ...releaseFromRow(rows[0]), report: rows[0].report! } : undefined;
  }

  async getReleaseSummary(
    programmeId: string,
    number: number | 'latest',
  ): Promise<ReleaseSummary | undefined> {
    const { rows } =
      number === 'latest'
        ? await this.pool.query<ReleaseRow>(
            'SELECT number, created_at, reason, etag FROM releases WHERE programme_id = $1 ORDER BY number DESC LIMIT 1',
            [programmeId],
          )
        : await this.pool.query<ReleaseRow>(
            'SELECT number, created_at, reason, etag FROM releases WHERE programme_id = $1 AND number = $2',
            [programmeId, number],
          );
    return rows[0] ? releaseFromRow(rows[0]) : undefined;
  }

  async releaseAudits(programmeId: string): Promise<{ number: number; audit: string }[]> {
    const { rows } = await this.pool.query<{ number: number; audit: string }>(
      'SELECT number, audit FROM releases WHERE programme_id = $1 ORDER BY number',
      [programmeId],
    );
    return rows;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async checkWritable(): Promise<void> {
    const { rows } = await this.pool.query<{ writable: boolean }>(
      "SELECT NOT pg_is_in_recovery() AND current_setting('transaction_read_only') = 'off' AS writable",
    );
    if (!rows[0]?.writable) throw new StorageUnavailableError('read_only');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

function toReceipt(row: ResponseRow): Receipt {
  return {
    responseId: row.response_id,
    programmeId: row.programme_id,
    receivedAt: row.received_at.toISOString(),
  };
}
