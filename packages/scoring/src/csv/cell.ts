// Cell encoding shared by the writer and the reader, kept symmetric so export → import is lossless.
import { guardSpreadsheetText, unguardSpreadsheetText } from '@genbridge/schema';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** RFC 4180 quoting: quote when needed, double embedded quotes. */
export function quote(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Free text, guarded so no spreadsheet runs it as a formula whatever separator it opens the file
 * with (the rule: `guardSpreadsheetText` in @genbridge/schema). {@link decodeText} is its exact inverse.
 */
export function encodeText(value: string): string {
  return guardSpreadsheetText(value);
}

/** Inverse of {@link encodeText}. */
export function decodeText(value: string): string {
  return unguardSpreadsheetText(value);
}
