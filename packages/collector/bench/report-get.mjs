#!/usr/bin/env node
// What one public GET of a report costs (`node bench/report-get.mjs [--participants 5000]`, after
// `pnpm build`): the released report served from storage (now) against scoring everything stored
// on every GET (what `GET …/report` did before releases). In-process through the app's own fetch
// handler on a SQLite file, so the figures are the handler's work, not the network's.
/* global performance, Request */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultInstrument } from '@genbridge/schema';
import {
  createCollectorApp,
  createProgramme,
  createRelease,
  findProgramme,
  liveReport,
  SqliteStorage,
} from '../dist/index.js';
import { syntheticResponses } from '../dist/demo/synthetic-responses.js';
import { canonicalJson } from '../dist/http/canonical-json.js';

const { values } = parseArgs({
  options: {
    participants: { type: 'string', default: '5000' },
    gets: { type: 'string', default: '50' },
  },
});
const P = Number(values.participants);
const GETS = Number(values.gets);
const dir = mkdtempSync(join(tmpdir(), 'gb-report-bench-'));
const storage = new SqliteStorage(join(dir, 'genbridge.sqlite'));
try {
  await createProgramme(storage, {
    id: 'bench',
    accessMode: 'open',
    publicReport: true,
    cohorts: [
      { id: 'spring', label: 'Spring' },
      { id: 'autumn', label: 'Autumn' },
    ],
  });
  const responses = syntheticResponses({
    programmeId: 'bench',
    instrument: defaultInstrument,
    participants: P,
    codePrefix: 'B',
  });
  const at = new Date().toISOString();
  await Promise.all(responses.map((r) => storage.insertResponse(r, canonicalJson(r), at)));
  const t0 = performance.now();
  await createRelease(storage, 'bench', 'manager_request', () => new Date());
  const releaseMs = performance.now() - t0;

  const app = createCollectorApp({ storage, adminToken: 'x'.repeat(32), rateLimit: false });
  const time = async (label, get) => {
    await get(); // warm
    const started = performance.now();
    for (let i = 0; i < GETS; i++) await get();
    const ms = (performance.now() - started) / GETS;
    console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(9)} ms per GET`);
    return ms;
  };
  console.log(
    `${P} participants (${responses.length} responses), ${GETS} GETs each; release took ${releaseMs.toFixed(0)} ms`,
  );
  const stored = await time('stored release (GET /report)', async () => {
    const res = await app.fetch(new Request('http://local/api/programmes/bench/report'));
    await res.text();
  });
  const etag = (
    await app.fetch(new Request('http://local/api/programmes/bench/report'))
  ).headers.get('etag');
  await time('stored release, If-None-Match (304)', async () => {
    const res = await app.fetch(
      new Request('http://local/api/programmes/bench/report', {
        headers: { 'if-none-match': etag },
      }),
    );
    await res.text();
  });
  const programme = await findProgramme(storage, 'bench');
  const live = await time('live scoring per GET (before releases)', async () => {
    JSON.stringify((await liveReport(storage, programme)).report);
  });
  console.log(`ratio live / stored: ${(live / stored).toFixed(0)}x`);
} finally {
  await storage.close();
  rmSync(dir, { recursive: true, force: true });
}
