/**
 * The survey language for a requested locale: exact match among the instrument's locales, then the
 * language part (`de-CH` → `de`), then the instrument's default.
 */
export function resolveLocale(
  requested: string | undefined,
  available: readonly string[],
  fallback: string,
): string {
  if (!requested) return fallback;
  if (available.includes(requested)) return requested;
  const lang = requested.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return available.includes(lang) ? lang : fallback;
}

/**
 * Locales a plain SurveyJS JSON is written in: its `locale`, every key of its localisable strings
 * (`{ "default": …, "de": … }`) found in a shallow walk, and our interface languages.
 */
export function surveyJsonLocales(json: object): string[] {
  const found = new Set<string>(['en', 'de', 'fr', 'ar', 'he']);
  const own = (json as { locale?: unknown }).locale;
  if (typeof own === 'string') found.add(own);
  const walk = (v: unknown, depth: number): void => {
    if (depth > 8 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    const o = v as Record<string, unknown>;
    if (typeof o.default === 'string')
      for (const k of Object.keys(o)) if (k !== 'default') found.add(k);
    for (const x of Object.values(o)) walk(x, depth + 1);
  };
  walk(json, 0);
  return [...found];
}
