import type pg from 'pg';
import type {
  ApiTokenRecord,
  AuditEntry,
  AuthStore,
  NewApiToken,
  NewAuditEntry,
  SessionRecord,
} from './auth-store.js';
import type { Role } from './roles.js';

interface TokenRow {
  id: string;
  name: string;
  role: Role;
  programmes: string[] | null;
  created_by: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}
interface SessionRow {
  subject: string;
  name: string;
  role: Role;
  programmes: string[] | null;
  method: string;
  created_at: Date;
  expires_at: Date;
}
interface AuditRow {
  seq: string;
  at: Date;
  actor: string;
  role: Role | null;
  action: string;
  programme_id: string | null;
  detail: Record<string, unknown> | null;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());
const tokenFromRow = (r: TokenRow): ApiTokenRecord => ({
  id: r.id,
  name: r.name,
  role: r.role,
  programmes: r.programmes,
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
  lastUsedAt: iso(r.last_used_at),
  revokedAt: iso(r.revoked_at),
});

const TOKEN_COLUMNS =
  'id, name, role, programmes, created_by, created_at, last_used_at, revoked_at';

/** {@link AuthStore} on the collector's PostgreSQL pool (tables from migration 100). */
export class PostgresAuthStore implements AuthStore {
  constructor(private readonly pool: pg.Pool) {}

  async ensureBootstrapToken(tokenHash: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO api_tokens (id, name, role, programmes, token_hash, created_by, created_at)
       VALUES ('bootstrap', 'bootstrap admin token', 'steward', NULL, $1, 'configuration', now())
       ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, revoked_at = NULL
       WHERE api_tokens.token_hash <> excluded.token_hash`,
      [tokenHash],
    );
  }

  async createToken(t: NewApiToken): Promise<ApiTokenRecord> {
    const { rows } = await this.pool.query<TokenRow>(
      `INSERT INTO api_tokens (id, name, role, programmes, token_hash, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING ${TOKEN_COLUMNS}`,
      [
        t.id,
        t.name,
        t.role,
        t.programmes === null ? null : JSON.stringify(t.programmes),
        t.tokenHash,
        t.createdBy,
      ],
    );
    return tokenFromRow(rows[0]!);
  }

  async listTokens(): Promise<ApiTokenRecord[]> {
    const { rows } = await this.pool.query<TokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM api_tokens ORDER BY created_at, id`,
    );
    return rows.map(tokenFromRow);
  }

  async findToken(tokenHash: string, now: Date): Promise<ApiTokenRecord | undefined> {
    const { rows } = await this.pool.query<TokenRow>(
      `UPDATE api_tokens SET last_used_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL
       RETURNING ${TOKEN_COLUMNS}`,
      [tokenHash, now],
    );
    return rows[0] ? tokenFromRow(rows[0]) : undefined;
  }

  async revokeToken(id: string, now: Date): Promise<boolean> {
    const result = await this.pool.query(
      'UPDATE api_tokens SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL',
      [id, now],
    );
    return result.rowCount === 1;
  }

  async createSession(idHash: string, s: SessionRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO sessions (id_hash, subject, name, role, programmes, method, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        idHash,
        s.subject,
        s.name,
        s.role,
        s.programmes === null ? null : JSON.stringify(s.programmes),
        s.method,
        s.createdAt,
        s.expiresAt,
      ],
    );
  }

  async findSession(idHash: string, now: Date): Promise<SessionRecord | undefined> {
    const { rows } = await this.pool.query<SessionRow>(
      'SELECT subject, name, role, programmes, method, created_at, expires_at FROM sessions WHERE id_hash = $1 AND expires_at > $2',
      [idHash, now],
    );
    const row = rows[0];
    if (!row) return undefined;
    return {
      subject: row.subject,
      name: row.name,
      role: row.role,
      programmes: row.programmes,
      method: row.method,
      createdAt: row.created_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
    };
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
  }

  async appendAudit(e: NewAuditEntry, now: Date): Promise<void> {
    await this.pool.query(
      'INSERT INTO audit_log (at, actor, role, action, programme_id, detail) VALUES ($1, $2, $3, $4, $5, $6)',
      [
        now,
        e.actor,
        e.role,
        e.action,
        e.programmeId,
        e.detail === null ? null : JSON.stringify(e.detail),
      ],
    );
  }

  async listAudit(options: {
    limit: number;
    before?: number;
    programmeId?: string;
  }): Promise<AuditEntry[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    if (options.before !== undefined) {
      values.push(options.before);
      where.push(`seq < $${values.length}`);
    }
    if (options.programmeId !== undefined) {
      values.push(options.programmeId);
      where.push(`programme_id = $${values.length}`);
    }
    values.push(options.limit);
    const { rows } = await this.pool.query<AuditRow>(
      `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT $${values.length}`,
      values,
    );
    return rows.map((r) => ({
      seq: Number(r.seq),
      at: r.at.toISOString(),
      actor: r.actor,
      role: r.role,
      action: r.action,
      programmeId: r.programme_id,
      detail: r.detail,
    }));
  }
}
