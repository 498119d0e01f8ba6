// The backup procedures of docs/deploying.md, tested: an online backup of the embedded SQLite
// database taken while the collector keeps writing, and pg_dump → a new database → restore. A
// collector started on the restored copy must give the same report as the original.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freshPostgresUrl } from './helpers/backends.js';
import { OPEN_PROGRAMME, validResponses } from './helpers/fixtures.js';
import {
  adminFetch,
  postJson,
  removeDir,
  runCli,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';
import { findPostgresBin } from './helpers/throwaway-postgres.js';

const pgUrl = inject('pgUrl');
const servers: ServerProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  for (const s of servers.splice(0)) {
    await s.stop('SIGKILL');
    removeDir(s.dataDir);
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function fill(server: ServerProcess, id: string, participants: number) {
  for (const r of validResponses(id, participants, { prefix: 'BK', cohorts: ['a', 'b'] })) {
    const res = await postJson(`${server.url}/api/programmes/${id}/responses`, r);
    expect(res.status).toBe(201);
  }
}

/**
 * A report released now from what the server holds, without what legitimately differs between two
 * calls: the moment it was generated, and the order of open-text answers (shuffled on purpose, so
 * order cannot link them to people). Reports are only ever served from releases, so each side
 * makes its first release from its own data.
 */
async function report(server: ServerProcess, id: string): Promise<unknown> {
  const released = await adminFetch(`${server.url}/api/programmes/${id}/releases`, {
    method: 'POST',
  });
  expect(released.status, await released.clone().text()).toBe(201);
  const res = await adminFetch(`${server.url}/api/programmes/${id}/report`);
  expect(res.status).toBe(200);
  return JSON.parse(await res.text(), (key, value: unknown) =>
    key === 'generatedAt'
      ? undefined
      : Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? [...value].sort()
        : value,
  );
}

describe('backups restore to the same report', { timeout: 240_000 }, () => {
  it('SQLite: online backup taken while the collector writes', async () => {
    const server = await startServer({ args: ['--rate-limit', 'off'] });
    servers.push(server);
    const created = await adminFetch(`${server.url}/api/programmes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'backup',
        anonymityThreshold: 3,
        ...OPEN_PROGRAMME,
        cohorts: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      }),
    });
    expect(created.status).toBe(201);
    await fill(server, 'backup', 40);

    // SQLite's online backup API (what `sqlite3 file ".backup copy"` uses), from another
    // process's connection while the collector is running and still taking responses.
    const restoredDir = mkdtempSync(join(tmpdir(), 'gb-restore-'));
    dirs.push(restoredDir);
    const source = new Database(join(server.dataDir, 'genbridge.sqlite'), { readonly: true });
    const writing = fill(server, 'backup', 5);
    await source.backup(join(restoredDir, 'genbridge.sqlite'));
    source.close();
    await writing;

    const restored = await startServer({ dataDir: restoredDir, args: ['--rate-limit', 'off'] });
    servers.push(restored);
    const stored = (await (
      await adminFetch(`${restored.url}/api/programmes/backup/export.json`)
    ).json()) as unknown[];
    // A consistent snapshot: all of the first 80 responses, and whole commits of the rest.
    expect(stored.length).toBeGreaterThanOrEqual(80);
    expect(stored.length).toBeLessThanOrEqual(90);
    // Cut the live database back to the snapshot's responses and compare the reports.
    const ids = new Set((stored as { responseId: string }[]).map((r) => r.responseId));
    const live = new Database(join(server.dataDir, 'genbridge.sqlite'));
    const extra = (
      live.prepare('SELECT response_id FROM responses').all() as { response_id: string }[]
    )
      .map((r) => r.response_id)
      .filter((id) => !ids.has(id));
    for (const id of extra) live.prepare('DELETE FROM responses WHERE response_id = ?').run(id);
    live.close();
    expect(await report(restored, 'backup')).toEqual(await report(server, 'backup'));
  });

  const bin = findPostgresBin();
  it.skipIf(!pgUrl || !bin)('PostgreSQL: pg_dump, restore into a new database', async () => {
    const url = await freshPostgresUrl(pgUrl!);
    expect(
      (
        await runCli([
          'programme',
          'create',
          'pgbackup',
          '--k',
          '3',
          '--access',
          'open',
          '--cohort',
          'a=A',
          '--cohort',
          'b=B',
          '--database-url',
          url,
        ])
      ).code,
    ).toBe(0);
    const server = await startServer({ args: ['--database-url', url, '--rate-limit', 'off'] });
    servers.push(server);
    await fill(server, 'pgbackup', 40);

    const dumpDir = mkdtempSync(join(tmpdir(), 'gb-dump-'));
    dirs.push(dumpDir);
    mkdirSync(dumpDir, { recursive: true });
    const dump = join(dumpDir, 'genbridge.dump');
    execFileSync(join(bin!, 'pg_dump'), ['--format=custom', '--no-owner', '--file', dump, url]);
    const target = await freshPostgresUrl(pgUrl!);
    execFileSync(join(bin!, 'pg_restore'), [
      '--no-owner',
      '--exit-on-error',
      '--dbname',
      target,
      dump,
    ]);

    const db = new pg.Client({ connectionString: target });
    await db.connect();
    const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM responses');
    await db.end();
    expect(Number(rows[0]!.n)).toBe(80);

    const restored = await startServer({ args: ['--database-url', target, '--rate-limit', 'off'] });
    servers.push(restored);
    expect(await report(restored, 'pgbackup')).toEqual(await report(server, 'pgbackup'));
  });
});
