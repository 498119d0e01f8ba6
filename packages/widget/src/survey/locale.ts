/**
 * The survey language for a requested locale: exact match among the instrument's locales, then the
 * language part (`de-CH` → `de`), then the instrument's default.
 */
export function resolveLocale(requested: string | undefined, available: readonly string[], fallback: string): string {
  if (!requested) return fallback;
  if (available.includes(requested)) return requested;
  const lang = requested.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return available.includes(lang) ? lang : fallback;
}
