// Benchmark: scores synthetic programmes of 1k, 10k and 100k participants × 2 waves × every item
// of the default instrument, and prints wall time and memory. Each size runs in its own child
// process so peak RSS belongs to that size alone. Prints figures; asserts nothing.
//   pnpm --filter @genbridge/scoring build && pnpm --filter @genbridge/scoring bench
//   node bench/score-bench.mjs --sizes 1000,10000 --runs 5 --validate
//   node bench/score-bench.mjs --input objects     # score the generator's objects as built
//   node bench/score-bench.mjs --sizes 100000 --peer 10000   # and R (bench/score-peer.R) on a slice
//
// Peer: with Rscript on PATH, the same work in R (paired t, Wilcoxon and raw alpha for every group
// and construct, bench/score-peer.R) on a slice of `--peer` participants (default 10,000; 0 to
// skip), timed against scoreProgramme on the same slice; the ratio is printed.
//
// Input: by default each synthetic response goes through JSON.stringify/JSON.parse, so scoring
// sees objects shaped as the CLI (JSON.parse, responsesFromCsv) and the collector hand them over.
// The generator itself fills `answers` by computed-key assignment, which leaves V8 with
// dictionary-mode objects that are about twice as slow to read; `--input objects` measures that.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import os from 'node:os';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    child: { type: 'string' },
    validate: { type: 'boolean', default: false },
    input: { type: 'string', default: 'json' },
    peer: { type: 'string', default: '10000' },
    'write-slice': { type: 'string' },
  },
});

if (values.input !== 'json' && values.input !== 'objects') {
  console.error('--input must be json or objects');
  process.exit(2);
}
if (values.child && values['write-slice']) {
  await slice(Number(values.child), Number(values.runs), values['write-slice']);
} else if (values.child) {
  await child(Number(values.child), Number(values.runs), values.validate, values.input);
} else {
  const sizes = values.sizes.split(',').map(Number);
  console.log(
    `genbridge scoring benchmark — node ${process.version}, ${os.cpus().length} cpu (${os.cpus()[0]?.model ?? '?'}), load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, input ${values.input === 'json' ? 'parsed from JSON' : 'objects as generated'}`,
  );
  console.log(
    'participants   responses   items   generate   score wall (min / median)   cpu min   gc/run      report     heap Δ     peak RSS' +
      (values.validate ? '   validate' : ''),
  );
  for (const n of sizes) {
    const args = [
      fileURLToPath(import.meta.url),
      '--child',
      String(n),
      '--runs',
      values.runs,
      '--input',
      values.input,
      ...(values.validate ? ['--validate'] : []),
    ];
    const r = spawnSync(process.execPath, ['--expose-gc', ...args], { encoding: 'utf8' });
    if (r.status !== 0) {
      console.error(r.stderr);
      process.exit(1);
    }
    process.stdout.write(r.stdout);
  }
  const n = Number(values.peer);
  if (n > 0) peer(n, Number(values.runs));
}

/** scoreProgramme and R on the same slice of `n` participants; prints both and the ratio. */
function peer(n, runs) {
  const rscript = spawnSync('Rscript', ['--version'], { encoding: 'utf8' });
  if (rscript.error || rscript.status !== 0) {
    console.log('peer: Rscript not found, R comparison skipped (apt-get install r-base-core)');
    return;
  }
  const dir = mkdtempSync(join(os.tmpdir(), 'genbridge-peer-'));
  try {
    const js = spawnSync(
      process.execPath,
      [
        fileURLToPath(import.meta.url),
        '--child',
        String(n),
        '--runs',
        String(runs),
        '--write-slice',
        dir,
      ],
      { encoding: 'utf8' },
    );
    if (js.status !== 0) throw new Error(js.stderr);
    const ours = JSON.parse(js.stdout);
    const script = fileURLToPath(new URL('./score-peer.R', import.meta.url));
    const r = spawnSync(
      'Rscript',
      [script, join(dir, 'responses.csv'), join(dir, 'items.csv'), String(runs)],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    const theirs = JSON.parse(r.stdout.trim().split('\n').pop());
    console.log(
      `peer (${theirs.r}, bench/score-peer.R) on ${n.toLocaleString('en')} participants × 2 waves: ` +
        `CPU R ${fmtMs(theirs.seconds * 1000)}, genbridge ${fmtMs(ours.ms)}, ` +
        `R / genbridge = ${((theirs.seconds * 1000) / ours.ms).toFixed(1)} (fastest of ${runs} runs each)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the slice for R (responses and items as CSV) and times scoreProgramme on it. */
async function slice(n, runs, dir) {
  const { defaultInstrument } = await import('@genbridge/schema');
  const { scoreProgramme, responsesToCsv } = await import('../dist/index.js');
  const { responses } = generate(n, 'json', defaultInstrument);
  writeFileSync(join(dir, 'responses.csv'), responsesToCsv(responses, defaultInstrument));
  const items = defaultInstrument.constructs.flatMap((c) =>
    c.items.map((i) => `${c.id},${i.id},${i.reverse ? 'TRUE' : 'FALSE'}`),
  );
  writeFileSync(join(dir, 'items.csv'), ['construct,item,reverse', ...items].join('\n') + '\n');
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const c = process.cpuUsage();
    scoreProgramme(responses, defaultInstrument, { random: Math.random });
    const used = process.cpuUsage(c);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  console.log(JSON.stringify({ ms: best }));
}

/** `n` synthetic participants × 2 waves; `random` continues the generator's stream. */
function generate(n, input, defaultInstrument) {
  const items = defaultInstrument.constructs.flatMap((c) => c.items.map((i) => i.id));
  const headline = defaultInstrument.constructs
    .filter((c) => c.headline)
    .flatMap((c) => c.items.map((i) => i.id));
  let seed = 42;
  const random = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const answer = (base) => Math.max(1, Math.min(5, Math.round(base + random() * 2 - 1)));
  const generations = ['gen_z', 'millennial', 'gen_x', 'baby_boomer', 'prefer_not_to_say'];
  const cohorts = ['spring', 'summer', 'autumn', 'winter'];
  const ref = { id: defaultInstrument.id, version: defaultInstrument.version };

  const responses = [];
  // One response at a time, so no whole-input JSON text inflates peak RSS.
  const hand = input === 'json' ? (r) => JSON.parse(JSON.stringify(r)) : (r) => r;
  for (let i = 0; i < n; i++) {
    const participant = `P${i.toString(36).toUpperCase().padStart(6, '0')}`;
    const level = 1.5 + random() * 3;
    const common = { programmeId: 'bench', participant, instrument: ref, locale: 'en' };
    const pre = {};
    const post = {};
    for (const id of items) {
      pre[id] = answer(level);
      post[id] = answer(level + 0.4);
    }
    responses.push(
      hand({
        ...common,
        responseId: `00000000-0000-4000-8000-${(2 * i).toString(16).padStart(12, '0')}`,
        wave: 'baseline',
        role: i % 2 ? 'mentor' : 'mentee',
        cohort: cohorts[i % 4],
        generation: generations[i % 5],
        consent: true,
        startedAt: '2026-01-10T09:00:00Z',
        submittedAt: '2026-01-10T09:10:00Z',
        answers: pre,
      }),
    );
    const exit = {
      ...common,
      responseId: `00000000-0000-4000-8000-${(2 * i + 1).toString(16).padStart(12, '0')}`,
      wave: 'exit',
      startedAt: '2026-06-10T09:00:00Z',
      submittedAt: '2026-06-10T09:10:00Z',
      answers: post,
      feedback: {
        satisfaction: answer(4),
        recommend: Math.floor(random() * 11),
        pairingQuality: answer(4),
        meetingFrequency: 'monthly',
        valuableLearning: `learned ${i % 100}`,
      },
    };
    if (i % 2)
      exit.retrospective = Object.fromEntries(headline.map((id) => [id, answer(level - 0.3)]));
    responses.push(hand(exit));
  }
  return { responses, random };
}

async function child(n, runs, validate, input) {
  const { defaultInstrument, validateResponse } = await import('@genbridge/schema');
  const { scoreProgramme } = await import('../dist/index.js');
  const t0 = performance.now();
  const { responses, random } = generate(n, input, defaultInstrument);
  const generated = performance.now() - t0;
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  globalThis.gc?.();
  await sleep(10);
  gcMs = 0;
  const before = process.memoryUsage();
  const times = [];
  const cpu = [];
  let report;
  for (let r = 0; r < runs; r++) {
    const s = performance.now();
    const c = process.cpuUsage();
    report = scoreProgramme(responses, defaultInstrument, { random });
    const used = process.cpuUsage(c);
    times.push(performance.now() - s);
    cpu.push((used.user + used.system) / 1000);
  }
  await sleep(10);
  observer.disconnect();
  const after = process.memoryUsage();
  const peakRss = process.resourceUsage().maxRSS * 1024;
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  let validateMs = '';
  if (validate) {
    const s = performance.now();
    for (const r of responses)
      if (!validateResponse(r, defaultInstrument).success)
        throw new Error('invalid synthetic response');
    validateMs = `   ${fmtMs(performance.now() - s)}`;
  }
  const mb = (b) => `${(b / 2 ** 20).toFixed(0)} MB`;
  console.log(
    [
      String(n).padStart(12),
      String(responses.length).padStart(10),
      String(defaultInstrument.constructs.reduce((s, c) => s + c.items.length, 0)).padStart(6),
      fmtMs(generated).padStart(9),
      `${fmtMs(times[0])} / ${fmtMs(times[Math.floor(times.length / 2)])}`.padStart(22),
      fmtMs(cpu[0]).padStart(9),
      fmtMs(gcMs / runs).padStart(9),
      `${(JSON.stringify(report).length / 1024).toFixed(0)} kB`.padStart(9),
      mb(after.heapUsed - before.heapUsed).padStart(9),
      mb(peakRss).padStart(11),
    ].join('  ') + validateMs,
  );
}

function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}
