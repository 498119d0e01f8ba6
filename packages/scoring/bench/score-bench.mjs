// Benchmark: scores synthetic programmes of 1k, 10k and 100k participants × 2 waves × every item
// of the default instrument, and prints wall time and memory. Each size runs in its own child
// process so peak RSS belongs to that size alone. Prints figures; asserts nothing.
//   pnpm --filter @genbridge/scoring build && pnpm --filter @genbridge/scoring bench
//   node bench/score-bench.mjs --sizes 1000,10000 --runs 5 --validate
//   node bench/score-bench.mjs --input objects     # score the generator's objects as built
//
// Input: by default each synthetic response goes through JSON.stringify/JSON.parse, so scoring
// sees objects shaped as the CLI (JSON.parse, responsesFromCsv) and the collector hand them over.
// The generator itself fills `answers` by computed-key assignment, which leaves V8 with
// dictionary-mode objects that are about twice as slow to read; `--input objects` measures that.
import { spawnSync } from 'node:child_process';
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
  },
});

if (values.input !== 'json' && values.input !== 'objects') {
  console.error('--input must be json or objects');
  process.exit(2);
}
if (values.child) {
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
}

async function child(n, runs, validate, input) {
  const { defaultInstrument, validateResponse } = await import('@genbridge/schema');
  const { scoreProgramme } = await import('../dist/index.js');
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

  const t0 = performance.now();
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
  const generate = performance.now() - t0;

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
      String(items.length).padStart(6),
      fmtMs(generate).padStart(9),
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
