/**
 * The one rule that keeps text from running as a formula when a CSV file is opened in a
 * spreadsheet (CSV injection), whatever separator the reader picks and whatever Unicode variant
 * of a formula sign the text uses.
 *
 * A spreadsheet may start a new cell at the start of the text and after any of `,` `;` tab `|`
 * and line breaks (the file may be opened with another separator than it was written with:
 * German and French Excel and LibreOffice default to `;`). At each such place where the first
 * visible character (after whitespace and invisible format characters such as U+200B or U+FEFF)
 * is a formula sign — `=` `+` `-` `@`, their fullwidth forms `＝` `＋` `－` `＠`, their small
 * forms, or the minus sign `−` — or an apostrophe, one apostrophe `'` is inserted. The apostrophe
 * is what spreadsheets show as "this is text"; inserting one before an existing apostrophe too
 * makes {@link unguardSpreadsheetText} an exact inverse, so an export reads back unchanged.
 *
 * @example guardSpreadsheetText('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 * @example guardSpreadsheetText('pros;-more time') // "pros;'-more time"
 */
export function guardSpreadsheetText(text: string): string {
  // From the end: signAhead[i] says whether the first visible character at or after i is a sign.
  // One pass each way keeps this linear even for text made of nothing but tabs.
  const signAhead = new Uint8Array(text.length + 1);
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    signAhead[i] = IGNORED.test(ch) ? signAhead[i + 1]! : FORMULA_SIGN.test(ch) ? 1 : 0;
  }
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    if (signAhead[i] && (i === 0 || CELL_START.test(text[i - 1]!))) out += "'";
    if (i < text.length) out += text[i];
  }
  return out;
}

/** Inverse of {@link guardSpreadsheetText}: removes the apostrophe it put after each cell start. */
export function unguardSpreadsheetText(text: string): string {
  return text.replace(UNGUARD, '');
}

const CELL_START = /[,;\t|\r\n]/;
// UTF-16 code units: every character in these classes is a single unit.
const IGNORED = /[\s\p{Cf}]/u;
const FORMULA_SIGN = /[=+\-@'\uFF1D\uFF0B\uFF0D\uFF20\u2212\uFE62\uFE63\uFE66\uFE6B]/;
// Zero-width lookbehind, so the start of the text and a separator right after it are two places.
const UNGUARD = /(?<=^|[,;\t|\r\n])'/g;
