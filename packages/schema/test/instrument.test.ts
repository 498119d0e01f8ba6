import { describe, expect, it } from 'vitest';
import {
  formatFieldError,
  formatIssues,
  Identifier,
  Instrument,
  LocaleCode,
  parseInstrument,
  ParticipantCode,
  ResponseScale,
  SemVer,
  Slug,
  ValidationError,
} from '../src/index.js';
import type { FieldError, InstrumentInput } from '../src/index.js';
import { smallInstrument } from './fixtures.js';

/** Errors of parsing `input` as an instrument, as "path: message" lines. */
function problems(input: InstrumentInput): string[] {
  const result = Instrument.safeParse(input);
  return result.success ? [] : formatIssues(result.error, input).map(formatFieldError);
}

function broken(change: (i: InstrumentInput) => void): InstrumentInput {
  const input = structuredClone(smallInstrument());
  change(input);
  return input;
}

describe('identifier schemas', () => {
  it.each([
    [Identifier, 'dc_1', 'Dc-1'],
    [Slug, 'rm-2026', 'RM 2026'],
    [SemVer, '1.0.0-beta.1', '1.0'],
    [LocaleCode, 'pt-BR', 'english'],
    [ParticipantCode, 'K7Q2-PX', 'jane.doe@example.com'],
  ])('%# accepts %s and rejects %s', (schema, good, bad) => {
    expect(schema.safeParse(good).success).toBe(true);
    expect(schema.safeParse(bad).success).toBe(false);
  });

  it('ParticipantCode rejects names, lower case and codes that are too short or long', () => {
    for (const bad of ['Jane Doe', 'k7q2px', 'AB', 'A'.repeat(17), '-ABC', 'ABC-']) {
      expect(ParticipantCode.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe('ResponseScale', () => {
  const label = { en: 'x' };
  it('accepts one label per point', () => {
    expect(ResponseScale.safeParse({ min: 0, max: 2, labels: [label, label, label] }).success).toBe(
      true,
    );
  });
  it('rejects max <= min, naming max', () => {
    const r = ResponseScale.safeParse({ min: 3, max: 3, labels: [label] });
    expect(r.success).toBe(false);
    expect(formatIssues(r.error!)).toEqual([
      { path: 'max', code: 'rule', message: 'must be greater than min (3)' },
    ]);
  });
  it('rejects a label count that does not match the points', () => {
    const r = ResponseScale.safeParse({ min: 1, max: 5, labels: [label, label] });
    expect(formatIssues(r.error!)).toEqual([
      { path: 'labels', code: 'rule', message: 'must have one label per point: expected 5, got 2' },
    ]);
  });
});

describe('Instrument refinements (each: valid fixture passes, one change breaks it)', () => {
  it('the fixture is valid and defaults reverse/headline to false', () => {
    expect(problems(smallInstrument())).toEqual([]);
    const parsed = parseInstrument(smallInstrument());
    expect(parsed.constructs[1]?.headline).toBe(false);
    expect(parsed.constructs[0]?.items[0]?.reverse).toBe(false);
  });

  it.each<[string, (i: InstrumentInput) => void, string]>([
    [
      'default locale not declared',
      (i) => (i.defaultLocale = 'fr'),
      'defaultLocale: must be one of the declared locales (en, de)',
    ],
    ['duplicate locale', (i) => i.locales.push('en'), 'locales.2: duplicate locale "en"'],
    [
      'missing translation of an item',
      (i) => delete i.constructs[0]!.items[1]!.text.de,
      'constructs.0.items.1.text.de: missing translation for locale "de"',
    ],
    [
      'missing translation of a scale label',
      (i) => delete i.scale.labels[2]!.de,
      'scale.labels.2.de: missing translation for locale "de"',
    ],
    [
      'missing translation of a construct name',
      (i) => delete i.constructs[1]!.name.de,
      'constructs.1.name.de: missing translation for locale "de"',
    ],
    [
      'empty text',
      (i) => (i.constructs[0]!.definition.en = '  '),
      'constructs.0.definition.en: must not be empty',
    ],
    [
      'duplicate construct id',
      (i) => (i.constructs[1]!.id = 'alpha'),
      'constructs.1.id: duplicate construct id "alpha"',
    ],
    [
      'duplicate item id across constructs',
      (i) => (i.constructs[1]!.items[0]!.id = 'a_2'),
      'constructs.1.items.0.id: duplicate item id "a_2" (already used in construct "alpha")',
    ],
    [
      'reverse-keyed item on a two-item construct',
      (i) => (i.constructs[1]!.items[1]!.reverse = true),
      'constructs.1.items.1.reverse: reverse-keyed items need a construct of at least 3 items ("beta" has 2)',
    ],
    [
      'construct with one item',
      (i) => i.constructs[1]!.items.pop(),
      'constructs.1.items: a construct needs at least 2 items',
    ],
    [
      'reserved item id',
      (i) => (i.constructs[1]!.items[0]!.id = 'consent'),
      'constructs.1.items.0.id: "consent" is reserved',
    ],
    [
      'item id "other"',
      (i) => (i.constructs[1]!.items[0]!.id = 'other'),
      'constructs.1.items.0.id: "other" is reserved',
    ],
    [
      'bad version',
      (i) => (i.version = 'v1'),
      'version: must be a semantic version such as "1.0.0"',
    ],
    ['no constructs', (i) => (i.constructs = []), 'constructs: must have at least 1 entry'],
    [
      'bad item id',
      (i) => (i.constructs[0]!.items[0]!.id = 'A 1'),
      'constructs.0.items.0.id: must be lower-case letters',
    ],
    [
      'missing name',
      (i) => delete (i.constructs[0] as Partial<InstrumentInput['constructs'][0]>).name,
      'constructs.0.name: is required',
    ],
  ])('rejects %s', (_name, change, expected) => {
    const found = problems(broken(change));
    expect(
      found.some((line) => line.startsWith(expected)),
      `${expected}\n in ${found.join('\n')}`,
    ).toBe(true);
  });

  it('parseInstrument throws a ValidationError that lists every problem', () => {
    const input = broken((i) => {
      i.version = 'x';
      i.constructs[1]!.id = 'alpha';
    });
    let error: unknown;
    try {
      parseInstrument(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const { errors, message } = error as ValidationError;
    expect(errors.map((e: FieldError) => e.path)).toEqual(['version', 'constructs.1.id']);
    expect(message).toContain('invalid instrument:\n  version: must be a semantic version');
  });
});

describe('formatIssues / formatFieldError', () => {
  it('reports an absent field as required when given the input', () => {
    const strict = Instrument.safeParse({ id: 'x' });
    expect(formatIssues(strict.error!, { id: 'x' })).toContainEqual({
      path: 'version',
      code: 'required',
      message: 'is required',
    });
  });

  it('joins paths with dots and leaves the root path empty', () => {
    expect(
      formatFieldError({
        path: 'answers.dc_3',
        code: 'out_of_range',
        message: 'must be an integer from 1 to 5',
      }),
    ).toBe('answers.dc_3: must be an integer from 1 to 5');
    expect(formatFieldError({ path: '', code: 'invalid_type', message: 'must be an object' })).toBe(
      'must be an object',
    );
    const root = Instrument.safeParse(42);
    expect(formatIssues(root.error!, 42)).toEqual([
      { path: '', code: 'invalid_type', message: 'must be an object (got number)' },
    ]);
  });
});

describe('joinPath', () => {
  it('dots plain keys and quotes ambiguous ones', async () => {
    const { joinPath } = await import('../src/index.js');
    expect(joinPath(['constructs', 0, 'items', 2, 'reverse'])).toBe('constructs.0.items.2.reverse');
    expect(joinPath(['answers', 'a.b'])).toBe('answers["a.b"]');
    expect(joinPath([''])).toBe('[""]');
    expect(joinPath([])).toBe('');
  });
});
