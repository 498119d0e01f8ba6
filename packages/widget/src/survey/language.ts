/** `de-CH` → `de`, undefined → `en`. */
export const languageOf = (locale: string | undefined): string =>
  (locale ?? 'en').toLowerCase().split(/[-_]/)[0] || 'en';

/**
 * Our own words in each language but English are a chunk of their own (~1.5 KB gzip each): a page
 * in German never downloads the Arabic, Hebrew or French strings.
 */
export const LANGUAGE_LOADERS: Record<string, () => Promise<typeof import('./locales/de.js')>> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
};
