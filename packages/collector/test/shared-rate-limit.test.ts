// The rate limits shared through PostgreSQL (`--rate-limit-store postgres`): three collector
// processes on one database count together, so a client spreading its requests over them (as a
// load balancer does) gets the limit once, not three times.
import { afterAll, describe, expect, inject, it } from 'vitest';
import { SharedRateWindows } from '../src/http/rate-limit.js';
import { freshPostgresUrl } from './helpers/backends.js';
import { validResponses } from './helpers/fixtures.js';
import { createOpenProgramme, startThreeCollectors } from './helpers/collectors-on-postgres.js';
import {
  adminFetch,
  removeDir,
  runCli,
  tempDataDir,
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

describe.skipIf(!pgUrl)('rate limits shared through PostgreSQL', { timeout: 180_000 }, () => {
  it('the programme limit holds across three collectors', async () => {
    const url = await freshPostgresUrl(pgUrl!);
    await createOpenProgramme('shared', url);
    // 30 per 300-second window: nothing refills within the test, so the count is exact.
    const collectors = await startThreeCollectors(
      url,
      ['--rate-limit', 'off', '--programme-rate-limit', '30/0.1', '--rate-limit-store', 'postgres'],
      servers,
    );
    const statuses: number[] = [];
    const retryAfter: number[] = [];
    const responses = validResponses('shared', 60, { prefix: 'RL' }).slice(0, 60);
    expect(responses).toHaveLength(60);
    // Five at a time, round robin: collectors race on the same counter.
    for (let i = 0; i < responses.length; i += 5) {
      await Promise.all(
        responses.slice(i, i + 5).map(async (r, j) => {
          const target = collectors[(i + j) % collectors.length]!;
          const res = await fetch(`${target.url}/api/programmes/shared/responses`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(r),
          });
          statuses.push(res.status);
          if (res.status === 429) retryAfter.push(Number(res.headers.get('retry-after')));
          await res.body?.cancel();
        }),
      );
    }
    expect(
      statuses.filter((s) => s === 201),
      statuses.join(','),
    ).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    expect(retryAfter.every((s) => s >= 1)).toBe(true);
    const stored = (await (
      await adminFetch(`${collectors[0]!.url}/api/programmes/shared/export.json`)
    ).json()) as unknown[];
    expect(stored).toHaveLength(30);
  });

  it('the per-address limit holds across three collectors', async () => {
    const url = await freshPostgresUrl(pgUrl!);
    const collectors = await startThreeCollectors(
      url,
      [
        '--rate-limit',
        '12/0.05',
        '--programme-rate-limit',
        'off',
        '--rate-limit-store',
        'postgres',
      ],
      servers,
    );
    const statuses: number[] = [];
    for (let i = 0; i < 36; i++) {
      const res = await fetch(`${collectors[i % 3]!.url}/api/openapi.json`);
      statuses.push(res.status);
      await res.body?.cancel();
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(12);
    expect(statuses.filter((s) => s === 429)).toHaveLength(24);
  });

  it('refuses the postgres store without PostgreSQL', async () => {
    const dataDir = tempDataDir();
    const res = await runCli([
      'serve',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--rate-limit-store',
      'postgres',
    ]);
    removeDir(dataDir);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/rateLimitStore.*"postgres" needs databaseUrl/);
  });
});

describe('SharedRateWindows', () => {
  const options = { capacity: 10, refillPerSecond: 0.5 };
  it('asks for a window of capacity / refill seconds and answers a refusal with Retry-After', async () => {
    const asked: [string, number, number][] = [];
    const limiter = new SharedRateWindows(
      options,
      {
        hit: async (key, windowMs, limit) => {
          asked.push([key, windowMs, limit]);
          return false;
        },
      },
      'programme',
    );
    expect(await limiter.take('p1')).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(asked).toEqual([['programme:p1', 20_000, 10]]);
  });

  it('lets a request through when the database cannot count (it meets the database next)', async () => {
    const limiter = new SharedRateWindows(
      options,
      { hit: () => Promise.reject(new Error('connection refused')) },
      'address',
    );
    expect(await limiter.take('127.0.0.1')).toEqual({ allowed: true });
  });
});
