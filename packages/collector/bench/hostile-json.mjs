#!/usr/bin/env node
// How much does hostile JSON cost the collector? (issue 13: a 36 KB body nested deep blocked the
// event loop for 270 ms, and 40 of them pushed /healthz past a second.) Starts the real CLI, then
// sends 40 such bodies at once while timing /healthz, and compares with /healthz when idle.
// Figures only. Needs `pnpm build` first. Usage: node bench/hostile-json.mjs
/* global fetch, performance, setTimeout */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// --bin <path> runs another build of the CLI (e.g. main's, for a before/after figure).
const binAt = process.argv.indexOf('--bin');
const BIN =
  binAt > 0
    ? process.argv[binAt + 1]
    : fileURLToPath(new URL('../bin/genbridge-collector.js', import.meta.url));
const TOKEN = 'bench-admin-token-0123456789abcdef';
const dataDir = mkdtempSync(join(tmpdir(), 'gb-bench-hostile-'));
const child = spawn(
  process.execPath,
  [BIN, 'serve', '--port', '0', '--data-dir', dataDir, '--rate-limit', 'off'],
  {
    env: { ...process.env, GENBRIDGE_ADMIN_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const url = await new Promise((resolve) => {
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    const m = /listening on (http:\/\/\S+?)\/?\s/.exec(out);
    if (m) resolve(m[1]);
  });
});
await fetch(`${url}/api/programmes`, {
  method: 'POST',
  headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
  body: JSON.stringify({ id: 'bench' }),
});

async function healthLatencies(count, during) {
  const ms = [];
  let done = false;
  const pinger = (async () => {
    while (!done && ms.length < count) {
      const t0 = performance.now();
      await (await fetch(`${url}/healthz`)).text();
      ms.push(performance.now() - t0);
    }
  })();
  const result = await during();
  done = true;
  await pinger;
  return { ms, result };
}

const sorted = (xs) => [...xs].sort((a, b) => a - b);
const p = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;

// Nested arrays inside an object key: 36 KB, 9,000 levels deep (the shape from the issue).
const depth = 9000;
const deep = `{"programmeId":"bench","extra":${'['.repeat(depth)}${']'.repeat(depth)},"pad":"${'x'.repeat(36 * 1024 - 2 * depth - 60)}"}`;
// Wide: thousands of small keys in 36 KB.
const wide = `{${Array.from({ length: 3000 }, (_, i) => `"k${i}":${i}`).join(',')}}`;

const idle = await healthLatencies(40, () => new Promise((r) => setTimeout(r, 1000)));
console.log(`body sizes: deep ${deep.length} B, wide ${wide.length} B`);
console.log(
  `/healthz idle            p50 ${p(idle.ms, 0.5).toFixed(1)} ms  max ${Math.max(...idle.ms).toFixed(1)} ms`,
);
for (const [name, body] of [
  ['deep', deep],
  ['wide', wide],
]) {
  const t0 = performance.now();
  const { ms, result } = await healthLatencies(1000, () =>
    Promise.all(
      Array.from({ length: 40 }, async () => {
        const res = await fetch(`${url}/api/programmes/bench/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        return `${res.status} ${(await res.json()).code}`;
      }),
    ),
  );
  const seconds = (performance.now() - t0) / 1000;
  const answers = [...new Set(result)].join(', ');
  console.log(
    `/healthz during 40 ${name.padEnd(4)}  p50 ${p(ms, 0.5).toFixed(1)} ms  max ${Math.max(...ms).toFixed(1)} ms (${(Math.max(...ms) / Math.max(...idle.ms)).toFixed(1)}× idle max); 40 answered in ${seconds.toFixed(2)} s: ${answers}`,
  );
}
child.kill('SIGTERM');
await new Promise((r) => setTimeout(r, 300));
rmSync(dataDir, { recursive: true, force: true });
