// Cell encoding shared by the writer and the reader, kept symmetric so export → import is lossless.

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** Characters that make spreadsheets treat a cell as a formula (CSV injection, OWASP). */
const FORMULA_START = /^[=+\-@\t\r']/;

/** RFC 4180 quoting: quote when needed, double embedded quotes. */
export function quote(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Free text that a spreadsheet would run as a formula (`=HYPERLINK(…)`) gets a leading `'`;
 * so does text that already starts with `'`, which makes {@link decodeText} an exact inverse.
 */
export function encodeText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Inverse of {@link encodeText}. */
export function decodeText(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}
