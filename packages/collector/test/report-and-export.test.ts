import { defaultInstrument, type GroupReport, type ProgrammeReport } from '@genbridge/schema';
import { responsesFromCsv, scoreProgramme } from '@genbridge/scoring';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validResponses } from './helpers/fixtures.js';
import {
  adminFetch,
  postJson,
  removeDir,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

// Asynchronously: a synchronous child blocks this process for seconds on a loaded machine, the
// server meanwhile closes the idle keep-alive socket, and the next fetch fails on it.
const score = async (args: string[]) =>
  (await promisify(execFile)(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 })).stdout;
const SCORE_BIN = fileURLToPath(new URL('../../scoring/bin/genbridge-score.js', import.meta.url));
let server: ServerProcess;

async function programmeWith(
  id: string,
  k: number,
  responses: ReturnType<typeof validResponses>,
): Promise<void> {
  const res = await adminFetch(`${server.url}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id,
      anonymityThreshold: k,
      accessMode: 'open',
      cohorts: [...new Set(responses.map((r) => r.cohort))].map((c) => ({ id: c, label: c })),
    }),
  });
  expect(res.status).toBe(201);
  for (const r of responses)
    expect((await postJson(`${server.url}/api/programmes/${id}/responses`, r)).status).toBe(201);
  const released = await adminFetch(`${server.url}/api/programmes/${id}/releases`, {
    method: 'POST',
  });
  expect(released.status, await released.clone().text()).toBe(201);
}
const report = async (id: string) =>
  (await (await adminFetch(`${server.url}/api/programmes/${id}/report`)).json()) as ProgrammeReport;

/** Open text is shuffled on every scoring run; compare it as a set, everything else exactly. */
function comparable(r: ProgrammeReport) {
  // The endpoint's report also says how the programme admits participants; the file alone cannot.
  const { integrity: _integrity, ...rest } = r as ProgrammeReport & { integrity?: string };
  return {
    ...rest,
    generatedAt: 'ignored',
    feedback: r.feedback.map((f) =>
      f.suppressed
        ? f
        : {
            ...f,
            openText: {
              ...f.openText,
              valuableLearning: [...f.openText.valuableLearning].sort(),
              improvement: [...f.openText.improvement].sort(),
            },
          },
    ),
  };
}

beforeAll(async () => {
  server = await startServer({ args: ['--rate-limit', 'off'] });
});
afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

describe('anonymity end to end', () => {
  it('a cohort of 4 is never shown, nor recoverable as total minus the rest', async () => {
    const small = validResponses('anon', 4, { prefix: 'SML', cohorts: ['small'] });
    const big = validResponses('anon', 10, { prefix: 'BIG', cohorts: ['big'] });
    await programmeWith('anon', 5, [...small, ...big]);
    const r = await report('anon');
    expect(r.participation.matched).toBe(14);
    const group = (key: string) => r.groups.find((g) => g.key === key);
    expect(group('cohort:small')).toMatchObject({ suppressed: true });
    expect(group('cohort:small')).not.toHaveProperty('n');
    expect(group('cohort:small')).not.toHaveProperty('constructs');
    expect(r.feedback.find((g) => g.key === 'cohort:small')).toMatchObject({ suppressed: true });
    // "all" (14) is shown, so showing "big" (10) would reveal small = all − big.
    expect(group('all')).toMatchObject({ suppressed: false, n: 14 });
    expect(group('cohort:big')).toMatchObject({ suppressed: true });
    // Whatever the breakdown: every visible group has at least k people, and no dimension shows
    // all but one of its groups next to the total.
    const visible = r.groups.filter(
      (g): g is Extract<GroupReport, { suppressed: false }> => !g.suppressed,
    );
    for (const g of visible) expect(g.n, g.key).toBeGreaterThanOrEqual(5);
    for (const dimension of ['role', 'cohort', 'generation'] as const) {
      const groups = r.groups.filter((g) => g.dimension === dimension);
      expect(groups.filter((g) => g.suppressed).length, dimension).not.toBe(1);
    }
  });

  it('a programme of 4 participants shows no numbers at all', async () => {
    await programmeWith('tiny', 5, validResponses('tiny', 4, { prefix: 'TNY' }));
    const r = await report('tiny');
    expect(r.groups.every((g) => g.suppressed)).toBe(true);
    expect(r.feedback.every((g) => g.suppressed)).toBe(true);
  });
});

describe("export.csv scored by the scoring package gives the endpoint's report", () => {
  beforeAll(async () => {
    await programmeWith(
      'roundtrip',
      6,
      validResponses('roundtrip', 30, { prefix: 'RT', dropout: 0.15 }),
    );
  });

  it('via responsesFromCsv + scoreProgramme', async () => {
    const csv = await (
      await adminFetch(`${server.url}/api/programmes/roundtrip/export.csv`)
    ).text();
    const fromCsv = responsesFromCsv(csv, defaultInstrument);
    const endpoint = await report('roundtrip');
    const mine = scoreProgramme(fromCsv, defaultInstrument, {
      programmeId: 'roundtrip',
      anonymityThreshold: 6,
    });
    expect(comparable(mine)).toEqual(comparable(endpoint));
    expect(endpoint.groups.some((g) => !g.suppressed)).toBe(true);
  });

  it('via the genbridge-score CLI', async () => {
    const csv = await (
      await adminFetch(`${server.url}/api/programmes/roundtrip/export.csv`)
    ).text();
    const file = join(server.dataDir, 'export.csv');
    writeFileSync(file, csv);
    const cli = JSON.parse(
      await score([SCORE_BIN, file, '--k', '6', '--programme', 'roundtrip']),
    ) as ProgrammeReport;
    expect(comparable(cli)).toEqual(comparable(await report('roundtrip')));
  });

  it('the JSON export scores to the same report too', async () => {
    const json = await (
      await adminFetch(`${server.url}/api/programmes/roundtrip/export.json`)
    ).text();
    const file = join(server.dataDir, 'export.json');
    writeFileSync(file, json);
    const cli = JSON.parse(await score([SCORE_BIN, file, '--k', '6'])) as ProgrammeReport;
    expect(comparable(cli)).toEqual(comparable(await report('roundtrip')));
  });
});
