/**
 * Makes text render as the same text in Markdown (CommonMark + GFM), never as markup: escapes the
 * characters that mean something wherever they stand (emphasis, code, links, HTML, tables,
 * strikethrough), `_` only where it can open or close emphasis (not inside words like
 * `baby_boomer`), block markers only at the start, and breaks bare-URL autolinks. Plain text such
 * as `rm-2026`, `3.5` or `(optional)` is left as it is. Line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(/[\\`*[\]<>&|~]/g, (c) => `\\${c}`)
      // `](` stays broken even if a renderer were lenient about the escaped `[`.
      .replace(/\]\(/g, ']\\(')
      .replace(/_/g, (c, at: number, s: string) =>
        /[\p{L}\p{N}]/u.test(s[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(s[at + 1] ?? '')
          ? c
          : `\\${c}`,
      )
      .replace(/^(\s*)([#>+=-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/, '$1\\$2')
      .replace(/(https?|ftp):\/\//gi, '$1\\://')
      .replace(/\bwww\./gi, 'www\\.')
  );
}
