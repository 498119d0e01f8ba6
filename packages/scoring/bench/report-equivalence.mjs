// Report equivalence for refactoring and performance work: scores seeded synthetic programmes
// that exercise every path of scoreProgramme (missing items, duplicates, baseline-only and
// exit-only participants, several cohorts and generations, suppressed groups, then-test, feedback,
// exact and normal Wilcoxon, degenerate groups, comparison arm, dyads, attrition, item evidence),
// the CLI example data, pooled reports and the disclosure equations, with the built dist.
// --write saves the JSON; --compare checks it byte for byte (on a difference it prints where,
// with the relative size of float differences); --check compares SHA-256 digests with the
// committed bench/report-equivalence.sha256.json (so CI needs no golden file); --digest rewrites it.
//   pnpm --filter @genbridge/scoring build
//   node bench/report-equivalence.mjs --write /tmp/scoring-golden.json     # before a change
//   node bench/report-equivalence.mjs --compare /tmp/scoring-golden.json   # after it
//   node bench/report-equivalence.mjs --check
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultInstrument, Instrument, ProgrammeReport } from '@genbridge/schema';
import {
  poolProgrammes,
  releaseEquations,
  responsesFromCsv,
  responsesFromJson,
  scoreProgramme,
} from '../dist/index.js';

const { values } = parseArgs({
  options: {
    write: { type: 'string' },
    compare: { type: 'string' },
    check: { type: 'boolean' },
    digest: { type: 'boolean' },
  },
});
const modes = [values.write, values.compare, values.check, values.digest].filter(Boolean);
if (modes.length !== 1) {
  console.error(
    'usage: node bench/report-equivalence.mjs (--write FILE | --compare FILE | --check | --digest)',
  );
  process.exit(2);
}
const digestFile = fileURLToPath(new URL('./report-equivalence.sha256.json', import.meta.url));
const example = (name) =>
  readFileSync(
    fileURLToPath(new URL(`../../../examples/scoring-cli/${name}`, import.meta.url)),
    'utf8',
  );

const items = defaultInstrument.constructs.flatMap((c) => c.items.map((i) => i.id));
const headline = defaultInstrument.constructs
  .filter((c) => c.headline)
  .flatMap((c) => c.items.map((i) => i.id));
const ref = { id: defaultInstrument.id, version: defaultInstrument.version };
const generations = ['gen_z', 'millennial', 'gen_x', 'baby_boomer', 'prefer_not_to_say'];

function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A programme of `n` participants; the options shape which paths are exercised. */
function programme(
  n,
  seed,
  {
    cohorts = ['a', 'b', 'c', 'd', 'tiny'],
    missing = 0.05,
    spread = 2,
    programmeId = 'eq',
    comparison = 0,
    dyads = false,
    extras = false,
  } = {},
) {
  const random = lcg(seed);
  const answer = (base) =>
    Math.max(1, Math.min(5, Math.round(base + random() * spread - spread / 2)));
  const out = [];
  let id = 0;
  const uuid = () => `00000000-0000-4000-8000-${(id++).toString(16).padStart(12, '0')}`;
  const day = (d, minute) => `2026-0${d}-10T09:${String(minute).padStart(2, '0')}:00Z`;
  for (let i = 0; i < n; i++) {
    const participant = `Q${seed.toString(36).toUpperCase()}${i.toString(36).toUpperCase().padStart(5, '0')}`;
    const level = 1.2 + random() * 3.6;
    const gain = random() * 1.2 - 0.3;
    // 'tiny' cohort: a handful of people, so suppression and complement rules fire.
    const cohort =
      random() < 0.01
        ? cohorts[cohorts.length - 1]
        : random() < 0.05
          ? undefined
          : cohorts[Math.floor(random() * (cohorts.length - 1))];
    const generation =
      random() < 0.1 ? undefined : generations[Math.floor(random() * generations.length)];
    const role = random() < 0.5 ? 'mentor' : 'mentee';
    const common = { programmeId, participant, instrument: ref, locale: 'en' };
    // Evaluation paths: a comparison arm, and mentoring pairs (two consecutive people).
    if (comparison > 0 && random() < comparison) common.arm = 'comparison';
    if (dyads) common.pairId = `p-${Math.floor(i / 2)}`;
    const fill = (base) => {
      const a = {};
      for (const item of items) if (random() >= missing) a[item] = answer(base);
      return a;
    };
    const kind = random();
    const hasBaseline = kind > 0.06; // 6% exit-only
    const hasExit = kind < 0.9; // 10% baseline-only
    if (hasBaseline) {
      const copies = random() < 0.03 ? 2 : 1; // 3% submitted the baseline twice
      for (let c = 0; c < copies; c++) {
        out.push({
          ...common,
          responseId: uuid(),
          wave: 'baseline',
          role,
          ...(cohort ? { cohort } : {}),
          ...(generation ? { generation } : {}),
          consent: true,
          startedAt: day(1, 0),
          submittedAt: day(1, c === 0 && copies === 2 ? 30 : 10 + c),
          answers: fill(level),
        });
      }
    }
    if (hasExit) {
      const copies = random() < 0.03 ? 2 : 1;
      for (let c = 0; c < copies; c++) {
        const exit = {
          ...common,
          responseId: uuid(),
          wave: 'exit',
          ...(random() < 0.5 ? { role } : {}),
          ...(!hasBaseline && cohort ? { cohort } : {}),
          startedAt: day(6, 0),
          submittedAt: day(6, 10 + c),
          answers: fill(level + gain),
        };
        if (random() < 0.7) {
          const retro = {};
          for (const item of headline) if (random() >= missing) retro[item] = answer(level - 0.2);
          exit.retrospective = retro;
        }
        if (random() < 0.9) {
          const f = {};
          if (random() < 0.9) f.satisfaction = answer(4);
          if (random() < 0.9) f.recommend = Math.floor(random() * 11);
          if (random() < 0.9) f.pairingQuality = answer(3.5);
          if (random() < 0.9)
            f.meetingFrequency = ['weekly', 'fortnightly', 'monthly', 'less_than_monthly', 'never'][
              Math.floor(random() * 5)
            ];
          if (random() < 0.4) f.valuableLearning = `learned thing ${Math.floor(random() * 50)}`;
          if (random() < 0.3) f.improvement = `improve ${Math.floor(random() * 50)}`;
          exit.feedback = f;
        }
        if (extras && random() < 0.8) {
          exit.extra = {
            sessions: ['1-2', '3-5', '6+'][Math.floor(random() * 3)],
            helped: ['talks', 'shadowing', 'projects'].filter(() => random() < 0.5),
            ...(random() < 0.3 ? { story: `story ${Math.floor(random() * 40)}` } : {}),
          };
          if (exit.extra.helped.length === 0) delete exit.extra.helped;
        }
        out.push(exit);
      }
    }
  }
  return out;
}

/** Few people with continuous-looking changes: exact Wilcoxon (n < 50, no ties, no zeros). */
function exactWilcoxon(seed) {
  const random = lcg(seed);
  const out = [];
  for (let i = 0; i < 12; i++) {
    const participant = `EX${String(i).padStart(3, '0')}`;
    const common = {
      programmeId: 'exact',
      participant,
      instrument: ref,
      locale: 'en',
      role: i % 2 ? 'mentor' : 'mentee',
      cohort: 'solo',
    };
    const pre = {};
    const post = {};
    for (const item of items) {
      pre[item] = 1 + Math.floor(random() * 3);
      post[item] = 2 + Math.floor(random() * 4);
    }
    out.push({
      ...common,
      responseId: `10000000-0000-4000-8000-${String(2 * i).padStart(12, '0')}`,
      wave: 'baseline',
      consent: true,
      startedAt: '2026-01-01T00:00:00Z',
      submittedAt: '2026-01-01T00:10:00Z',
      answers: pre,
    });
    out.push({
      ...common,
      responseId: `10000000-0000-4000-8000-${String(2 * i + 1).padStart(12, '0')}`,
      wave: 'exit',
      startedAt: '2026-06-01T00:00:00Z',
      submittedAt: '2026-06-01T00:10:00Z',
      answers: post,
    });
  }
  return out;
}

/** Everyone answers the same at both waves: zero variance, no non-zero differences, alpha undefined. */
function constant() {
  const out = [];
  for (let i = 0; i < 8; i++) {
    const common = {
      programmeId: 'flat',
      participant: `FL${String(i).padStart(3, '0')}`,
      instrument: ref,
      locale: 'en',
      role: 'mentor',
    };
    const a = Object.fromEntries(items.map((id) => [id, 3]));
    out.push({
      ...common,
      responseId: `20000000-0000-4000-8000-${String(2 * i).padStart(12, '0')}`,
      wave: 'baseline',
      consent: true,
      startedAt: '2026-01-01T00:00:00Z',
      submittedAt: '2026-01-01T00:10:00Z',
      answers: a,
    });
    out.push({
      ...common,
      responseId: `20000000-0000-4000-8000-${String(2 * i + 1).padStart(12, '0')}`,
      wave: 'exit',
      startedAt: '2026-06-01T00:00:00Z',
      submittedAt: '2026-06-01T00:10:00Z',
      answers: { ...a },
      retrospective: Object.fromEntries(headline.map((id) => [id, 3])),
    });
  }
  return out;
}

const now = () => new Date('2026-07-01T00:00:00Z');
const withQuestions = Instrument.parse({
  ...defaultInstrument,
  additionalQuestions: [
    {
      name: 'programme_extra',
      waves: ['exit'],
      elements: [
        { type: 'radiogroup', name: 'sessions', choices: ['1-2', '3-5', '6+'] },
        { type: 'checkbox', name: 'helped', choices: ['talks', 'shadowing', 'projects'] },
        { type: 'comment', name: 'story' },
      ],
    },
  ],
});
const scenarios = {
  main3k: () => scoreProgramme(programme(3000, 7), defaultInstrument, { random: lcg(1), now }),
  main3kK10: () =>
    scoreProgramme(programme(3000, 7), defaultInstrument, {
      random: lcg(1),
      now,
      anonymityThreshold: 10,
      minItemShare: 0.5,
      confidenceLevel: 0.9,
    }),
  suppliedReliability: () =>
    scoreProgramme(programme(800, 11, { missing: 0.2 }), defaultInstrument, {
      random: lcg(2),
      now,
      reliability: { digital_confidence: 0.8 },
    }),
  twoProgrammes: () =>
    scoreProgramme(
      [...programme(400, 3, { programmeId: 'one' }), ...programme(300, 4, { programmeId: 'two' })],
      defaultInstrument,
      { random: lcg(3), now, programmeId: 'two' },
    ),
  small: () =>
    scoreProgramme(programme(40, 5, { cohorts: ['x', 'y', 'z'], spread: 3 }), defaultInstrument, {
      random: lcg(4),
      now,
      anonymityThreshold: 3,
    }),
  sparse: () =>
    scoreProgramme(programme(60, 17, { missing: 0.45 }), defaultInstrument, {
      random: lcg(9),
      now,
    }),
  tiny: () => scoreProgramme(programme(6, 9), defaultInstrument, { random: lcg(5), now }),
  exact: () =>
    scoreProgramme(exactWilcoxon(13), defaultInstrument, {
      random: lcg(6),
      now,
      anonymityThreshold: 3,
    }),
  constant: () => scoreProgramme(constant(), defaultInstrument, { random: lcg(7), now }),
  empty: () => scoreProgramme([], defaultInstrument, { random: lcg(8), now, programmeId: 'none' }),
  evaluation: () =>
    scoreProgramme(
      programme(1500, 21, { comparison: 0.3, dyads: true, missing: 0.1 }),
      defaultInstrument,
      { random: lcg(10), now, integrity: 'invitation' },
    ),
  evaluationSmall: () =>
    scoreProgramme(
      programme(70, 23, { comparison: 0.4, dyads: true, cohorts: ['x', 'y'] }),
      defaultInstrument,
      { random: lcg(11), now, integrity: 'open' },
    ),
  additionalQuestions: () =>
    scoreProgramme(programme(500, 41, { extras: true }), withQuestions, {
      random: lcg(16),
      now,
      openTextThreshold: 20,
    }),
  cliJson: () =>
    scoreProgramme(
      responsesFromJson(example('responses.json'), defaultInstrument),
      defaultInstrument,
      {
        random: lcg(12),
        now,
      },
    ),
  cliCsv: () =>
    scoreProgramme(
      [
        ...responsesFromCsv(example('baseline.csv'), defaultInstrument),
        ...responsesFromCsv(example('exit.csv'), defaultInstrument),
      ],
      defaultInstrument,
      { random: lcg(13), now, anonymityThreshold: 3 },
    ),
};

const reports = {};
for (const [name, run] of Object.entries(scenarios)) {
  const report = run();
  ProgrammeReport.parse(report);
  reports[name] = report;
}
// Pooling and the disclosure equations read the same engine.
reports.pooled = poolProgrammes([reports.main3k, reports.evaluation, reports.suppliedReliability]);
const equations = (responses, options) =>
  releaseEquations(scoreProgramme(responses, defaultInstrument, { now, ...options }), responses, {
    instrument: defaultInstrument,
  });
reports.equationsMain = equations(programme(600, 31), { random: lcg(14) });
reports.equationsEvaluation = equations(programme(300, 33, { comparison: 0.3, dyads: true }), {
  random: lcg(15),
});
reports.equationsSmall = equations(programme(40, 5, { cohorts: ['x', 'y', 'z'], spread: 3 }), {
  random: lcg(4),
  anonymityThreshold: 3,
});

const texts = Object.fromEntries(
  Object.entries(reports).map(([name, value]) => [name, JSON.stringify(value)]),
);
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
if (values.digest || values.check) {
  const digests = Object.fromEntries(Object.entries(texts).map(([n, t]) => [n, sha256(t)]));
  if (values.digest) {
    writeFileSync(digestFile, `${JSON.stringify(digests, null, 2)}\n`);
    console.log(`wrote ${Object.keys(digests).length} digests to ${digestFile}`);
    process.exit(0);
  }
  const expected = JSON.parse(readFileSync(digestFile, 'utf8'));
  const differ = Object.keys({ ...expected, ...digests }).filter((n) => expected[n] !== digests[n]);
  if (differ.length > 0) {
    console.log(`not byte-identical: ${differ.join(', ')} (use --write/--compare to see where)`);
    process.exit(1);
  }
  console.log(`${Object.keys(digests).length} outputs byte-identical to the committed digests`);
  process.exit(0);
}

if (values.write) {
  writeFileSync(values.write, JSON.stringify(texts));
  console.log(`wrote ${Object.keys(reports).length} reports to ${values.write}`);
} else {
  const expectedTexts = JSON.parse(readFileSync(values.compare, 'utf8'));
  const differ = Object.keys({ ...expectedTexts, ...texts }).filter(
    (n) => expectedTexts[n] !== texts[n],
  );
  console.log(
    `${Object.keys(texts).length - differ.length} of ${Object.keys(texts).length} outputs byte-identical`,
  );
  if (differ.length === 0) process.exit(0);
  const parse = (all) => Object.fromEntries(differ.map((n) => [n, all[n] && JSON.parse(all[n])]));
  const expected = parse(expectedTexts);
  const actual = parse(texts);
  const problems = [];
  let floats = 0;
  let inexact = 0;
  let worst = 0;
  const walk = (a, b, path) => {
    if (typeof a === 'number' && typeof b === 'number') {
      floats++;
      if (a === b) return;
      inexact++;
      const rel = Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
      worst = Math.max(worst, rel);
      problems.push(`${path}: expected ${b}, got ${a} (relative ${rel.toExponential(2)})`);
      return;
    }
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
      if (a !== b)
        problems.push(`${path}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
      return;
    }
    if (Array.isArray(a) !== Array.isArray(b))
      return void problems.push(`${path}: array vs object`);
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    // Key order is part of the JSON a consumer sees (CSV/Markdown writers iterate it).
    if (keysA.join() !== keysB.join())
      problems.push(`${path}: keys ${keysA.join()} vs expected ${keysB.join()}`);
    for (const k of keysB) if (k in a) walk(a[k], b[k], `${path}.${k}`);
  };
  walk(actual, expected, '$');
  console.log(
    `${floats} numbers compared, ${inexact} not bit-identical, worst relative difference ${worst.toExponential(2)}`,
  );
  console.log(problems.slice(0, 40).join('\n'));
  console.log(`${problems.length} differences in ${differ.join(', ')}`);
  process.exit(1);
}
