import { describe, expect, it } from 'vitest';
import {
  defaultInstrument,
  defaultInstrumentSource,
  Instrument,
  RESERVED_ITEM_IDS,
  toSurveyJson,
} from '../src/index.js';

const construct = (id: string) => {
  const c = defaultInstrument.constructs.find((x) => x.id === id);
  if (!c) throw new Error(`construct ${id} missing`);
  return c;
};

describe('defaultInstrument', () => {
  it('is genbridge-core 1.0.0 in en, de and fr on a labelled 1-5 scale', () => {
    expect(defaultInstrument.id).toBe('genbridge-core');
    expect(defaultInstrument.version).toBe('1.0.0');
    expect(defaultInstrument.defaultLocale).toBe('en');
    expect(defaultInstrument.locales).toEqual(['en', 'de', 'fr']);
    expect(defaultInstrument.scale.min).toBe(1);
    expect(defaultInstrument.scale.max).toBe(5);
    expect(defaultInstrument.scale.labels).toHaveLength(5);
    expect(defaultInstrument.scale.labels[0]?.en).toBe('Strongly disagree');
    expect(defaultInstrument.scale.labels[4]?.en).toBe('Strongly agree');
  });

  it('parses as an Instrument (the module already did; this guards the exported value)', () => {
    expect(Instrument.safeParse(defaultInstrument).success).toBe(true);
  });

  // The browser survey builds the default survey from the source without parsing it (no zod before
  // the first question): the source must already be exactly what parsing gives.
  it('is its source with nothing added: every default is spelled out in the source', () => {
    expect(defaultInstrument).toStrictEqual(defaultInstrumentSource);
    for (const wave of ['baseline', 'exit'] as const)
      expect(toSurveyJson(defaultInstrumentSource, { wave })).toStrictEqual(
        toSurveyJson(defaultInstrument, { wave }),
      );
  });

  it('has the five constructs in order, headline first', () => {
    expect(defaultInstrument.constructs.map((c) => [c.id, c.headline])).toEqual([
      ['digital_confidence', true],
      ['intergenerational_understanding', true],
      ['inclusion_voice', false],
      ['mutual_learning', false],
      ['career_engagement', false],
    ]);
  });

  it.each([
    ['digital_confidence', 'dc', 6, 8],
    ['intergenerational_understanding', 'iu', 6, 8],
    ['inclusion_voice', 'iv', 4, 5],
    ['mutual_learning', 'ml', 4, 5],
    ['career_engagement', 'ce', 4, 5],
  ])('%s has %s_1.. items, between %i and %i of them', (id, prefix, min, max) => {
    const items = construct(id).items;
    expect(items.length).toBeGreaterThanOrEqual(min);
    expect(items.length).toBeLessThanOrEqual(max);
    expect(items.map((i) => i.id)).toEqual(items.map((_, i) => `${prefix}_${i + 1}`));
  });

  it('has at least one reverse-keyed item in each headline construct, and some forward ones', () => {
    for (const id of ['digital_confidence', 'intergenerational_understanding']) {
      const reverse = construct(id).items.filter((i) => i.reverse).length;
      expect(reverse).toBeGreaterThanOrEqual(1);
      expect(reverse).toBeLessThan(construct(id).items.length / 2);
    }
    expect(
      defaultInstrument.constructs.flatMap((c) =>
        c.items.filter((i) => i.reverse).map((i) => i.id),
      ),
    ).toEqual(['dc_7', 'iu_5', 'iu_7', 'iv_4', 'ce_5']);
  });

  it('is translated completely: every text non-empty in every locale, and not left in English', () => {
    const texts = [
      ...defaultInstrument.scale.labels,
      ...defaultInstrument.constructs.flatMap((c) => [
        c.name,
        c.definition,
        ...c.items.map((i) => i.text),
      ]),
    ];
    for (const text of texts) {
      expect(Object.keys(text).sort()).toEqual(['de', 'en', 'fr']);
      for (const value of Object.values(text)) expect(value.trim().length).toBeGreaterThan(0);
      expect(text.de).not.toBe(text.en);
      expect(text.fr).not.toBe(text.en);
    }
  });

  it('uses no item id reserved for the survey questions and no duplicate wording', () => {
    const items = defaultInstrument.constructs.flatMap((c) => c.items);
    for (const item of items) expect(RESERVED_ITEM_IDS).not.toContain(item.id);
    for (const locale of defaultInstrument.locales) {
      const wording = items.map((i) => i.text[locale]);
      expect(new Set(wording).size).toBe(wording.length);
    }
  });
});
