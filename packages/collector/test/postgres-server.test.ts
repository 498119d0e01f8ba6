import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPostgresUrl } from './helpers/backends.js';
import { oneResponse } from './helpers/fixtures.js';
import {
  adminFetch,
  postJson,
  removeDir,
  runCli,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

// The storage suite covers PostgreSQL in depth; this checks the wiring: `serve --database-url`
// and the CLI on the same database, as an organisation that outgrew SQLite runs them.
const pgUrl = inject('pgUrl');

describe.skipIf(!pgUrl)('collector process on PostgreSQL', () => {
  let server: ServerProcess;
  let url: string;
  beforeAll(async () => {
    url = await freshPostgresUrl(pgUrl!);
    const created = await runCli([
      'programme',
      'create',
      'pg-2026',
      '--k',
      '3',
      '--access',
      'open',
      '--cohort',
      'spring',
      '--cohort',
      'autumn',
      '--database-url',
      url,
    ]);
    expect(created.code, created.stderr).toBe(0);
    server = await startServer({ args: ['--database-url', url, '--rate-limit', 'off'] });
  });
  afterAll(async () => {
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  it('reports PostgreSQL, stores once, answers repeats with the same receipt', async () => {
    expect(server.output()).toContain('storage:     PostgreSQL');
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({
      status: 'ok',
      storage: 'postgres',
    });
    const r = oneResponse('pg-2026', 'PGPG-0001');
    const first = await postJson(`${server.url}/api/programmes/pg-2026/responses`, r);
    const second = await postJson(`${server.url}/api/programmes/pg-2026/responses`, r);
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(await second.text()).toBe(await first.text());
    const exported = await (
      await adminFetch(`${server.url}/api/programmes/pg-2026/export.json`)
    ).json();
    expect(exported).toEqual([r]);
    const shown = await runCli(['programme', 'show', 'pg-2026', '--database-url', url]);
    expect(JSON.parse(shown.stdout)).toMatchObject({ responses: 1, anonymityThreshold: 3 });
  });
});
