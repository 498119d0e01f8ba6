import type { SurveyResponse } from '@genbridge/schema';
import { seededRandom } from '../../src/demo/random.js';
import type { LoadRequest } from '../../bench/load-runner.mjs';

type Json = Record<string, unknown>;

const WRONG_VALUES: unknown[] = [
  null,
  true,
  0,
  -1,
  3.5,
  1e308,
  '',
  'x',
  [],
  [1, 2],
  {},
  { a: 1 },
  '<script>alert(1)</script>',
];
const FIELDS = [
  'responseId',
  'programmeId',
  'cohort',
  'participant',
  'role',
  'generation',
  'wave',
  'instrument',
  'locale',
  'startedAt',
  'submittedAt',
  'consent',
  'answers',
  'feedback',
];
const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * `count` invalid submissions derived from valid responses, each invalid for a known reason: wrong
 * types, huge strings, unknown items, out-of-range values, missing fields, broken JSON, invalid
 * UTF-8, prototype-pollution keys and wrong content types. Seeded, so a failure reproduces.
 */
export function fuzzedBadRequests(
  valid: readonly SurveyResponse[],
  count: number,
  seed = 99,
): { request: LoadRequest; kind: string }[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const clone = (): Json => structuredClone(pick(valid)) as Json;
  const json = (value: unknown) => JSON.stringify(value);
  const baselines = valid.filter((r) => r.wave === 'baseline');
  const itemIds = Object.keys(valid[0]!.answers);

  const makers: [string, () => LoadRequest][] = [
    [
      'wrong type',
      () => {
        const r = clone();
        const field = pick(
          FIELDS.filter((f) => f !== 'cohort' && f !== 'generation' && f !== 'feedback'),
        );
        let value = pick(WRONG_VALUES);
        // Keep only values that cannot be right for that field.
        if (field === 'consent' && value === true) value = 'yes';
        if (
          field === 'answers' &&
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value)
        )
          value = 42;
        r[field] = value;
        return { body: json(r) };
      },
    ],
    [
      'answer of wrong type',
      () => {
        const r = clone();
        (r.answers as Json)[pick(itemIds)] = pick(['3', null, true, [3], { v: 3 }, 2.5]);
        return { body: json(r) };
      },
    ],
    [
      'out of range',
      () => {
        const r = clone();
        (r.answers as Json)[pick(itemIds)] = pick([0, 6, -3, 100, 1e9, -0.5, 5.0001]);
        return { body: json(r) };
      },
    ],
    [
      'unknown item',
      () => {
        const r = clone();
        (r.answers as Json)[pick(['zz_1', 'dc_99', 'iu_0', 'other', 'consent', 'x'])] = 3;
        return { body: json(r) };
      },
    ],
    [
      'missing field',
      () => {
        const r = clone();
        delete r[
          pick([
            'responseId',
            'programmeId',
            'participant',
            'wave',
            'instrument',
            'locale',
            'startedAt',
            'submittedAt',
            'answers',
          ])
        ];
        return { body: json(r) };
      },
    ],
    [
      'missing answer',
      () => {
        const r = clone();
        delete (r.answers as Json)[pick(itemIds)];
        return { body: json(r) };
      },
    ],
    [
      'huge string under the limit',
      () => {
        const r = clone();
        const field = pick(['participant', 'locale', 'cohort', 'responseId', 'startedAt']);
        r[field] = 'A'.repeat(20_000 + Math.floor(random() * 30_000));
        return { body: json(r) };
      },
    ],
    [
      'open text too long',
      () => {
        const r = structuredClone(pick(valid.filter((v) => v.wave === 'exit'))) as Json;
        r.feedback = {
          ...(r.feedback as Json),
          improvement: 'y'.repeat(2001 + Math.floor(random() * 5000)),
        };
        return { body: json(r) };
      },
    ],
    [
      'body over 64 KB',
      () => {
        const r = clone();
        r.participant = 'B'.repeat(70_000);
        return { body: json(r) };
      },
    ],
    [
      'broken JSON',
      () => {
        const text = json(clone());
        return {
          body: pick([
            text.slice(0, Math.floor(random() * text.length)),
            `${text}}`,
            text.replace(/"/g, "'"),
            text.replace(/:(\d)/, ':NaN'),
            '',
            'null',
            '[]',
            '"a string"',
            '42',
            '{',
            '\u0000',
          ]),
        };
      },
    ],
    [
      'invalid UTF-8',
      () => {
        const bytes = new TextEncoder().encode(json(clone()));
        const at = 10 + Math.floor(random() * (bytes.length - 20));
        bytes[at] = 0xff;
        bytes[at + 1] = 0xfe;
        return { body: bytes };
      },
    ],
    [
      'prototype pollution',
      () => {
        const where = pick(['top', 'answers', 'feedback', 'instrument']);
        const key = pick(POLLUTION_KEYS);
        const payload =
          key === 'constructor' ? '{"prototype":{"polluted":true}}' : '{"polluted":true}';
        const text = json(
          where === 'feedback'
            ? structuredClone(pick(valid.filter((v) => v.wave === 'exit')))
            : clone(),
        );
        // Written into the JSON text: JSON.stringify would never emit an own "__proto__" key.
        const body =
          where === 'top'
            ? text.replace(/^\{/, `{"${key}":${payload},`)
            : text.replace(`"${where}":{`, `"${where}":{"${key}":${payload},`);
        return { body };
      },
    ],
    [
      'baseline without consent',
      () => {
        const r = structuredClone(pick(baselines)) as Json;
        r.consent = pick([false, undefined]);
        if (r.consent === undefined) delete r.consent;
        return { body: json(r) };
      },
    ],
    [
      'wrong programme',
      () => {
        const r = clone();
        r.programmeId = pick(['other-programme', 'RM-2026', '../etc', '']);
        return { body: json(r) };
      },
    ],
    [
      'submitted before started',
      () => {
        const r = clone();
        r.submittedAt = '2000-01-01T00:00:00Z';
        return { body: json(r) };
      },
    ],
    [
      'wrong content type',
      () => ({
        body: json(clone()),
        contentType: pick([
          'text/plain',
          'application/x-www-form-urlencoded',
          'text/json',
          'application/jsonx',
        ]),
      }),
    ],
  ];

  return Array.from({ length: count }, (_, i) => {
    const [kind, make] = makers[i % makers.length]!;
    return { kind, request: make() };
  });
}
