// Comparison arm and mentoring pairs (issue 11): the HR team assigns them through invitations, the
// collector copies them onto every stored response, participants can neither choose nor change
// them, and every export carries them so `genbridge-score` evaluates the export exactly as the
// stored responses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultInstrument, type ProgrammeReport, type SurveyResponse } from '@genbridge/schema';
import { scoreProgramme } from '@genbridge/scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validResponses } from './helpers/fixtures.js';
import {
  adminFetch,
  jsonPost,
  postJson,
  removeDir,
  runCli,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

let server: ServerProcess;
const api = (path: string) => `${server.url}/api${path}`;
type Issued = { id: string; token: string; arm?: string; pairId?: string };

beforeAll(async () => {
  server = await startServer({ args: ['--rate-limit', 'off'] });
});
afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

async function programme(id: string, extra: Record<string, unknown> = {}) {
  const res = await adminFetch(api('/programmes'), jsonPost({ id, ...extra }));
  expect(res.status, await res.clone().text()).toBe(201);
}
async function invite(id: string, batch: Record<string, unknown>) {
  const res = await adminFetch(api(`/programmes/${id}/invitations`), jsonPost(batch));
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { invitations: Issued[] }).invitations;
}
function submit(id: string, r: SurveyResponse, token: string, extra: Record<string, unknown> = {}) {
  const { participant: _left, ...body } = r;
  return postJson(
    api(`/programmes/${id}/responses`),
    { ...body, ...extra },
    { authorization: `Invitation ${token}` },
  );
}
async function exported(id: string): Promise<SurveyResponse[]> {
  return (await (
    await adminFetch(api(`/programmes/${id}/export.json`))
  ).json()) as SurveyResponse[];
}

describe('invitations assign arm and pair', () => {
  it('a batch takes an arm for all, or a list of { arm, pairId }; both are listed and shown once', async () => {
    await programme('arms-a');
    const comparison = await invite('arms-a', { count: 2, arm: 'comparison' });
    expect(comparison.map((i) => i.arm)).toEqual(['comparison', 'comparison']);
    const pairs = await invite('arms-a', {
      invitations: [{ pairId: 'pair-01' }, { pairId: 'pair-01' }, { arm: 'programme' }],
    });
    expect(pairs.map((i) => [i.arm, i.pairId])).toEqual([
      [undefined, 'pair-01'],
      [undefined, 'pair-01'],
      ['programme', undefined],
    ]);
    const listed = (await (await adminFetch(api('/programmes/arms-a/invitations'))).json()) as {
      invitations: { id: string; arm?: string; pairId?: string }[];
    };
    const byId = new Map(listed.invitations.map((i) => [i.id, i]));
    expect(byId.get(comparison[0]!.id)).toMatchObject({ arm: 'comparison' });
    expect(byId.get(pairs[1]!.id)).toMatchObject({ pairId: 'pair-01' });
    expect(byId.get(pairs[1]!.id)).not.toHaveProperty('arm');
  });

  it('refuses a bad batch with 400 naming the field, and stores nothing of it', async () => {
    await programme('arms-bad');
    const cases: [unknown, string][] = [
      [{ count: 2, arm: 'control' }, 'arm'],
      [{ invitations: [{ pairId: 'ok-1' }, { pairId: 'Not A Slug' }] }, 'invitations.1.pairId'],
      [{ arm: 'comparison', invitations: [{ pairId: 'p-1' }] }, 'invitations.0.pairId'],
      [{ invitations: [{ arm: 'comparison', pairId: 'p-1' }] }, 'invitations.0.pairId'],
      [{ invitations: [{ pairID: 'p-1' }] }, 'invitations.0.pairID'],
      [{ count: 2, invitations: [{}] }, 'invitations'],
      [{ invitations: [] }, 'invitations'],
      [{ arm: 'comparison' }, 'count'],
      [{ count: 0 }, 'count'],
    ];
    for (const [body, path] of cases) {
      const res = await adminFetch(api('/programmes/arms-bad/invitations'), jsonPost(body));
      expect(res.status, JSON.stringify(body)).toBe(400);
      const problem = (await res.json()) as { errors: { path: string }[] };
      expect(
        problem.errors.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    const listed = await (await adminFetch(api('/programmes/arms-bad/invitations'))).json();
    expect(listed).toMatchObject({ issued: 0 });
  });

  it('the CLI creates a comparison batch and a batch from a list of pair ids', async () => {
    await programme('arms-cli');
    const dir = mkdtempSync(join(tmpdir(), 'gb-pairs-'));
    const file = join(dir, 'pairs.txt');
    writeFileSync(file, 'pair_id\npair-01\npair-01\npair-02\n');
    const fromList = await runCli([
      'invitations',
      'create',
      'arms-cli',
      '--pairs',
      file,
      '--data-dir',
      server.dataDir,
    ]);
    expect(fromList.code, fromList.stderr).toBe(0);
    const created = JSON.parse(fromList.stdout) as { invitations: Issued[] };
    expect(created.invitations.map((i) => i.pairId)).toEqual(['pair-01', 'pair-01', 'pair-02']);
    const arm = await runCli([
      'invitations',
      'create',
      'arms-cli',
      '--count',
      '2',
      '--arm',
      'comparison',
      '--data-dir',
      server.dataDir,
    ]);
    expect(JSON.parse(arm.stdout).invitations[1].arm).toBe('comparison');
    const bad = await runCli([
      'invitations',
      'create',
      'arms-cli',
      '--count',
      '2',
      '--arm',
      'control',
      '--data-dir',
      server.dataDir,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/arm/);
    // The console's upload format (pair_id,arm columns) through the same parser; one bad line
    // names its line and column, and nothing is created.
    const before = JSON.parse(
      (await runCli(['invitations', 'list', 'arms-cli', '--data-dir', server.dataDir])).stdout,
    ) as { issued: number };
    const csv = join(dir, 'pairs.csv');
    writeFileSync(csv, 'pair_id,arm\npair-03,programme\npair-03,comparison\n');
    const badList = await runCli([
      'invitations',
      'create',
      'arms-cli',
      '--pairs',
      csv,
      '--data-dir',
      server.dataDir,
    ]);
    expect(badList.code).toBe(1);
    expect(badList.stderr).toMatch(/line 3, pair_id: must be empty in the comparison arm/);
    const after = JSON.parse(
      (await runCli(['invitations', 'list', 'arms-cli', '--data-dir', server.dataDir])).stdout,
    ) as { issued: number };
    expect(after.issued).toBe(before.issued);
    removeDir(dir);
  });
});

describe('responses take arm and pair from the invitation', () => {
  it('fills them in; a body naming another arm or pair gets 400 and nothing is stored', async () => {
    await programme('arms-b', { anonymityThreshold: 3 });
    const [cmp] = await invite('arms-b', { count: 1, arm: 'comparison' });
    const [mentor] = await invite('arms-b', { invitations: [{ pairId: 'pair-07' }] });
    const [plain] = await invite('arms-b', { count: 1 });
    const [a, b, c] = validResponses('arms-b', 3, { cohorts: [] }).filter(
      (r) => r.wave === 'baseline',
    );

    const tries: [Issued, SurveyResponse, Record<string, unknown>, string][] = [
      [cmp!, a!, { arm: 'programme' }, 'arm'],
      [mentor!, b!, { pairId: 'pair-08' }, 'pairId'],
      [mentor!, b!, { arm: 'comparison' }, 'arm'],
      [plain!, c!, { arm: 'comparison' }, 'arm'],
      [plain!, c!, { pairId: 'pair-07' }, 'pairId'],
    ];
    for (const [inv, r, extra, path] of tries) {
      const res = await submit('arms-b', r, inv.token, extra);
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(await res.json()).toMatchObject({ errors: [{ path }] });
    }
    expect(await exported('arms-b')).toEqual([]);

    expect((await submit('arms-b', a!, cmp!.token)).status).toBe(201);
    // Repeating the invitation's own value is harmless.
    expect((await submit('arms-b', b!, mentor!.token, { pairId: 'pair-07' })).status).toBe(201);
    expect((await submit('arms-b', c!, plain!.token)).status).toBe(201);
    const stored = new Map((await exported('arms-b')).map((r) => [r.responseId, r]));
    expect(stored.get(a!.responseId)).toMatchObject({ arm: 'comparison' });
    expect(stored.get(a!.responseId)).not.toHaveProperty('pairId');
    expect(stored.get(b!.responseId)).toMatchObject({ pairId: 'pair-07' });
    expect(stored.get(b!.responseId)).not.toHaveProperty('arm');
    expect(stored.get(c!.responseId)).not.toHaveProperty('arm');
    expect(stored.get(c!.responseId)).not.toHaveProperty('pairId');
  });

  it('an open programme refuses a self-chosen arm or pair', async () => {
    await programme('arms-open', { accessMode: 'open' });
    const [r] = validResponses('arms-open', 1, { cohorts: [] });
    for (const [field, value] of [
      ['arm', 'comparison'],
      ['pairId', 'pair-01'],
    ] as const) {
      const res = await postJson(api('/programmes/arms-open/responses'), { ...r, [field]: value });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ errors: [{ path: field }] });
    }
    expect((await postJson(api('/programmes/arms-open/responses'), r)).status).toBe(201);
  });
});

describe('exports carry arm and pair_id', () => {
  const k = 5;
  let responses: SurveyResponse[];

  beforeAll(async () => {
    await programme('arms-x', { anonymityThreshold: k });
    // 12 programme participants in 6 pairs (mentor and mentee), 8 comparison colleagues.
    const people = validResponses('arms-x', 12, { cohorts: [], dropout: 0.15 });
    const colleagues = validResponses('arms-x', 8, { cohorts: [], prefix: 'C' });
    const codes = [...new Set(people.map((r) => r.participant))];
    const paired = await invite('arms-x', {
      invitations: codes.map((_, i) => ({ pairId: `pair-${Math.floor(i / 2) + 1}` })),
    });
    const cmpCodes = [...new Set(colleagues.map((r) => r.participant))];
    const cmp = await invite('arms-x', { count: cmpCodes.length, arm: 'comparison' });
    for (const r of people)
      expect((await submit('arms-x', r, paired[codes.indexOf(r.participant)]!.token)).status).toBe(
        201,
      );
    for (const r of colleagues)
      expect((await submit('arms-x', r, cmp[cmpCodes.indexOf(r.participant)]!.token)).status).toBe(
        201,
      );
    responses = await exported('arms-x');
  });

  it('the CSV has the columns with the invitation values (the XLSX writes the same table)', async () => {
    const csv = await (await adminFetch(api('/programmes/arms-x/export.csv'))).text();
    const [head, ...lines] = csv.trim().split(/\r?\n/);
    const columns = head!.split(',');
    const arm = columns.indexOf('arm');
    const pair = columns.indexOf('pair_id');
    expect(arm).toBeGreaterThan(-1);
    expect(pair).toBeGreaterThan(-1);
    const cells = lines.map((l) => l.split(','));
    expect(cells.filter((c) => c[arm] === 'comparison')).toHaveLength(
      responses.filter((r) => r.arm === 'comparison').length,
    );
    expect(new Set(cells.map((c) => c[pair]).filter(Boolean))).toEqual(
      new Set(['pair-1', 'pair-2', 'pair-3', 'pair-4', 'pair-5', 'pair-6']),
    );
  });

  it('export.csv scored by genbridge-score gives the same evaluation as the stored responses', async () => {
    const csv = await (await adminFetch(api('/programmes/arms-x/export.csv'))).text();
    const dir = mkdtempSync(join(tmpdir(), 'gb-roundtrip-'));
    const file = join(dir, 'arms-x.csv');
    writeFileSync(file, csv);
    const bin = fileURLToPath(new URL('../../scoring/bin/genbridge-score.js', import.meta.url));
    const run = spawnSync(process.execPath, [bin, file, '-k', String(k)], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const fromCsv = JSON.parse(run.stdout) as ProgrammeReport;
    const direct = scoreProgramme(responses, defaultInstrument, { anonymityThreshold: k });
    expect(fromCsv.evaluation?.comparison).toMatchObject({ suppressed: false, comparison: 8 });
    expect(fromCsv.evaluation?.dyads).not.toBeNull();
    expect(fromCsv.evaluation).toEqual(direct.evaluation);
    expect(fromCsv.groups).toEqual(direct.groups);
    removeDir(dir);
  });
});
