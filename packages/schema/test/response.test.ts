import { describe, expect, it } from 'vitest';
import {
  defaultInstrument,
  formatFieldError,
  SurveyResponse,
  validateResponse,
} from '../src/index.js';
import type { FieldError } from '../src/index.js';
import { baselineResponse, exitResponse } from './fixtures.js';

type Mutable = Record<string, unknown> & {
  answers: Record<string, unknown>;
  feedback?: Record<string, unknown>;
};

const lines = (input: unknown): string[] => {
  const r = validateResponse(input, defaultInstrument);
  return r.success ? [] : r.errors.map(formatFieldError);
};

function changed(base: () => object, change: (r: Mutable) => void): unknown {
  const r = structuredClone(base()) as Mutable;
  change(r);
  return r;
}

describe('SurveyResponse refinements', () => {
  it('accepts a valid baseline and a valid exit response', () => {
    expect(SurveyResponse.safeParse(baselineResponse()).success).toBe(true);
    expect(SurveyResponse.safeParse(exitResponse()).success).toBe(true);
    expect(lines(baselineResponse())).toEqual([]);
    expect(lines(exitResponse())).toEqual([]);
  });

  it('returns the parsed response on success', () => {
    const r = validateResponse(exitResponse(), defaultInstrument);
    expect(r).toEqual({ success: true, data: exitResponse() });
  });

  it.each<[string, () => object, (r: Mutable) => void, string]>([
    [
      'submittedAt before startedAt',
      baselineResponse,
      (r) => (r.submittedAt = '2026-03-01T08:59:59Z'),
      'submittedAt: must not be before startedAt',
    ],
    [
      'baseline without consent',
      baselineResponse,
      (r) => delete r.consent,
      'consent: must be true: a baseline response needs consent',
    ],
    [
      'baseline with consent false',
      baselineResponse,
      (r) => (r.consent = false),
      'consent: must be true',
    ],
    [
      'baseline without role',
      baselineResponse,
      (r) => delete r.role,
      'role: is required at baseline ("mentor" or "mentee")',
    ],
    [
      'baseline with retrospective',
      baselineResponse,
      (r) => (r.retrospective = { dc_1: 2 }),
      'retrospective: is only asked in the exit survey',
    ],
    [
      'baseline with feedback',
      baselineResponse,
      (r) => (r.feedback = {}),
      'feedback: is only asked in the exit survey',
    ],
    [
      'unknown top-level field',
      exitResponse,
      (r) => (r.email = 'a@b.c'),
      'email: is not a known field',
    ],
    [
      'unknown feedback field',
      exitResponse,
      (r) => (r.feedback!.colour = 'red'),
      'feedback.colour: is not a known field',
    ],
    [
      'recommend above 10',
      exitResponse,
      (r) => (r.feedback!.recommend = 11),
      'feedback.recommend: must be at most 10',
    ],
    [
      'satisfaction 0',
      exitResponse,
      (r) => (r.feedback!.satisfaction = 0),
      'feedback.satisfaction: must be at least 1',
    ],
    [
      'pairing quality 2.5',
      exitResponse,
      (r) => (r.feedback!.pairingQuality = 2.5),
      'feedback.pairingQuality: must be an integer',
    ],
    [
      'unknown meeting frequency',
      exitResponse,
      (r) => (r.feedback!.meetingFrequency = 'daily'),
      'feedback.meetingFrequency: must be one of "weekly"',
    ],
    [
      'open text too long',
      exitResponse,
      (r) => (r.feedback!.improvement = 'x'.repeat(2001)),
      'feedback.improvement: must be at most 2000 characters long',
    ],
    [
      'non-UUID responseId',
      exitResponse,
      (r) => (r.responseId = '42'),
      'responseId: must be a UUID',
    ],
    [
      'e-mail as participant code',
      exitResponse,
      (r) => (r.participant = 'jane@example.com'),
      'participant: must be 4 to 16 characters',
    ],
    [
      'date without offset',
      exitResponse,
      (r) => (r.startedAt = '2026-06-01 09:00'),
      'startedAt: must be an ISO 8601 date-time',
    ],
    [
      'unknown wave',
      exitResponse,
      (r) => (r.wave = 'midpoint'),
      'wave: must be one of "baseline", "exit"',
    ],
    ['missing programmeId', exitResponse, (r) => delete r.programmeId, 'programmeId: is required'],
  ])('rejects %s', (_name, base, change, expected) => {
    const found = lines(changed(base, change));
    expect(
      found.some((l) => l.startsWith(expected)),
      `${expected}\n in ${found.join('\n')}`,
    ).toBe(true);
  });

  it('accepts an exit response without role, retrospective or feedback', () => {
    expect(
      lines(
        changed(exitResponse, (r) => {
          delete r.retrospective;
          delete r.feedback;
        }),
      ),
    ).toEqual([]);
  });
});

describe('validateResponse against the instrument', () => {
  it.each<[string, () => object, (r: Mutable) => void, Omit<FieldError, 'code'>]>([
    [
      'a value above the scale',
      baselineResponse,
      (r) => (r.answers.dc_3 = 6),
      { path: 'answers.dc_3', message: 'must be an integer from 1 to 5' },
    ],
    [
      'a value below the scale',
      baselineResponse,
      (r) => (r.answers.iu_1 = 0),
      { path: 'answers.iu_1', message: 'must be an integer from 1 to 5' },
    ],
    [
      'a fractional value',
      baselineResponse,
      (r) => (r.answers.iv_2 = 2.5),
      { path: 'answers.iv_2', message: 'must be an integer from 1 to 5' },
    ],
    [
      'a string value',
      baselineResponse,
      (r) => (r.answers.ml_1 = '3'),
      { path: 'answers.ml_1', message: 'must be an integer from 1 to 5' },
    ],
    [
      'a null value',
      baselineResponse,
      (r) => (r.answers.ce_2 = null),
      { path: 'answers.ce_2', message: 'must be an integer from 1 to 5' },
    ],
    [
      'an unknown item id',
      baselineResponse,
      (r) => (r.answers.dc_99 = 3),
      { path: 'answers.dc_99', message: 'is not an item of genbridge-core 1.0.0' },
    ],
    [
      'a key that is not an identifier',
      baselineResponse,
      (r) => (r.answers['Bad Key'] = 3),
      { path: 'answers["Bad Key"]', message: 'is not an item of genbridge-core 1.0.0' },
    ],
    [
      'a missing item',
      baselineResponse,
      (r) => delete r.answers.ce_5,
      { path: 'answers.ce_5', message: 'is required' },
    ],
    [
      'a missing item at exit',
      exitResponse,
      (r) => delete r.answers.dc_1,
      { path: 'answers.dc_1', message: 'is required' },
    ],
    [
      'another instrument',
      exitResponse,
      (r) => (r.instrument = { id: 'other-survey', version: '1.0.0' }),
      { path: 'instrument.id', message: 'must be "genbridge-core" (got "other-survey")' },
    ],
    [
      'another version',
      exitResponse,
      (r) => (r.instrument = { id: 'genbridge-core', version: '2.0.0' }),
      { path: 'instrument.version', message: 'must be "1.0.0" (got "2.0.0")' },
    ],
    [
      'a locale the instrument lacks',
      exitResponse,
      (r) => (r.locale = 'es'),
      { path: 'locale', message: "must be one of the instrument's locales (en, de, fr)" },
    ],
    [
      'a retrospective secondary item',
      exitResponse,
      (r) => (r.retrospective = { iv_1: 3 }),
      {
        path: 'retrospective.iv_1',
        message: 'is not a headline item; only headline items are rated retrospectively',
      },
    ],
    [
      'a retrospective value off the scale',
      exitResponse,
      (r) => (r.retrospective = { dc_1: 9 }),
      { path: 'retrospective.dc_1', message: 'must be an integer from 1 to 5' },
    ],
    [
      'a retrospective unknown item',
      exitResponse,
      (r) => (r.retrospective = { zz_1: 2 }),
      { path: 'retrospective.zz_1', message: 'is not an item of genbridge-core 1.0.0' },
    ],
  ])('rejects %s, naming the field', (_name, base, change, expected) => {
    const r = validateResponse(changed(base, change), defaultInstrument);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.errors).toContainEqual(expect.objectContaining(expected));
  });

  it('reports each answer problem once, in the instrument-aware wording', () => {
    const r = validateResponse(
      changed(baselineResponse, (r) => (r.answers.dc_3 = 'x')),
      defaultInstrument,
    );
    expect(r.success ? [] : r.errors).toEqual([
      { path: 'answers.dc_3', code: 'out_of_range', message: 'must be an integer from 1 to 5' },
    ]);
  });

  it('accepts a partial retrospective of headline items', () => {
    expect(lines(changed(exitResponse, (r) => (r.retrospective = { dc_2: 1, iu_7: 5 })))).toEqual(
      [],
    );
  });

  it('rejects non-objects and hostile inputs without throwing', () => {
    expect(lines(null)).toEqual(['must be an object (got null)']);
    expect(lines([])).toEqual(['must be an object (got an array)']);
    expect(lines(JSON.parse('{"__proto__": {"consent": true}}'))).toContain(
      '__proto__: is not a known field',
    );
    const withProtoAnswer = changed(
      baselineResponse,
      (r) => (r.answers = JSON.parse('{"__proto__": 3}')),
    );
    expect(lines(withProtoAnswer)).toContain(
      'answers.__proto__: is not an item of genbridge-core 1.0.0',
    );
    const trap = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(lines(trap)[0]).toMatch(/boom|must be/);
  });
});
