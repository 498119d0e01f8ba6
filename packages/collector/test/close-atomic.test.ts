// Closing a programme is atomic against submissions in flight (issue 13: on PostgreSQL 8 of 300
// in-flight submissions were accepted after the close). A trigger installed by the test records
// every response row written while the programme's committed status was already "closed"; after
// 300 concurrent submissions with a close in the middle there must be none, and every 201 must
// be a stored row.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freshPostgresUrl } from './helpers/backends.js';
import { OPEN_PROGRAMME, validResponses } from './helpers/fixtures.js';
import {
  adminFetch,
  removeDir,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

const pgUrl = inject('pgUrl');
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers.splice(0)) {
    await s.stop('SIGKILL');
    removeDir(s.dataDir);
  }
});

interface Backend {
  args: string[];
  /** Installs the trigger, returns a reader of the rows it logged. */
  watch(server: ServerProcess): Promise<{ late(): Promise<string[]>; close(): Promise<void> }>;
}

const sqlite: Backend = {
  args: [],
  async watch(server) {
    const db = new Database(join(server.dataDir, 'genbridge.sqlite'));
    db.pragma('busy_timeout = 10000');
    db.exec(`
      CREATE TABLE late_inserts (response_id TEXT);
      CREATE TRIGGER log_late AFTER INSERT ON responses
      WHEN (SELECT status FROM programmes WHERE id = NEW.programme_id) = 'closed'
      BEGIN INSERT INTO late_inserts VALUES (NEW.response_id); END;
    `);
    return {
      late: async () =>
        (db.prepare('SELECT response_id FROM late_inserts').all() as { response_id: string }[]).map(
          (r) => r.response_id,
        ),
      close: async () => void db.close(),
    };
  },
};

function postgres(url: string): Backend {
  return {
    args: ['--database-url', url],
    async watch() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`
        CREATE TABLE late_inserts (response_id TEXT);
        CREATE FUNCTION log_late() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF (SELECT status FROM programmes WHERE id = NEW.programme_id) = 'closed' THEN
            INSERT INTO late_inserts VALUES (NEW.response_id);
          END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER log_late AFTER INSERT ON responses FOR EACH ROW EXECUTE FUNCTION log_late();
      `);
      return {
        late: async () =>
          (
            await client.query<{ response_id: string }>('SELECT response_id FROM late_inserts')
          ).rows.map((r) => r.response_id),
        close: () => client.end(),
      };
    },
  };
}

async function closeDuringLoad(backend: Backend, id: string) {
  const server = await startServer({ args: ['--rate-limit', 'off', ...backend.args] });
  servers.push(server);
  const created = await adminFetch(`${server.url}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, ...OPEN_PROGRAMME }),
  });
  expect(created.status).toBe(201);
  const watcher = await backend.watch(server);
  try {
    const responses = validResponses(id, 150, { prefix: 'CL' });
    expect(responses).toHaveLength(300);
    let closedAt = Number.POSITIVE_INFINITY;
    let acknowledged = 0;
    let closeRequest: Promise<Response> | undefined;
    const results: { status: number; sentAt: number }[] = [];
    const queue = [...responses];
    // 50 clients submit continuously; the close goes out after 60 acknowledgements, with about
    // 50 submissions in flight and the rest still to be sent.
    const client = async () => {
      for (let r = queue.shift(); r; r = queue.shift()) {
        const sentAt = performance.now();
        const res = await fetch(`${server.url}/api/programmes/${id}/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(r),
        });
        await res.body?.cancel();
        results.push({ status: res.status, sentAt });
        if (res.status === 201 && ++acknowledged === 60) {
          closeRequest = adminFetch(`${server.url}/api/programmes/${id}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ status: 'closed' }),
          }).then((c) => {
            closedAt = performance.now();
            return c;
          });
        }
      }
    };
    await Promise.all(Array.from({ length: 50 }, client));
    expect((await closeRequest!).status).toBe(200);
    const count = (status: number) => results.filter((r) => r.status === status).length;
    expect(count(201) + count(409)).toBe(300);
    expect(count(409)).toBeGreaterThan(0);
    // Sent after the close was answered: refused, every one.
    expect(results.filter((r) => r.sentAt > closedAt && r.status === 201)).toEqual([]);
    const listed = (await (
      await adminFetch(`${server.url}/api/programmes/${id}/export.json`)
    ).json()) as unknown[];
    expect(listed).toHaveLength(count(201));
    expect(await watcher.late()).toEqual([]);
  } finally {
    await watcher.close();
  }
}

describe('closing a programme with 300 submissions in flight', { timeout: 180_000 }, () => {
  it('SQLite: no response is stored after the close', async () => {
    await closeDuringLoad(sqlite, 'close-sqlite');
  });

  it.skipIf(!pgUrl)('PostgreSQL: no response is stored after the close', async () => {
    await closeDuringLoad(postgres(await freshPostgresUrl(pgUrl!)), 'close-pg');
  });
});
