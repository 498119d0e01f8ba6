// Regenerates the example inputs (deterministic): node make-examples.mjs
// Needs the built packages (pnpm --filter @genbridge/scoring build).
import { writeFileSync } from 'node:fs';
import { defaultInstrument } from '../../packages/schema/dist/index.js';
import { responsesToCsv } from '../../packages/scoring/dist/index.js';

let seed = 20260123;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const clamp = (v) => Math.max(1, Math.min(5, Math.round(v)));
const constructs = defaultInstrument.constructs;
const headline = constructs.filter((c) => c.headline).flatMap((c) => c.items.map((i) => i.id));
const generations = ['gen_z', 'millennial', 'gen_x', 'baby_boomer'];
const learned = [
  'How to share my screen and co-edit a document live.',
  'That my mentee had years of experience with difficult clients I could learn from.',
  'Using the team chat instead of long e-mail threads.',
  'How differently we each think about work-life balance.',
  'Setting up two-factor authentication on my phone.',
  'Asking questions earlier instead of struggling alone.',
];
const improve = [
  'More structure for the first meeting.',
  'Shorter surveys.',
  'A shared list of topics to pick from.',
  'Meet more often at the start.',
];

function answers(level, gain) {
  const out = {};
  for (const c of constructs) {
    const base = level[c.id] + gain * (c.headline ? 1 : 0.4);
    for (const item of c.items) {
      const v = clamp(base + (random() - 0.5) * 1.6);
      out[item.id] = item.reverse ? 6 - v : v;
    }
  }
  return out;
}

const responses = [];
for (let i = 0; i < 48; i++) {
  const mentor = i % 2 === 0;
  const participant = `RM${String(i + 1).padStart(3, '0')}`;
  const level = Object.fromEntries(
    constructs.map((c) => [
      c.id,
      2 + random() * 2 + (c.id === 'digital_confidence' && mentor ? 1 : 0),
    ]),
  );
  const common = {
    programmeId: 'rm-2026',
    participant,
    instrument: { id: defaultInstrument.id, version: defaultInstrument.version },
    locale: i % 4 === 3 ? 'de' : 'en',
  };
  const cohort = i < 30 ? 'spring' : 'autumn';
  const id = (wave, n) =>
    `${wave === 'baseline' ? 'b' : 'e'}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const day = 10 + (i % 5);
  responses.push({
    ...common,
    responseId: id('baseline', i + 1),
    wave: 'baseline',
    role: mentor ? 'mentor' : 'mentee',
    cohort,
    ...(i % 7 === 6
      ? {}
      : { generation: mentor ? (i % 3 ? 'gen_z' : 'millennial') : generations[2 + (i % 2)] }),
    consent: true,
    startedAt: `2026-01-${day}T09:00:00Z`,
    submittedAt: `2026-01-${day}T09:12:00Z`,
    answers: answers(level, 0),
  });
  if (i % 8 === 7) continue; // attrition: no exit
  const gain = mentor ? 0.3 : 0.9;
  const exit = {
    ...common,
    responseId: id('exit', i + 1),
    wave: 'exit',
    startedAt: `2026-06-${day}T09:00:00Z`,
    submittedAt: `2026-06-${day}T09:15:00Z`,
    answers: answers(level, gain),
    feedback: {
      satisfaction: clamp(3.5 + random() * 1.5),
      recommend: Math.min(10, Math.floor(5 + random() * 6)),
      pairingQuality: clamp(3 + random() * 2),
      meetingFrequency: ['weekly', 'fortnightly', 'monthly'][i % 3],
      valuableLearning: learned[i % learned.length],
      ...(i % 3 === 0 ? { improvement: improve[i % improve.length] } : {}),
    },
  };
  if (i % 2 === 1)
    exit.retrospective = Object.fromEntries(
      headline.map((h) => [
        h,
        clamp(
          level[constructs.find((c) => c.items.some((it) => it.id === h)).id] -
            0.3 +
            (random() - 0.5),
        ),
      ]),
    );
  responses.push(exit);
}

writeFileSync(
  new URL('responses.json', import.meta.url),
  `${JSON.stringify(responses, null, 2)}\n`,
);
const csv = (wave) =>
  responsesToCsv(
    responses.filter((r) => r.wave === wave),
    defaultInstrument,
  );
writeFileSync(new URL('baseline.csv', import.meta.url), csv('baseline'));
writeFileSync(new URL('exit.csv', import.meta.url), csv('exit'));

// A minimal hand-made file: only the required columns, role, cohort and items (blanks allowed).
const items = constructs.flatMap((c) => c.items.map((it) => it.id));
const minimal = [['participant', 'role', 'wave', 'cohort', ...items].join(',')];
for (const r of responses.filter((x) => x.participant <= 'RM012')) {
  minimal.push(
    [
      r.participant,
      r.role ?? '',
      r.wave,
      r.cohort ?? '',
      ...items.map((id) => (random() < 0.05 ? '' : r.answers[id])),
    ].join(','),
  );
}
writeFileSync(new URL('minimal.csv', import.meta.url), `${minimal.join('\n')}\n`);
console.log(`wrote ${responses.length} responses`);
