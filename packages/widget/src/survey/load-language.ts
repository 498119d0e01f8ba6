import { LANGUAGE_LOADERS, languageOf } from './language.js';
import { addStateStrings } from './state-strings.js';
import { addUiStrings } from './strings.js';

const loaded = new Map<string, Promise<void>>();

/** Loads our interface and state strings for `locale` once; English and unknown languages resolve at once. */
export function loadLanguage(locale: string | undefined): Promise<void> {
  const lang = languageOf(locale);
  const load = LANGUAGE_LOADERS[lang];
  if (!load) return Promise.resolve();
  let p = loaded.get(lang);
  if (!p) {
    p = load().then(
      (m) => {
        addUiStrings(lang, m.ui);
        addStateStrings(lang, m.state);
      },
      (err: unknown) =>
        console.warn(`<genbridge-survey>: strings for "${lang}" could not be loaded`, err),
    );
    loaded.set(lang, p);
  }
  return p;
}
