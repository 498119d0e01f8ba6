#!/usr/bin/env node
// The one test command (README, .ci/run): sets up the machine, builds, typechecks, lints, checks
// formatting (prettier --check) and runs every package's tests, then prints one closing line
// "Total: N passed, M failed".
// Each package's runner prints its own summary; we add them up from their output so a single
// failing package cannot hide behind a later green one.
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command with inherited env, echoing and capturing its output. */
function run(cmd, args, { cwd = root, capture = false } = {}) {
  return new Promise((resolve) => {
    console.log(
      `\n$ ${[cmd, ...args].join(' ')}${cwd === root ? '' : `   (in ${cwd.slice(root.length + 1)})`}`,
    );
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let out = '';
    const onData = (stream) => (chunk) => {
      stream.write(chunk);
      if (capture) out += chunk.toString();
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');

/** Counts from vitest ("Tests  12 passed | 1 failed (13)") or web-test-runner ("12 passed, 1 failed"). */
function countResults(output) {
  const text = stripAnsi(output);
  let passed = 0;
  let failed = 0;
  let found = false;
  const vitest = [...text.matchAll(/^\s*Tests\s+(.*)\(\d+\)\s*$/gm)];
  for (const m of vitest) {
    found = true;
    passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  }
  if (!found) {
    const wtr = [...text.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
    if (wtr) {
      found = true;
      passed += Number(wtr[1]);
      failed += Number(wtr[2]);
    }
  }
  return { passed, failed, found, failures: failingTests(text) };
}

/**
 * The names of failing tests in a runner's output: vitest's "FAIL  file > suite > test" lines and
 * web-test-runner's "❌ suite > test" lines (with the file heading above them). They are repeated
 * in the closing summary because CI keeps only the tail of the log.
 */
function failingTests(text) {
  const names = new Set();
  let file = '';
  for (const line of text.split('\n')) {
    const heading = /^(\S+\.test\.[cm]?[jt]s):\s*$/.exec(line.trim());
    if (heading) file = heading[1];
    const vitest = /^\s*(?:FAIL|×)\s+(\S+\.test\.[cm]?[jt]s\s+>.*)$/.exec(line);
    if (vitest) names.add(vitest[1].trim());
    const wtr = /^\s*❌\s+(.*)$/.exec(line);
    if (wtr) names.add(`${file ? `${file} > ` : ''}${wtr[1].trim()}`);
  }
  return [...names];
}

const steps = [];
let failedSteps = 0;
async function step(name, cmd, args, opts) {
  const { code } = await run(cmd, args, opts);
  steps.push({ name, ok: code === 0 });
  if (code !== 0) failedSteps++;
  return code;
}

const setup = await run('bash', ['scripts/setup.sh', '--browser', '--postgres', '--test-tools']);
if (setup.code !== 0) {
  console.error('setup failed');
  process.exit(1);
}
if ((await step('build', 'pnpm', ['build'])) !== 0) {
  console.log('\nTotal: 0 passed, 1 failed');
  process.exit(1);
}
await step('typecheck', 'pnpm', ['typecheck']);
await step('lint', 'pnpm', ['lint']);
await step('format (prettier --check)', 'pnpm', ['format:check']);

const workspaceDirs = [
  'packages/schema',
  'packages/scoring',
  'packages/widget',
  'packages/collector',
];
let passed = 0;
let failed = 0;
const failures = [];
for (const dir of workspaceDirs) {
  const cwd = join(root, dir);
  const pkgFile = join(cwd, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (!pkg.scripts?.test) continue;
  const { code, out } = await run('pnpm', ['run', '--silent', 'test'], { cwd, capture: true });
  const counts = countResults(out);
  passed += counts.passed;
  failed += counts.failed;
  failures.push(...counts.failures);
  const ok = code === 0 && counts.found;
  if (!ok) {
    failedSteps++;
    if (counts.failed === 0) failed++; // a crash or "no tests" counts as a failure
  }
  steps.push({ name: `${pkg.name} (${counts.passed} passed, ${counts.failed} failed)`, ok });
}

// The packages as npm users get them: packed, installed outside the workspace, used (item 7).
{
  const { code, out } = await run('node', ['scripts/pack-check.mjs'], { capture: true });
  const counts = countResults(out);
  passed += counts.passed;
  failed += counts.failed;
  failures.push(...counts.failures);
  const ok = code === 0 && counts.found;
  if (!ok) {
    failedSteps++;
    if (counts.failed === 0) failed++;
  }
  steps.push({ name: `pack-check (${counts.passed} passed, ${counts.failed} failed)`, ok });
}

// The React 19 example page is built by `pnpm build`; its smoke test drives it in Chromium.
await step('examples/react-survey smoke (React 19 page)', 'pnpm', [
  '--filter',
  '@genbridge/example-react-survey',
  'smoke',
]);

console.log('\nSummary');
for (const s of steps) console.log(`  ${s.ok ? 'ok  ' : 'FAIL'} ${s.name}`);
if (failures.length > 0) {
  console.log('\nFailing tests');
  for (const name of failures.slice(0, 20)) console.log(`  ${name}`);
}
console.log(
  `\nTotal: ${passed} passed, ${failed + (failedSteps > 0 && failed === 0 ? 1 : 0)} failed`,
);
process.exit(failedSteps === 0 ? 0 : 1);
