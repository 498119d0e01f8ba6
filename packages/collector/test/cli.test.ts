import { defaultInstrument } from '@genbridge/schema';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validResponses } from './helpers/fixtures.js';
import { postJson, removeDir, runCli, startServer, tempDataDir } from './helpers/server-process.js';

const dataDir = tempDataDir();
const cli = (...args: string[]) =>
  runCli([...args, '--data-dir', dataDir], { GENBRIDGE_ADMIN_TOKEN: '' });
afterAll(() => removeDir(dataDir));

describe('genbridge-collector CLI', () => {
  it('creates, shows and lists programmes', async () => {
    const created = await cli(
      'programme',
      'create',
      'cli-1',
      '--name',
      'CLI one',
      '--k',
      '7',
      '--public-report',
    );
    expect(created.code, created.stderr).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({
      id: 'cli-1',
      name: 'CLI one',
      anonymityThreshold: 7,
      publicReport: true,
      status: 'open',
      responses: 0,
    });
    expect(
      JSON.parse((await cli('programme', 'list')).stdout).map((p: { id: string }) => p.id),
    ).toEqual(['cli-1']);
    const again = await cli('programme', 'create', 'cli-1');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('opens, closes, sets k, the public flag and the instrument', async () => {
    expect(JSON.parse((await cli('programme', 'close', 'cli-1')).stdout)).toMatchObject({
      status: 'closed',
    });
    expect(JSON.parse((await cli('programme', 'open', 'cli-1')).stdout)).toMatchObject({
      status: 'open',
    });
    expect(JSON.parse((await cli('programme', 'set-k', 'cli-1', '9')).stdout)).toMatchObject({
      anonymityThreshold: 9,
    });
    expect(
      JSON.parse((await cli('programme', 'set-public-report', 'cli-1', 'false')).stdout),
    ).toMatchObject({ publicReport: false });
    const file = join(dataDir, 'instrument.json');
    writeFileSync(file, JSON.stringify({ ...defaultInstrument, version: '1.0.1' }));
    expect(
      JSON.parse((await cli('programme', 'set-instrument', 'cli-1', file)).stdout),
    ).toMatchObject({ instrument: { version: '1.0.1' } });
  });

  it('explains bad input and exits non-zero', async () => {
    const lowK = await cli('programme', 'set-k', 'cli-1', '2');
    expect(lowK.code).toBe(1);
    expect(lowK.stderr).toContain('anonymityThreshold: must be at least 3');
    const badId = await cli('programme', 'create', 'Not A Slug');
    expect(badId.code).toBe(1);
    expect(badId.stderr).toMatch(/id: must be lower-case/);
    const unknown = await cli('programme', 'close', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('there is no programme "nope"');
    const usage = await runCli(['frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('unknown command "frobnicate"');
    const flag = await cli('programme', 'list', '--colour');
    expect(flag.code).toBe(2);
  });

  it('exports, reports and erases a participant on the database a running server uses', async () => {
    await cli(
      'programme',
      'create',
      'cli-2',
      '--k',
      '3',
      '--access',
      'open',
      '--cohort',
      'spring=Spring',
      '--cohort',
      'autumn',
    );
    const server = await startServer({ dataDir, args: ['--rate-limit', 'off'] });
    const responses = validResponses('cli-2', 4, { prefix: 'CLI' });
    try {
      for (const r of responses)
        expect((await postJson(`${server.url}/api/programmes/cli-2/responses`, r)).status).toBe(
          201,
        );
      const exported = JSON.parse((await cli('export', 'cli-2')).stdout);
      expect(exported).toEqual(responses);
      const csv = await cli('export', 'cli-2', '--format', 'csv');
      expect(csv.stdout.trim().split(/\r?\n/)).toHaveLength(9);
      const report = JSON.parse((await cli('report', 'cli-2')).stdout);
      expect(report).toMatchObject({
        programmeId: 'cli-2',
        participation: { matched: 4 },
        settings: { anonymityThreshold: 3 },
      });
      const erased = await cli('participant', 'delete', 'cli-2', 'CLI-0001');
      expect(JSON.parse(erased.stdout)).toEqual({
        programmeId: 'cli-2',
        participant: 'CLI-0001',
        deleted: 2,
      });
      expect(JSON.parse((await cli('export', 'cli-2')).stdout)).toHaveLength(6);
      const purged = await cli('responses', 'purge', 'cli-2', '--before', '2999-01-01');
      expect(JSON.parse(purged.stdout)).toMatchObject({ deleted: 6 });
    } finally {
      await server.stop();
    }
  });

  it('generates the admin token once, owner-only, and says where it is', async () => {
    const dir = tempDataDir();
    try {
      const first = await runCli(['token', '--data-dir', dir], { GENBRIDGE_ADMIN_TOKEN: '' });
      expect(first.stdout).toContain(`(generated): ${join(dir, 'admin-token')}`);
      expect(statSync(join(dir, 'admin-token')).mode & 0o777).toBe(0o600);
      const second = await runCli(['token', '--data-dir', dir], { GENBRIDGE_ADMIN_TOKEN: '' });
      expect(second.stdout).toContain('(file)');
      const env = await runCli(['token', '--data-dir', dir], {
        GENBRIDGE_ADMIN_TOKEN: 'from-the-environment-123',
      });
      expect(env.stdout).toContain('(environment)');
    } finally {
      removeDir(dir);
    }
  });
});
