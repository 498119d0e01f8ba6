import { z } from './zod.js';

/** A BCP 47 language tag of the simple form we support: `en`, `de`, `fr`, `pt-BR`. */
export const LocaleCode = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as "en" or "pt-BR"'));
export type LocaleCode = z.infer<typeof LocaleCode>;

/**
 * Text in several languages, keyed by locale: `{ en: "…", de: "…" }`.
 * Which locales are required is decided by the instrument (see `Instrument.locales`).
 */
export const LocalizedText = z.record(
  LocaleCode,
  z.string().check(z.trim(), z.minLength(1, 'must not be empty')),
);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Picks the text for `locale`, falling back to `fallback` and then to any translation. */
export function localize(text: LocalizedText, locale: string, fallback = 'en'): string {
  return text[locale] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
