import type Database from 'better-sqlite3';
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
  programmes: string | null;
  created_by: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
interface SessionRow {
  subject: string;
  name: string;
  role: Role;
  programmes: string | null;
  method: string;
  created_at: string;
  expires_at: string;
}
interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  role: Role | null;
  action: string;
  programme_id: string | null;
  detail: string | null;
}

const tokenFromRow = (r: TokenRow): ApiTokenRecord => ({
  id: r.id,
  name: r.name,
  role: r.role,
  programmes: r.programmes === null ? null : (JSON.parse(r.programmes) as string[]),
  createdBy: r.created_by,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

const TOKEN_COLUMNS =
  'id, name, role, programmes, created_by, created_at, last_used_at, revoked_at';

/** {@link AuthStore} on the collector's SQLite connection (tables from migration 100). */
export class SqliteAuthStore implements AuthStore {
  constructor(private readonly db: Database.Database) {}

  async ensureBootstrapToken(tokenHash: string): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO api_tokens (id, name, role, programmes, token_hash, created_by, created_at)
         VALUES ('bootstrap', 'bootstrap admin token', 'steward', NULL, ?, 'configuration', ?)
         ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, revoked_at = NULL
         WHERE api_tokens.token_hash <> excluded.token_hash`,
      )
      .run(tokenHash, new Date().toISOString());
  }

  async createToken(t: NewApiToken): Promise<ApiTokenRecord> {
    this.db
      .prepare(
        `INSERT INTO api_tokens (id, name, role, programmes, token_hash, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        t.id,
        t.name,
        t.role,
        t.programmes === null ? null : JSON.stringify(t.programmes),
        t.tokenHash,
        t.createdBy,
        new Date().toISOString(),
      );
    return tokenFromRow(
      this.db.prepare(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE id = ?`).get(t.id) as TokenRow,
    );
  }

  async listTokens(): Promise<ApiTokenRecord[]> {
    const rows = this.db
      .prepare(`SELECT ${TOKEN_COLUMNS} FROM api_tokens ORDER BY created_at, id`)
      .all() as TokenRow[];
    return rows.map(tokenFromRow);
  }

  async findToken(tokenHash: string, now: Date): Promise<ApiTokenRecord | undefined> {
    const row = this.db
      .prepare(
        `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL`,
      )
      .get(tokenHash) as TokenRow | undefined;
    if (!row) return undefined;
    this.db
      .prepare('UPDATE api_tokens SET last_used_at = ? WHERE id = ?')
      .run(now.toISOString(), row.id);
    return tokenFromRow(row);
  }

  async revokeToken(id: string, now: Date): Promise<boolean> {
    return (
      this.db
        .prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL')
        .run(now.toISOString(), id).changes === 1
    );
  }

  async createSession(idHash: string, s: SessionRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO sessions (id_hash, subject, name, role, programmes, method, created_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        idHash,
        s.subject,
        s.name,
        s.role,
        s.programmes === null ? null : JSON.stringify(s.programmes),
        s.method,
        s.createdAt,
        s.expiresAt,
      );
  }

  async findSession(idHash: string, now: Date): Promise<SessionRecord | undefined> {
    const row = this.db
      .prepare(
        'SELECT subject, name, role, programmes, method, created_at, expires_at FROM sessions WHERE id_hash = ? AND expires_at > ?',
      )
      .get(idHash, now.toISOString()) as SessionRow | undefined;
    if (!row) return undefined;
    return {
      subject: row.subject,
      name: row.name,
      role: row.role,
      programmes: row.programmes === null ? null : (JSON.parse(row.programmes) as string[]),
      method: row.method,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
    };
  }

  async deleteSession(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  async appendAudit(e: NewAuditEntry, now: Date): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO audit_log (at, actor, role, action, programme_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        now.toISOString(),
        e.actor,
        e.role,
        e.action,
        e.programmeId,
        e.detail === null ? null : JSON.stringify(e.detail),
      );
  }

  async listAudit(options: {
    limit: number;
    before?: number;
    programmeId?: string;
  }): Promise<AuditEntry[]> {
    const where: string[] = [];
    const values: (string | number)[] = [];
    if (options.before !== undefined) {
      where.push('seq < ?');
      values.push(options.before);
    }
    if (options.programmeId !== undefined) {
      where.push('programme_id = ?');
      values.push(options.programmeId);
    }
    const rows = this.db
      .prepare(
        `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ?`,
      )
      .all(...values, options.limit) as AuditRow[];
    return rows.map((r) => ({
      seq: r.seq,
      at: r.at,
      actor: r.actor,
      role: r.role,
      action: r.action,
      programmeId: r.programme_id,
      detail: r.detail === null ? null : (JSON.parse(r.detail) as Record<string, unknown>),
    }));
  }
}
