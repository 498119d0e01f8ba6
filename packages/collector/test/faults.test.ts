// Faults outside the collector's control, against real collector processes: a SQLite database
// locked by another writer, a full disk (a small tmpfs mounted for the test), a stopped
// PostgreSQL and a frozen one (SIGSTOP: accepts connections, never answers). Each must be a 503
// with Retry-After and a problem body, /readyz must say so, /healthz must stay quick, and the
// collector must recover without a restart.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPostgresUrl } from './helpers/backends.js';
import { OPEN_PROGRAMME, oneResponse } from './helpers/fixtures.js';
import {
  adminFetch,
  removeDir,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';
import {
  findPostgresBin,
  startThrowawayPostgres,
  type ThrowawayPostgres,
} from './helpers/throwaway-postgres.js';

const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers.splice(0)) {
    await s.stop('SIGKILL');
    removeDir(s.dataDir);
  }
});

async function serverWithProgramme(
  id: string,
  options: { dataDir?: string; args?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<ServerProcess> {
  const server = await startServer({
    ...options,
    args: ['--rate-limit', 'off', ...(options.args ?? [])],
  });
  servers.push(server);
  const res = await adminFetch(`${server.url}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, ...OPEN_PROGRAMME }),
  });
  if (res.status !== 201) throw new Error(`cannot create programme: ${res.status}`);
  return server;
}

/** A request that gives up after `ms`: a hung collector fails the test instead of hanging it. */
const within = (ms: number) => ({ signal: AbortSignal.timeout(ms) });

const postJson = (url: string, body: unknown, _headers?: Record<string, string>) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...within(30_000),
  });

async function expectUnavailable(res: Response) {
  expect(res.status).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.headers.get('content-type')).toMatch(/json/);
  const body = (await res.json()) as { code: string; error: string };
  expect(body.code).toBe('storage_unavailable');
  expect(body.error).toMatch(/try again/);
}

describe('SQLite', () => {
  it('answers 503 while another writer holds the lock, /readyz tells, then recovers', async () => {
    const server = await serverWithProgramme('locked', {
      env: { GENBRIDGE_SQLITE_BUSY_TIMEOUT_MS: '300' },
    });
    const other = new Database(join(server.dataDir, 'genbridge.sqlite'));
    other.exec('BEGIN IMMEDIATE');
    try {
      const post = await postJson(
        `${server.url}/api/programmes/locked/responses`,
        oneResponse('locked'),
      );
      await expectUnavailable(post);
      const ready = await fetch(`${server.url}/readyz`, within(10_000));
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: 'unavailable', storage: 'sqlite' });
      expect((await fetch(`${server.url}/healthz`, within(10_000))).status).toBe(200);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const again = await postJson(
      `${server.url}/api/programmes/locked/responses`,
      oneResponse('locked'),
    );
    expect(again.status).toBe(201);
  });

  // A real full disk: a 4 MiB tmpfs holds the data directory. Mounting needs root (CI runs as
  // root); elsewhere the test is skipped with a message rather than faked.
  const mountPoint = mkdtempSync(join(tmpdir(), 'gb-full-'));
  let mounted = false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mountPoint], {
      stdio: 'ignore',
    });
    mounted = true;
  } catch {
    console.warn('faults.test: cannot mount a tmpfs (not root?): the full-disk test is skipped');
  }
  afterAll(() => {
    if (mounted) execFileSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it.skipIf(!mounted)(
    'answers 503 on a full disk, loses no acknowledged response, /readyz tells, then recovers',
    async () => {
      const dataDir = join(mountPoint, 'data');
      mkdirSync(dataDir);
      const server = await serverWithProgramme('full', { dataDir });
      // Fill what is left, then post until the disk refuses.
      const filler = join(mountPoint, 'filler');
      try {
        writeFileSync(filler, Buffer.alloc(8 * 1024 * 1024));
      } catch {
        // ENOSPC: the file holds every free block it could get.
      }
      const statuses: number[] = [];
      const acknowledged: string[] = [];
      let unavailable: Response | undefined;
      for (let i = 0; i < 400 && !unavailable; i++) {
        const r = oneResponse('full', `FULL-${String(i).padStart(4, '0')}`);
        const res = await postJson(`${server.url}/api/programmes/full/responses`, r);
        statuses.push(res.status);
        if (res.status === 201) acknowledged.push(r.responseId);
        else if (res.status === 503) unavailable = res;
        else await res.body?.cancel();
      }
      expect(statuses).not.toContain(500);
      expect(unavailable, `statuses: ${statuses.join(',')}`).toBeDefined();
      await expectUnavailable(unavailable!);
      expect((await fetch(`${server.url}/readyz`, within(10_000))).status).toBe(503);
      expect((await fetch(`${server.url}/healthz`, within(10_000))).status).toBe(200);

      rmSync(filler);
      expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
      const after = await postJson(
        `${server.url}/api/programmes/full/responses`,
        oneResponse('full', 'FULL-AFTER'),
      );
      expect(after.status).toBe(201);
      const stored = (await (
        await adminFetch(`${server.url}/api/programmes/full/export.json`)
      ).json()) as { responseId: string }[];
      const ids = new Set(stored.map((r) => r.responseId));
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
    },
  );
});

const bin = findPostgresBin();
describe.skipIf(!bin)('PostgreSQL', () => {
  let cluster: ThrowawayPostgres;
  afterAll(() => cluster?.stop());

  it('answers 503 while PostgreSQL is stopped, then recovers without a restart', async () => {
    cluster = await startThrowawayPostgres(bin!);
    const url = await freshPostgresUrl(cluster.url);
    const server = await serverWithProgramme('stopped', {
      args: ['--database-url', url],
      env: { GENBRIDGE_PG_CONNECT_TIMEOUT_MS: '1000', GENBRIDGE_PG_QUERY_TIMEOUT_MS: '2000' },
    });
    cluster.halt();
    try {
      await expectUnavailable(
        await postJson(
          `${server.url}/api/programmes/stopped/responses`,
          oneResponse('stopped'),
          {},
        ),
      );
      expect((await fetch(`${server.url}/readyz`, within(10_000))).status).toBe(503);
      expect((await fetch(`${server.url}/healthz`, within(10_000))).status).toBe(200);
    } finally {
      cluster.restart();
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const again = await postJson(
      `${server.url}/api/programmes/stopped/responses`,
      oneResponse('stopped'),
    );
    expect(again.status).toBe(201);
  });

  it('a frozen PostgreSQL (SIGSTOP) hangs neither requests nor /healthz', async () => {
    const url = await freshPostgresUrl(cluster.url);
    const server = await serverWithProgramme('frozen', {
      args: ['--database-url', url],
      env: { GENBRIDGE_PG_CONNECT_TIMEOUT_MS: '1000', GENBRIDGE_PG_QUERY_TIMEOUT_MS: '1500' },
    });
    // One request first, so the pool holds an established connection that then stops answering.
    expect(
      (await postJson(`${server.url}/api/programmes/frozen/responses`, oneResponse('frozen')))
        .status,
    ).toBe(201);
    cluster.freeze();
    try {
      const health = await fetch(`${server.url}/healthz`, within(5_000));
      expect(health.status).toBe(200);
      const [post, report, ready] = await Promise.all([
        postJson(`${server.url}/api/programmes/frozen/responses`, oneResponse('frozen'), {}),
        adminFetch(`${server.url}/api/programmes/frozen/report`, within(20_000)),
        fetch(`${server.url}/readyz`, within(20_000)),
      ]);
      await expectUnavailable(post);
      await expectUnavailable(report);
      expect(ready.status).toBe(503);
    } finally {
      cluster.thaw();
    }
    const again = await postJson(
      `${server.url}/api/programmes/frozen/responses`,
      oneResponse('frozen'),
    );
    expect(again.status).toBe(201);
  });
});
