#!/usr/bin/env node
// Load benchmark for the collector (`pnpm --filter @genbridge/collector bench`). Starts the real
// CLI on a fresh data directory, then prints figures for three runs:
//   1. valid submissions at concurrency C, plus duplicates (accepted, repeats, rows, lost),
//   2. fuzzed-style bad payloads (all must be refused),
//   3. kill -9 in the middle of a run, restart, count acknowledged responses that are missing.
//   4. the same valid load on SQLite, PostgreSQL with one collector and PostgreSQL with three
//      collectors (requests spread over them): req/s and p99 side by side.
//   5. /healthz latency while another process holds SQLite's write lock and a submission waits.
// Figures only; the reliability tests assert the invariants. Needs `pnpm build` first.
// Options: --n <valid submissions> (default 5000), --concurrency <c> (default 50),
// --only <sections> (e.g. 4,5), --bin <another build's bin/genbridge-collector.js> (to compare
// a build from another commit; it must accept the same flags).
/* global fetch, performance, structuredClone, setTimeout */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import Pg from 'pg';
import { defaultInstrument } from '@genbridge/schema';
// Synthetic data is not public API; the bench reads the built module directly.
import { syntheticResponses } from '../dist/demo/synthetic-responses.js';
import { quantile, runLoad } from './load-runner.mjs';
import { startPostgres } from './postgres-cluster.mjs';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '50' },
    only: { type: 'string' },
    bin: { type: 'string' },
  },
});
const sections = new Set((values.only ?? '1,2,3,4,5').split(',').map(Number));
const N = Number(values.n);
const C = Number(values.concurrency);
const BIN = values.bin
  ? resolve(values.bin)
  : fileURLToPath(new URL('../bin/genbridge-collector.js', import.meta.url));
const TOKEN = 'bench-admin-token-0123456789abcdef';

function start(dataDir, extraArgs = [], env = {}) {
  const child = spawn(
    process.execPath,
    [
      BIN,
      'serve',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--rate-limit',
      'off',
      '--programme-rate-limit',
      'off',
      ...extraArgs,
    ],
    {
      env: { ...process.env, GENBRIDGE_ADMIN_TOKEN: TOKEN, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`collector exited with ${code}`)));
  });
}

async function createProgramme(url, id) {
  const res = await fetch(`${url}/api/programmes`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    // Measures the submission path itself: self-generated codes, the synthetic data's cohorts.
    body: JSON.stringify({
      id,
      accessMode: 'open',
      cohorts: [
        { id: 'spring', label: 'Spring' },
        { id: 'autumn', label: 'Autumn' },
      ],
    }),
  });
  if (res.status !== 201) throw new Error(`create programme: ${res.status}`);
}

function rows(dataDir, programme) {
  const db = new Database(join(dataDir, 'genbridge.sqlite'), { readonly: true });
  const ids = db
    .prepare('SELECT response_id FROM responses WHERE programme_id = ?')
    .all(programme)
    .map((r) => r.response_id);
  db.close();
  return ids;
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
function report(title, results, extra) {
  const by = {};
  for (const r of results) by[r.status] = (by[r.status] ?? 0) + 1;
  const ms = results.filter((r) => r.status !== 0).map((r) => r.ms);
  const seconds = extra.seconds;
  console.log(`\n${title}`);
  console.log(
    `  requests ${results.length} in ${seconds.toFixed(2)} s (${Math.round(results.length / seconds)} req/s), concurrency ${C}`,
  );
  console.log(`  status counts ${JSON.stringify(by)}`);
  for (const [k, v] of Object.entries(extra.figures)) console.log(`  ${k.padEnd(10)} ${v}`);
  console.log(
    `  latency    p50 ${fmt(quantile(ms, 0.5))}  p99 ${fmt(quantile(ms, 0.99))}  max ${fmt(Math.max(...ms))}`,
  );
}

const dirs = [];
/** Complete baseline + exit responses for the bench programme (no dropout), seeded. */
const benchResponses = (participants, seed) =>
  syntheticResponses({
    programmeId: 'bench',
    instrument: defaultInstrument,
    participants,
    dropout: 0,
    seed,
  });

const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'gb-bench-'));
  dirs.push(d);
  return d;
};

try {
  // 1. valid + duplicates
  if (sections.has(1)) {
    const dataDir = temp();
    const { child, url } = await start(dataDir);
    await createProgramme(url, 'bench');
    const responses = benchResponses(Math.ceil(N / 2), 1).slice(0, N);
    const requests = responses.map((r) => ({ body: JSON.stringify(r), id: r.responseId }));
    const dupes = Math.round(N / 10);
    for (let i = 0; i < dupes; i++)
      requests.splice(((i * 7919) % N) + i + 1, 0, requests[(i * 9973) % N]);
    const t0 = performance.now();
    const results = await runLoad(`${url}/api/programmes/bench/responses`, requests, {
      concurrency: C,
    });
    const seconds = (performance.now() - t0) / 1000;
    const stored = new Set(rows(dataDir, 'bench'));
    const acked = new Set(
      results.filter((r) => r.status === 201 || r.status === 200).map((r) => r.id),
    );
    report(`1. ${N} valid submissions + ${dupes} duplicates`, results, {
      seconds,
      figures: {
        accepted: results.filter((r) => r.status === 201).length,
        repeats: results.filter((r) => r.status === 200).length,
        rejected: results.filter((r) => r.status >= 400).length,
        rows: stored.size,
        lost: [...acked].filter((id) => !stored.has(id)).length,
      },
    });
    child.kill('SIGTERM');
  }
  // 2. bad payloads
  if (sections.has(2)) {
    const dataDir = temp();
    const { child, url } = await start(dataDir);
    await createProgramme(url, 'bench');
    const good = benchResponses(20, 2);
    const bad = Array.from({ length: N }, (_, i) => {
      const r = structuredClone(good[i % good.length]);
      switch (i % 5) {
        case 0:
          r.answers.dc_1 = 9;
          return { body: JSON.stringify(r) };
        case 1:
          r.answers.zz_9 = 3;
          return { body: JSON.stringify(r) };
        case 2:
          return { body: JSON.stringify(r).slice(0, 100) };
        case 3:
          return { body: `{"__proto__":{"polluted":true},${JSON.stringify(r).slice(1)}` };
        default:
          return { body: JSON.stringify(r), contentType: 'text/plain' };
      }
    });
    const t0 = performance.now();
    const results = await runLoad(`${url}/api/programmes/bench/responses`, bad, { concurrency: C });
    const seconds = (performance.now() - t0) / 1000;
    report(`2. ${N} bad payloads`, results, {
      seconds,
      figures: {
        accepted: results.filter((r) => r.status < 400).length,
        rejected: results.filter((r) => r.status >= 400 && r.status < 500).length,
        rows: rows(dataDir, 'bench').length,
        healthy: (await fetch(`${url}/healthz`)).status === 200 ? 'yes' : 'NO',
      },
    });
    child.kill('SIGTERM');
  }
  // 3. kill -9 mid-run
  if (sections.has(3)) {
    const dataDir = temp();
    const { child, url } = await start(dataDir);
    await createProgramme(url, 'bench');
    const responses = benchResponses(Math.ceil(N / 2), 3).slice(0, N);
    const acked = new Set();
    let killed = false;
    const t0 = performance.now();
    const results = await runLoad(
      `${url}/api/programmes/bench/responses`,
      responses.map((r) => ({ body: JSON.stringify(r), id: r.responseId })),
      {
        concurrency: C,
        onResult(r) {
          if (r.status === 201) acked.add(r.id);
          if (!killed && acked.size >= N / 3) {
            killed = true;
            child.kill('SIGKILL');
          }
        },
      },
    );
    const seconds = (performance.now() - t0) / 1000;
    const again = await start(dataDir);
    const stored = new Set(rows(dataDir, 'bench'));
    report(`3. kill -9 after ${Math.round(N / 3)} acknowledgements, then restart`, results, {
      seconds,
      figures: {
        accepted: acked.size,
        failed: results.filter((r) => r.status === 0).length,
        rows: stored.size,
        lost: [...acked].filter((id) => !stored.has(id)).length,
      },
    });
    again.child.kill('SIGTERM');
  }
  // 4. storage side by side
  if (sections.has(4)) {
    const pg = await startPostgres();
    const responses = benchResponses(Math.ceil(N / 2), 4).slice(0, N);
    const requests = responses.map((r) => ({ body: JSON.stringify(r), id: r.responseId }));
    /** Runs the load over `urls`, each with an equal share of requests and of the concurrency. */
    const spread = async (urls) => {
      const t0 = performance.now();
      const parts = await Promise.all(
        urls.map((url, k) =>
          runLoad(
            `${url}/api/programmes/bench/responses`,
            requests.filter((_, i) => i % urls.length === k),
            { concurrency: Math.ceil(C / urls.length) },
          ),
        ),
      );
      const results = parts.flat();
      const seconds = (performance.now() - t0) / 1000;
      const ms = results.map((r) => r.ms);
      const ok = results.filter((r) => r.status === 201).length;
      return { rps: results.length / seconds, p99: quantile(ms, 0.99), ok };
    };
    const rowsOut = [];
    {
      const { child, url } = await start(temp());
      await createProgramme(url, 'bench');
      rowsOut.push(['SQLite, 1 collector', await spread([url])]);
      child.kill('SIGTERM');
    }
    if (pg) {
      for (const count of [1, 3]) {
        const db = `bench_${count}`;
        const admin = new Pg.Client({ connectionString: pg.url });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${db}`);
        await admin.end();
        const url = pg.url.replace(/\/postgres$/, `/${db}`);
        const collectors = [];
        for (let i = 0; i < count; i++)
          collectors.push(await start(temp(), ['--database-url', url]));
        await createProgramme(collectors[0].url, 'bench');
        rowsOut.push([
          `PostgreSQL, ${count} collector${count > 1 ? 's' : ''}`,
          await spread(collectors.map((c) => c.url)),
        ]);
        for (const c of collectors) c.child.kill('SIGTERM');
      }
      if (!values.bin) {
        // The cost of counting the rate limits in PostgreSQL: limits too high to refuse anything.
        // (Not with --bin: an older build may not have --rate-limit-store.)
        const db = 'bench_shared_limit';
        const admin = new Pg.Client({ connectionString: pg.url });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${db}`);
        await admin.end();
        const url = pg.url.replace(/\/postgres$/, `/${db}`);
        const limits = [
          '--rate-limit',
          '1000000/100000',
          '--programme-rate-limit',
          '1000000/100000',
        ];
        const collectors = [];
        for (let i = 0; i < 3; i++)
          collectors.push(
            await start(temp(), [
              '--database-url',
              url,
              ...limits,
              '--rate-limit-store',
              'postgres',
            ]),
          );
        await createProgramme(collectors[0].url, 'bench');
        rowsOut.push(['PostgreSQL, 3, shared limit', await spread(collectors.map((c) => c.url))]);
        for (const c of collectors) c.child.kill('SIGTERM');
      }
      pg.stop();
    } else {
      console.log('\n  (PostgreSQL not installed: its rows are missing)');
    }
    console.log(`\n4. ${N} valid submissions at concurrency ${C}, by storage`);
    const base = rowsOut[0][1].rps;
    for (const [name, r] of rowsOut)
      console.log(
        `  ${name.padEnd(26)} ${String(Math.round(r.rps)).padStart(6)} req/s (${(r.rps / base).toFixed(2)}× SQLite)  p99 ${fmt(r.p99)}  201s ${r.ok}`,
      );
  }
  // 5. a foreign write lock
  if (sections.has(5)) {
    const dataDir = temp();
    const busyMs = 2000;
    const { child, url } = await start(dataDir, [], {
      GENBRIDGE_SQLITE_BUSY_TIMEOUT_MS: String(busyMs),
    });
    await createProgramme(url, 'bench');
    const [response] = benchResponses(1, 5);
    const other = new Database(join(dataDir, 'genbridge.sqlite'));
    other.exec('BEGIN EXCLUSIVE');
    other.exec('CREATE TABLE IF NOT EXISTS lock_holder (x INTEGER)');
    const submission = fetch(`${url}/api/programmes/bench/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(response),
    });
    await new Promise((r) => setTimeout(r, 100));
    // Released from a timer, so this process keeps polling while the lock is held.
    const released = new Promise((r) =>
      setTimeout(() => {
        other.exec('ROLLBACK');
        other.close();
        r();
      }, busyMs + 1000),
    );
    const health = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await (await fetch(`${url}/healthz`)).text();
      health.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
    const status = (await submission).status;
    await released;
    console.log(
      `\n5. /healthz while another process holds the SQLite write lock ${busyMs + 1000} ms`,
    );
    console.log(
      `  /healthz   p50 ${fmt(quantile(health, 0.5))}  max ${fmt(Math.max(...health))}  (busy timeout ${busyMs} ms)`,
    );
    console.log(`  submission ${status} (503 expected: the lock outlasts the busy timeout)`);
    child.kill('SIGTERM');
  }
} finally {
  await new Promise((r) => setTimeout(r, 300));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
