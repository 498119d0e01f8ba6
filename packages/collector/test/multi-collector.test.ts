// Several stateless collectors on one PostgreSQL (issue 13, item 5): three collector processes on
// loopback share a database; submissions are spread across them, one is killed with SIGKILL in
// the middle of the load, and the same responseId is sent to two of them at once. No
// acknowledged response may be lost and every response must be exactly one row.
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freshPostgresUrl } from './helpers/backends.js';
import { validResponses } from './helpers/fixtures.js';
import { createOpenProgramme, startThreeCollectors } from './helpers/collectors-on-postgres.js';
import { adminFetch, removeDir, type ServerProcess } from './helpers/server-process.js';

const pgUrl = inject('pgUrl');
const servers: ServerProcess[] = [];
afterAll(async () => {
  for (const s of servers.splice(0)) {
    await s.stop('SIGKILL');
    removeDir(s.dataDir);
  }
});

const post = (base: string, body: string) =>
  fetch(`${base}/api/programmes/multi/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe.skipIf(!pgUrl)('three collectors on one PostgreSQL', { timeout: 300_000 }, () => {
  it('loses no acknowledged response and stores each exactly once, through a kill -9', async () => {
    const url = await freshPostgresUrl(pgUrl!);
    await createOpenProgramme('multi', url);
    await startThreeCollectors(
      url,
      ['--rate-limit', 'off', '--programme-rate-limit', 'off'],
      servers,
    );
    const alive = servers.map(() => true);

    const responses = validResponses('multi', 750, { prefix: 'MC' });
    const bodies = responses.map((r) => ({ id: r.responseId, body: JSON.stringify(r) }));
    const acknowledged = new Set<string>();
    const statuses: number[] = [];
    let next = 0;
    let sent = 0;

    // Like a load balancer: round robin over the collectors still up; a connection that fails
    // (the killed one) is retried on the next, with the same body, which is safe by responseId.
    const submit = async (body: string, id: string) => {
      for (let attempt = 0; attempt < 6; attempt++) {
        const target = (sent++ + attempt) % servers.length;
        if (!alive[target]) continue;
        try {
          const res = await post(servers[target]!.url, body);
          await res.body?.cancel();
          statuses.push(res.status);
          if (res.status === 201 || res.status === 200) acknowledged.add(id);
          return;
        } catch {
          // Connection refused or reset by the killed process: not acknowledged, try another.
        }
      }
      throw new Error(`no collector took ${id}`);
    };

    const client = async () => {
      for (let i = next++; i < bodies.length; i = next++) {
        if (i === 500) {
          // Kill the second collector with requests in flight.
          alive[1] = false;
          await servers[1]!.stop('SIGKILL');
        }
        await submit(bodies[i]!.body, bodies[i]!.id);
      }
    };
    await Promise.all(Array.from({ length: 30 }, client));

    // The same responseId to two collectors at the same moment: one 201, one 200.
    const twice = validResponses('multi', 50, { prefix: 'MT' });
    const pairs = await Promise.all(
      twice.map(async (r) => {
        const body = JSON.stringify(r);
        const [a, b] = await Promise.all([
          post(servers[0]!.url, body),
          post(servers[2]!.url, body),
        ]);
        const receipts = [await a.text(), await b.text()];
        if (a.ok && b.ok) acknowledged.add(r.responseId);
        return { statuses: [a.status, b.status].sort(), same: receipts[0] === receipts[1] };
      }),
    );
    for (const pair of pairs) expect(pair).toEqual({ statuses: [200, 201], same: true });

    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const db = new pg.Client({ connectionString: url });
    await db.connect();
    try {
      const { rows } = await db.query<{ response_id: string }>('SELECT response_id FROM responses');
      const stored = new Set(rows.map((r) => r.response_id));
      expect(rows.length).toBe(stored.size);
      expect([...acknowledged].filter((id) => !stored.has(id))).toEqual([]);
      // Every response was eventually taken by some collector, so every one is stored once.
      expect(stored.size).toBe(bodies.length + twice.length);
    } finally {
      await db.end();
    }
    const exported = (await (
      await adminFetch(`${servers[2]!.url}/api/programmes/multi/export.json`)
    ).json()) as unknown[];
    expect(exported).toHaveLength(bodies.length + twice.length);
  });
});
