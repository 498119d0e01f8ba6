import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardSpreadsheetText, unguardSpreadsheetText } from '../src/spreadsheet-text.js';

describe('guardSpreadsheetText', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    // Fullwidth and small forms, and the minus sign.
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['\uFF0B1', "'\uFF0B1"],
    ['\uFF0D1', "'\uFF0D1"],
    ['\uFF20SUM(1)', "'\uFF20SUM(1)"],
    ['\u22121', "'\u22121"],
    ['\uFE661', "'\uFE661"],
    // Invisible or blank characters before the sign.
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\uFEFF=1+1', "'\uFEFF=1+1"],
    [' \t=1+1', "' \t'=1+1"],
    // A cell start for another separator.
    ['text;=1+1', "text;'=1+1"],
    ['text,=1+1', "text,'=1+1"],
    ['text|@x', "text|'@x"],
    ['line one\r\n-two', "line one\r'\n'-two"],
    ['a; \u200B=1', "a;' \u200B=1"],
    // An apostrophe at a cell start is doubled, so the guard can be undone exactly.
    ["'quoted", "''quoted"],
    ['plain text, well; said', 'plain text, well; said'],
    ['mid=sign and a-b', 'mid=sign and a-b'],
  ])('%j → %j', (input, expected) => {
    expect(guardSpreadsheetText(input)).toBe(expected);
    expect(unguardSpreadsheetText(expected)).toBe(input);
  });

  const alphabet = fc.constantFrom(
    ...'ab =+-@\'",;|\t\r\n\u200B\uFEFF\uFF1D\uFF0B\uFF0D\uFF20\u2212 '.split(''),
  );

  it('is undone exactly by unguardSpreadsheetText for any text', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        expect(unguardSpreadsheetText(guardSpreadsheetText(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves no cell start followed by a formula sign, for any separator', () => {
    const signs = /^[\s\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\u2212\uFE62\uFE63\uFE66\uFE6B]/u;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(alphabet, fc.string({ maxLength: 2 })), { maxLength: 30 }),
        (parts) => {
          const guarded = guardSpreadsheetText(parts.join(''));
          return guarded.split(/[,;\t|\r\n]/).every((cell) => !signs.test(cell));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
