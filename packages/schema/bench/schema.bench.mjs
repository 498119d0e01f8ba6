// Prints how fast the schema package validates and builds surveys, and how big its build is.
// Run after `build`: `pnpm --filter @genbridge/schema bench`. Figures only; nothing is asserted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { defaultInstrument, toSurveyJson, validateResponse } from '../dist/index.js';

const items = defaultInstrument.constructs.flatMap((c) => c.items.map((i) => i.id));
const headline = defaultInstrument.constructs
  .filter((c) => c.headline)
  .flatMap((c) => c.items.map((i) => i.id));
const exit = {
  responseId: '6a1c8e2f-3b4d-4e5f-8a9b-0c1d2e3f4a5b',
  programmeId: 'rm-2026',
  participant: 'K7Q2-PX',
  wave: 'exit',
  instrument: { id: defaultInstrument.id, version: defaultInstrument.version },
  locale: 'en',
  startedAt: '2026-06-01T09:00:00Z',
  submittedAt: '2026-06-01T09:15:00Z',
  answers: Object.fromEntries(items.map((id, i) => [id, (i % 5) + 1])),
  retrospective: Object.fromEntries(headline.map((id) => [id, 2])),
  feedback: {
    satisfaction: 4,
    recommend: 9,
    pairingQuality: 4,
    meetingFrequency: 'weekly',
    valuableLearning: 'x',
  },
};
const invalid = { ...exit, answers: { ...exit.answers, dc_3: 9, zz_1: 1 } };

function measure(label, fn, ms = 400) {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) {
    fn();
    n++;
  }
  const elapsed = performance.now() - start;
  console.log(
    `${label.padEnd(44)} ${Math.round((n / elapsed) * 1000)
      .toLocaleString('en')
      .padStart(9)} ops/s  ${((elapsed / n) * 1000).toFixed(1).padStart(7)} µs/op`,
  );
}

console.log(`node ${process.version}, ${items.length} items`);
measure('validateResponse (valid exit response)', () => validateResponse(exit, defaultInstrument));
measure('validateResponse (2 invalid answers)', () => validateResponse(invalid, defaultInstrument));
measure("toSurveyJson(defaultInstrument, 'baseline')", () =>
  toSurveyJson(defaultInstrument, { wave: 'baseline' }),
);
measure("toSurveyJson(defaultInstrument, 'exit')", () =>
  toSurveyJson(defaultInstrument, { wave: 'exit' }),
);

const json = JSON.stringify(toSurveyJson(defaultInstrument, { wave: 'exit' }));
console.log(
  `exit survey JSON: ${json.length.toLocaleString('en')} B, ${gzipSync(json).length.toLocaleString('en')} B gzip`,
);
const dist = new URL('../dist/', import.meta.url);
const js = readdirSync(dist).filter((f) => f.endsWith('.js'));
const raw = js.reduce((s, f) => s + statSync(new URL(f, dist)).size, 0);
const gz = gzipSync(Buffer.concat(js.map((f) => readFileSync(new URL(f, dist))))).length;
console.log(
  `dist/*.js (${js.length} modules, unminified, zod external): ${raw.toLocaleString('en')} B, ${gz.toLocaleString('en')} B gzip`,
);
