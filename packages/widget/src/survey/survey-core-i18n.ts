/**
 * survey-core's own translations (validation messages, "Other (describe)", "Select All", matrix
 * and panel buttons, …) for the languages our own strings cover. Each is a separate module
 * (~3 KB gzip) that registers itself with survey-core when imported: bundlers using `dist/` and
 * `bundle/genbridge-survey.js` alike load only the one in use, as a chunk of its own.
 * Other languages: import `survey-core/i18n/<language>` on the page before the survey builds.
 */
const loaders: Record<string, () => Promise<unknown>> = {
  ar: () => import('survey-core/i18n/arabic'),
  de: () => import('survey-core/i18n/german'),
  fr: () => import('survey-core/i18n/french'),
  he: () => import('survey-core/i18n/hebrew'),
};

const loaded = new Map<string, Promise<void>>();

/** Languages we can load survey-core's translation for (English is built in). */
export const SURVEY_CORE_LANGUAGES = ['en', ...Object.keys(loaders)];

/** Loads survey-core's strings for `locale` (`de-CH` → German) once; unknown languages resolve at once. */
export function loadSurveyCoreLocale(locale: string | undefined): Promise<void> {
  const lang = (locale ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  const load = loaders[lang];
  if (!load) return Promise.resolve();
  let p = loaded.get(lang);
  if (!p) {
    // After our validation strings (survey-core-loader): they register a partial de/fr locale,
    // which would replace the full translation if it ran second.
    p = import('./survey-core-loader.js').then(load).then(
      () => undefined,
      (err: unknown) =>
        console.warn(
          `<genbridge-survey>: survey-core strings for "${lang}" could not be loaded`,
          err,
        ),
    );
    loaded.set(lang, p);
  }
  return p;
}
