import type { Role } from './roles.js';

/** An API token as listed: never the token itself. */
export interface ApiTokenRecord {
  id: string;
  name: string;
  role: Role;
  /** Programmes a viewer token may read; null: every programme. */
  programmes: string[] | null;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface NewApiToken {
  id: string;
  name: string;
  role: Role;
  programmes: string[] | null;
  tokenHash: string;
  createdBy: string;
}

/** A signed-in browser session; the store knows only the hash of its id. */
export interface SessionRecord {
  subject: string;
  name: string;
  role: Role;
  programmes: string[] | null;
  /** How the person signed in: `oidc`, `demo`. */
  method: string;
  createdAt: string;
  expiresAt: string;
}

/** One line of the audit log. */
export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  role: Role | null;
  action: string;
  programmeId: string | null;
  detail: Record<string, unknown> | null;
}
export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'at'>;

/**
 * Tokens, sessions and the audit log. One interface, two implementations (SQLite and PostgreSQL)
 * living next to the response storage and sharing its connection and migrations.
 */
export interface AuthStore {
  /**
   * Makes the configured bootstrap admin token the steward token with id `bootstrap`. A changed
   * configured token replaces the stored hash (and so un-revokes it: the operator chose it anew).
   */
  ensureBootstrapToken(tokenHash: string): Promise<void>;
  createToken(token: NewApiToken): Promise<ApiTokenRecord>;
  listTokens(): Promise<ApiTokenRecord[]>;
  /** The live (not revoked) token with this hash; records its use. */
  findToken(tokenHash: string, now: Date): Promise<ApiTokenRecord | undefined>;
  /** Resolves to false for an unknown or already revoked id. */
  revokeToken(id: string, now: Date): Promise<boolean>;

  createSession(idHash: string, session: SessionRecord): Promise<void>;
  /** The session, if it exists and has not expired at `now`. */
  findSession(idHash: string, now: Date): Promise<SessionRecord | undefined>;
  deleteSession(idHash: string): Promise<void>;

  appendAudit(entry: NewAuditEntry, now: Date): Promise<void>;
  /** Newest first; `before` pages backwards by sequence number. */
  listAudit(options: {
    limit: number;
    before?: number;
    programmeId?: string;
  }): Promise<AuditEntry[]>;
}
