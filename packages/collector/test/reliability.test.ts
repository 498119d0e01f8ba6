import { afterEach, describe, expect, it } from 'vitest';
import { runLoad, type LoadRequest } from '../bench/load-runner.mjs';
import { fuzzedBadRequests } from './helpers/fuzz.js';
import { OPEN_PROGRAMME, validResponses } from './helpers/fixtures.js';
import {
  adminFetch,
  removeDir,
  startServer,
  tempDataDir,
  type ServerProcess,
} from './helpers/server-process.js';
import { storedResponseIds } from './helpers/sqlite-count.js';

// Bounded in count (the numbers) and in time (each test well under a minute on 2 cores).
// Invariants only: nothing lost, nothing duplicated, nothing bad stored. Timings are printed by
// `pnpm --filter @genbridge/collector bench`, never asserted.

const servers: ServerProcess[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    await s.stop('SIGKILL');
    removeDir(s.dataDir);
  }
});

async function serverWithProgramme(id: string, dataDir?: string): Promise<ServerProcess> {
  const server = await startServer({
    args: ['--rate-limit', 'off', '--programme-rate-limit', 'off'],
    ...(dataDir ? { dataDir } : {}),
  });
  servers.push(server);
  const res = await adminFetch(`${server.url}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id, ...OPEN_PROGRAMME }),
  });
  if (res.status !== 201 && res.status !== 409)
    throw new Error(`cannot create programme: ${res.status}`);
  return server;
}

describe('reliability', { timeout: 180_000 }, () => {
  it('5,000 valid submissions at concurrency 50 plus 500 duplicates leave exactly 5,000 rows', async () => {
    const server = await serverWithProgramme('load');
    const responses = validResponses('load', 2500, { prefix: 'LD' });
    expect(responses).toHaveLength(5000);
    const requests: LoadRequest[] = responses.map((r) => ({
      body: JSON.stringify(r),
      id: r.responseId,
    }));
    // 500 repeats, spread through the run so some race their original.
    for (let i = 0; i < 500; i++) {
      const original = requests[(i * 9973) % 5000]!;
      requests.splice(Math.min(requests.length, ((i * 7919) % 5000) + 1 + i), 0, { ...original });
    }
    const results = await runLoad(`${server.url}/api/programmes/load/responses`, requests, {
      concurrency: 50,
    });
    const count = (status: number) => results.filter((r) => r.status === status).length;
    expect(count(201)).toBe(5000);
    expect(count(200)).toBe(500);
    expect(count(201) + count(200)).toBe(results.length);
    const stored = storedResponseIds(server.dataDir, 'load');
    expect(stored).toHaveLength(5000);
    expect(new Set(stored)).toEqual(new Set(responses.map((r) => r.responseId)));
  });

  it('10,000 fuzzed bad payloads are all refused with 4xx, store nothing, and leave the server healthy', async () => {
    const server = await serverWithProgramme('fuzz');
    const valid = validResponses('fuzz', 50, { prefix: 'FZ' });
    const bad = fuzzedBadRequests(valid, 10_000);
    const results = await runLoad(
      `${server.url}/api/programmes/fuzz/responses`,
      bad.map((b) => b.request),
      { concurrency: 50 },
    );
    const notRefused = results.filter((r) => r.status < 400 || r.status >= 500);
    expect(
      notRefused.map((r) => ({
        kind: bad[r.index]!.kind,
        status: r.status,
        body: String(bad[r.index]!.request.body).slice(0, 200),
      })),
    ).toEqual([]);
    const statuses = new Set(results.map((r) => r.status));
    expect([...statuses].sort()).toEqual([400, 413, 415]);
    expect(storedResponseIds(server.dataDir, 'fuzz')).toHaveLength(0);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    // Still fully working: a valid response is accepted and the report is computed.
    const ok = await runLoad(
      `${server.url}/api/programmes/fuzz/responses`,
      valid.slice(0, 2).map((r) => ({ body: JSON.stringify(r) })),
      { concurrency: 1 },
    );
    expect(ok.map((r) => r.status)).toEqual([201, 201]);
    // Reports are releases now: the server can still release and serve one.
    const released = await adminFetch(`${server.url}/api/programmes/fuzz/releases`, {
      method: 'POST',
    });
    expect(released.status).toBe(201);
    expect((await adminFetch(`${server.url}/api/programmes/fuzz/report`)).status).toBe(200);
  });

  it('kill -9 in the middle of a load run loses no response that got a 201', async () => {
    const dataDir = tempDataDir();
    const server = await serverWithProgramme('crash', dataDir);
    const responses = validResponses('crash', 1500, { prefix: 'CR' });
    const acknowledged = new Set<string>();
    let killed = false;
    const results = await runLoad(
      `${server.url}/api/programmes/crash/responses`,
      responses.map((r) => ({ body: JSON.stringify(r), id: r.responseId })),
      {
        concurrency: 50,
        onResult(r) {
          if (r.status === 201 || r.status === 200) acknowledged.add(r.id!);
          if (!killed && acknowledged.size >= 600) {
            killed = true;
            server.child.kill('SIGKILL');
          }
        },
      },
    );
    expect(killed).toBe(true);
    const failed = results.filter((r) => r.status === 0).length;
    expect(failed).toBeGreaterThan(0); // the kill really interrupted the run
    await server.stop();

    // Restart on the same data directory: the database recovers from its write-ahead log.
    const restarted = await startServer({
      dataDir,
      args: ['--rate-limit', 'off', '--programme-rate-limit', 'off'],
    });
    servers.push(restarted);
    expect((await fetch(`${restarted.url}/healthz`)).status).toBe(200);
    const stored = storedResponseIds(dataDir, 'crash');
    expect(new Set(stored).size).toBe(stored.length);
    const lost = [...acknowledged].filter((id) => !stored.includes(id));
    expect(lost).toEqual([]);
    // Clients whose request died with the server retry; every retry is answered and stored once.
    const retried = await runLoad(
      `${restarted.url}/api/programmes/crash/responses`,
      responses.map((r) => ({ body: JSON.stringify(r), id: r.responseId })),
      { concurrency: 50 },
    );
    expect(retried.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(retried.filter((r) => r.status === 200).length).toBe(stored.length);
    expect(storedResponseIds(dataDir, 'crash')).toHaveLength(3000);
  });
});
