/**
 * Splits a construct name over lines of about `width` characters for the category axis; a single
 * word longer than that (German compounds) is hyphenated so neighbouring labels never overlap.
 */
export function wrapLabel(text: string, width = 18): string[] {
  const words = text.split(/\s+/).flatMap((word) => {
    if (word.length <= width) return [word];
    const size = Math.ceil(word.length / Math.ceil(word.length / (width - 1)));
    const parts: string[] = [];
    for (let i = 0; i < word.length; i += size) parts.push(word.slice(i, i + size));
    return parts.map((part, i) => (i < parts.length - 1 ? `${part}-` : part));
  });
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && (line.endsWith('-') || line.length + word.length + 1 > width)) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
