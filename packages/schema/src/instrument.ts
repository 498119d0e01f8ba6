import { z } from './zod.js';
import { Identifier, SemVer } from './ids.js';
import { LocaleCode, LocalizedText } from './localized-text.js';
import { RESERVED_ITEM_IDS } from './survey-names.js';
import { AdditionalQuestions, checkAdditionalQuestions } from './additional-questions.js';
import type { AdditionalPage } from './additional-questions.js';

/** Page names the bridge uses itself (besides construct ids). */
const BRIDGE_PAGE_NAMES = ['about_you', 'looking_back', 'feedback'];

/** One statement the participant rates on the instrument's response scale. */
export const Item = z.object({
  /** Stable id used as the answer key in every wave, e.g. `dc_1`. Never reuse an id for new wording. */
  id: Identifier,
  text: LocalizedText,
  /** Reverse-keyed items are scored `min + max - value`. */
  reverse: z._default(z.boolean(), false),
});
export type Item = z.infer<typeof Item>;

/** A construct is a scale: several items whose mean is the construct score. */
export const Construct = z.object({
  id: Identifier,
  name: LocalizedText,
  definition: LocalizedText,
  /** Headline constructs are the programme's main promises; reports and charts show them first. */
  headline: z._default(z.boolean(), false),
  items: z.array(Item).check(z.minLength(2, 'a construct needs at least 2 items')),
});
export type Construct = z.infer<typeof Construct>;

/** The labelled response scale shared by every item, e.g. 1 = strongly disagree … 5 = strongly agree. */
export const ResponseScale = z
  .object({
    min: z.number().check(z.int()),
    max: z.number().check(z.int()),
    /** One label per point, from `min` to `max`. */
    labels: z.array(LocalizedText),
  })
  .check(
    z.superRefine((scale, ctx) => {
      if (scale.max <= scale.min) {
        ctx.addIssue({
          code: 'custom',
          path: ['max'],
          message: `must be greater than min (${scale.min})`,
        });
        return;
      }
      const points = scale.max - scale.min + 1;
      if (scale.labels.length !== points) {
        ctx.addIssue({
          code: 'custom',
          path: ['labels'],
          message: `must have one label per point: expected ${points}, got ${scale.labels.length}`,
        });
      }
    }),
  );
export type ResponseScale = z.infer<typeof ResponseScale>;

const InstrumentShape = z.object({
  id: z.union([
    Identifier,
    z
      .string()
      .check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits or "-"')),
  ]),
  version: SemVer,
  defaultLocale: LocaleCode,
  /** Every locale the instrument is translated into; every text must exist in each. */
  locales: z.array(LocaleCode).check(z.minLength(1)),
  scale: ResponseScale,
  constructs: z.array(Construct).check(z.minLength(1)),
  /**
   * A programme's own questions: pages of SurveyJS elements per wave and position. Their answers
   * travel in `SurveyResponse.extra`; see `validateExtra`.
   */
  additionalQuestions: z.optional(AdditionalQuestions),
});

/**
 * A versioned questionnaire: constructs of items on one response scale, in one or more languages.
 * Refinements: unique construct and item ids across the instrument; reverse-keyed items only on
 * constructs with at least three items (with two, one reversed item dominates the score); every
 * text translated into every declared locale; the default locale is declared; no item id is one of
 * the survey's own question names (`RESERVED_ITEM_IDS`).
 */
export const Instrument = InstrumentShape.check(
  z.superRefine((inst, ctx) => {
    if (!inst.locales.includes(inst.defaultLocale)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLocale'],
        message: `must be one of the declared locales (${inst.locales.join(', ')})`,
      });
    }
    const seenLocales = new Set<string>();
    inst.locales.forEach((l, i) => {
      if (seenLocales.has(l))
        ctx.addIssue({ code: 'custom', path: ['locales', i], message: `duplicate locale "${l}"` });
      seenLocales.add(l);
    });

    const checkText = (text: LocalizedText, path: (string | number)[]) => {
      for (const locale of inst.locales) {
        if (!(locale in text)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, locale],
            message: `missing translation for locale "${locale}"`,
          });
        }
      }
    };
    inst.scale.labels.forEach((label, i) => checkText(label, ['scale', 'labels', i]));

    const constructIds = new Map<string, number>();
    const itemIds = new Map<string, string>();
    inst.constructs.forEach((c, ci) => {
      if (constructIds.has(c.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['constructs', ci, 'id'],
          message: `duplicate construct id "${c.id}"`,
        });
      }
      constructIds.set(c.id, ci);
      checkText(c.name, ['constructs', ci, 'name']);
      checkText(c.definition, ['constructs', ci, 'definition']);
      c.items.forEach((item, ii) => {
        const path = ['constructs', ci, 'items', ii];
        const owner = itemIds.get(item.id);
        if (owner !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'id'],
            message: `duplicate item id "${item.id}" (already used in construct "${owner}")`,
          });
        }
        itemIds.set(item.id, c.id);
        if (RESERVED_ITEM_IDS.includes(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'id'],
            message: `"${item.id}" is reserved for a survey question (${RESERVED_ITEM_IDS.join(', ')})`,
          });
        }
        checkText(item.text, [...path, 'text']);
        if (item.reverse && c.items.length < 3) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, 'reverse'],
            message: `reverse-keyed items need a construct of at least 3 items ("${c.id}" has ${c.items.length})`,
          });
        }
      });
    });

    const extra = inst.additionalQuestions as AdditionalPage[] | undefined;
    if (extra) {
      const taken = new Set([...itemIds.keys(), ...RESERVED_ITEM_IDS]);
      const pageNames = new Set([...constructIds.keys(), ...BRIDGE_PAGE_NAMES]);
      extra.forEach((page, i) => {
        if (pageNames.has(page.name)) {
          ctx.addIssue({
            code: 'custom',
            path: ['additionalQuestions', i, 'name'],
            message: `"${page.name}" is already a page of the survey`,
          });
        }
        if (page.title) checkText(page.title, ['additionalQuestions', i, 'title']);
        if (page.description)
          checkText(page.description, ['additionalQuestions', i, 'description']);
      });
      checkAdditionalQuestions(extra, taken, (path, message) =>
        ctx.addIssue({ code: 'custom', path: ['additionalQuestions', ...path], message }),
      );
    }
  }),
);
/** Parsed instrument (defaults applied). */
export type Instrument = z.infer<typeof Instrument>;
/** Instrument as written in JSON, before defaults (`reverse`, `headline` may be omitted). */
export type InstrumentInput = z.input<typeof Instrument>;

/** Reference to an instrument by id and version, carried by every response and report. */
export const InstrumentRef = z.object({ id: InstrumentShape.shape.id, version: SemVer });
export type InstrumentRef = z.infer<typeof InstrumentRef>;
