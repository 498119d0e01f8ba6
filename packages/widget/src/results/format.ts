import type { Magnitude } from './i18n.js';

/**
 * Plain-language magnitude of a standardised mean difference after Cohen (1988), *Statistical
 * Power Analysis for the Behavioral Sciences*, 2nd ed., pp. 25–27: 0.2 small, 0.5 medium,
 * 0.8 large. Below 0.2 we say "negligible". The sign (direction) is reported separately.
 */
export function magnitude(d: number | null): Magnitude | null {
  if (d === null || !Number.isFinite(d)) return null;
  const a = Math.abs(d);
  if (a >= 0.8) return 'large';
  if (a >= 0.5) return 'medium';
  if (a >= 0.2) return 'small';
  return 'negligible';
}

export interface NumberFormats {
  /** Fixed decimals (2 by default); `missing` for null. */
  decimal(value: number | null, digits?: number): string;
  /** Like `decimal` with an explicit sign: +0.42, −0.10. */
  signed(value: number | null, digits?: number): string;
  /** A share 0…1 as a whole percentage. */
  percent(share: number | null): string;
  /** p value: three decimals, "< 0.001" below that. */
  p(value: number | null): string;
  integer(value: number): string;
  /** Confidence level 0.95 → "95%". */
  level(value: number): string;
  date(iso: string): string;
}

/** Typographic minus (U+2212) for negatives, as "+" is used for positives (Intl gives "-"). */
const minus = (text: string): string => text.replace(/-/g, '\u2212');

/**
 * Number formats for one locale (`Intl.NumberFormat`, so "0.42" in en and "0,42" in de), with a
 * typographic minus. Only for display: the CSV keeps plain ASCII numbers.
 */
export function numberFormats(locale: string, missing: string): NumberFormats {
  const cache = new Map<string, Intl.NumberFormat>();
  const fmt = (key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
    return f;
  };
  const decimal = (value: number | null, digits = 2): string =>
    value === null || !Number.isFinite(value)
      ? missing
      : minus(
          fmt(`d${digits}`, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(value),
        );
  return {
    decimal,
    signed: (value, digits = 2) =>
      value === null || !Number.isFinite(value)
        ? missing
        : minus(
            fmt(`s${digits}`, {
              minimumFractionDigits: digits,
              maximumFractionDigits: digits,
              signDisplay: 'exceptZero',
            }).format(value),
          ),
    percent: (share) =>
      share === null || !Number.isFinite(share)
        ? missing
        : minus(fmt('pc', { style: 'percent', maximumFractionDigits: 0 }).format(share)),
    p: (value) =>
      value === null || !Number.isFinite(value)
        ? missing
        : value < 0.001
          ? `< ${decimal(0.001, 3)}`
          : decimal(value, 3),
    integer: (value) => minus(fmt('i', { maximumFractionDigits: 0 }).format(value)),
    level: (value) => fmt('lvl', { style: 'percent', maximumFractionDigits: 1 }).format(value),
    date: (iso) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(iso),
      ),
  };
}
