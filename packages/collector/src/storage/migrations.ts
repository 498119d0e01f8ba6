/**
 * Schema migrations, one list per dialect, applied in order and recorded in `schema_migrations`.
 * Never edit a released migration: add a new one, so every existing database can catch up.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'programmes and responses',
    sql: `
      CREATE TABLE programmes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        anonymity_threshold INTEGER NOT NULL CHECK (anonymity_threshold >= 3),
        public_report INTEGER NOT NULL DEFAULT 0 CHECK (public_report IN (0, 1)),
        instrument TEXT NOT NULL,
        -- bumped by every update, so a cached, already-checked programme can be reused safely
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE responses (
        response_id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        participant TEXT NOT NULL,
        wave TEXT NOT NULL CHECK (wave IN ('baseline', 'exit')),
        body TEXT NOT NULL,
        received_at TEXT NOT NULL
      );
      CREATE INDEX responses_by_programme ON responses (programme_id, participant);
    `,
  },
  {
    version: 2,
    name: 'access modes, cohorts, invitations and releases',
    sql: `
      -- Programmes stored before access modes existed accepted anyone; they stay open so that no
      -- running survey starts refusing its participants after an upgrade. New ones default to invitation.
      ALTER TABLE programmes ADD COLUMN access_mode TEXT NOT NULL DEFAULT 'open' CHECK (access_mode IN ('invitation', 'open'));
      ALTER TABLE programmes ADD COLUMN cohorts TEXT NOT NULL DEFAULT '[]';
      CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        -- SHA-256 of the token; the token itself is shown once and never stored
        token_hash TEXT NOT NULL UNIQUE,
        participant TEXT NOT NULL,
        created_at TEXT NOT NULL,
        revoked_at TEXT,
        UNIQUE (programme_id, participant)
      );
      CREATE TABLE releases (
        programme_id TEXT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        created_at TEXT NOT NULL,
        reason TEXT NOT NULL,
        -- the report exactly as served, and its ETag
        report TEXT NOT NULL,
        etag TEXT NOT NULL,
        -- private, never served: the released figures as equations over participants and each group's
        -- members (JSON), the input of the disclosure audit and of the membership-change rule
        audit TEXT NOT NULL,
        PRIMARY KEY (programme_id, number)
      );
    `,
  },
  // Auth (branch admin): versions from 100 up, apart from the integrity work's migrations.
  {
    version: 100,
    name: 'api tokens, sessions and the audit log',
    sql: `
      CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('steward', 'manager', 'viewer')),
        -- JSON array of programme ids a viewer may read, or NULL for every programme
        programmes TEXT,
        -- SHA-256 (hex) of the token: the token itself is shown once and never stored
        token_hash TEXT NOT NULL UNIQUE,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      );
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        subject TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('steward', 'manager', 'viewer')),
        programmes TEXT,
        method TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        role TEXT,
        action TEXT NOT NULL,
        programme_id TEXT,
        detail TEXT
      );
    `,
  },
  {
    version: 101,
    name: 'wave schedule',
    sql: `
      -- JSON { baseline?: { opens?, closes? }, exit?: ... } with UTC ISO 8601 instants; '{}' = no dates
      ALTER TABLE programmes ADD COLUMN schedule TEXT NOT NULL DEFAULT '{}';
    `,
  },
  // Evaluation arms and mentoring pairs.
  {
    version: 201,
    name: 'invitation arms and mentoring pairs',
    sql: `
      -- The HR team's assignment, copied onto every response stored under the invitation; NULL for
      -- invitations issued before (their responses carry neither, as before).
      ALTER TABLE invitations ADD COLUMN arm TEXT CHECK (arm IN ('programme', 'comparison'));
      ALTER TABLE invitations ADD COLUMN pair_id TEXT;
    `,
  },
];

export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'programmes and responses',
    sql: `
      CREATE TABLE programmes (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        anonymity_threshold INTEGER NOT NULL CHECK (anonymity_threshold >= 3),
        public_report BOOLEAN NOT NULL DEFAULT FALSE,
        instrument JSONB NOT NULL,
        revision INTEGER NOT NULL DEFAULT 1,
        created_at TIMESTAMPTZ NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE responses (
        seq BIGSERIAL UNIQUE,
        response_id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        participant TEXT NOT NULL,
        wave TEXT NOT NULL CHECK (wave IN ('baseline', 'exit')),
        -- the canonical JSON as text (not JSONB) so a repeat can be compared byte for byte
        body TEXT NOT NULL,
        received_at TIMESTAMPTZ NOT NULL
      );
      CREATE INDEX responses_by_programme ON responses (programme_id, participant);
    `,
  },
  {
    version: 2,
    name: 'access modes, cohorts, invitations and releases',
    sql: `
      -- Programmes stored before access modes existed accepted anyone; they stay open so that no
      -- running survey starts refusing its participants after an upgrade. New ones default to invitation.
      ALTER TABLE programmes ADD COLUMN access_mode TEXT NOT NULL DEFAULT 'open' CHECK (access_mode IN ('invitation', 'open'));
      ALTER TABLE programmes ADD COLUMN cohorts JSONB NOT NULL DEFAULT '[]';
      CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        -- SHA-256 of the token; the token itself is shown once and never stored
        token_hash TEXT NOT NULL UNIQUE,
        participant TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        revoked_at TIMESTAMPTZ,
        UNIQUE (programme_id, participant)
      );
      CREATE TABLE releases (
        programme_id TEXT NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        created_at TIMESTAMPTZ NOT NULL,
        reason TEXT NOT NULL,
        -- the report exactly as served, and its ETag
        report TEXT NOT NULL,
        etag TEXT NOT NULL,
        -- private, never served: the released figures as equations over participants and each group's
        -- members (JSON), the input of the disclosure audit and of the membership-change rule
        audit TEXT NOT NULL,
        PRIMARY KEY (programme_id, number)
      );
    `,
  },
  // Auth (branch admin): versions from 100 up, apart from the integrity work's migrations.
  {
    version: 100,
    name: 'api tokens, sessions and the audit log',
    sql: `
      CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('steward', 'manager', 'viewer')),
        -- JSON array of programme ids a viewer may read, or NULL for every programme
        programmes JSONB,
        -- SHA-256 (hex) of the token: the token itself is shown once and never stored
        token_hash TEXT NOT NULL UNIQUE,
        created_by TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        last_used_at TIMESTAMPTZ,
        revoked_at TIMESTAMPTZ
      );
      CREATE TABLE sessions (
        id_hash TEXT PRIMARY KEY,
        subject TEXT NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('steward', 'manager', 'viewer')),
        programmes JSONB,
        method TEXT NOT NULL,
        created_at TIMESTAMPTZ NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE audit_log (
        seq BIGSERIAL PRIMARY KEY,
        at TIMESTAMPTZ NOT NULL,
        actor TEXT NOT NULL,
        role TEXT,
        action TEXT NOT NULL,
        programme_id TEXT,
        detail JSONB
      );
    `,
  },
  {
    version: 101,
    name: 'wave schedule',
    sql: `
      -- JSON { baseline?: { opens?, closes? }, exit?: ... } with UTC ISO 8601 instants; '{}' = no dates
      ALTER TABLE programmes ADD COLUMN schedule JSONB NOT NULL DEFAULT '{}';
    `,
  },
  // Shared rate limit: versions from 200 up.
  {
    version: 200,
    name: 'rate limit windows shared by collectors',
    sql: `
      -- requests counted per key (client address group or programme) per fixed window; the rate
      -- limit weighs the previous window into a sliding one. Rows outlive their use by one window
      -- (expires_at) and are then deleted by any collector.
      CREATE TABLE rate_limit_windows (
        key TEXT NOT NULL,
        window_idx BIGINT NOT NULL,
        hits INTEGER NOT NULL,
        expires_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (key, window_idx)
      );
      CREATE INDEX rate_limit_windows_expires ON rate_limit_windows (expires_at);
    `,
  },
  // Evaluation arms and mentoring pairs.
  {
    version: 201,
    name: 'invitation arms and mentoring pairs',
    sql: `
      -- The HR team's assignment, copied onto every response stored under the invitation; NULL for
      -- invitations issued before (their responses carry neither, as before).
      ALTER TABLE invitations ADD COLUMN arm TEXT CHECK (arm IN ('programme', 'comparison'));
      ALTER TABLE invitations ADD COLUMN pair_id TEXT;
    `,
  },
];
