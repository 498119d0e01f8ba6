/**
 * Where a long compound word may be split: after a common German joint ("Generationen|über…",
 * "Arbeits|welt", "Zusammen|arbeit"), with at least four letters either side. Chosen nearest the
 * middle; without one, the middle itself.
 */
const JOINTS = ['ungs', 'keits', 'heits', 'ions', 'en', 'er', 's'];

function splitPoint(word: string, width: number): number {
  const middle = word.length / 2;
  let best = -1;
  for (let i = 4; i <= word.length - 4; i++) {
    if (i > width - 1 || word.length - i > width) continue;
    const head = word.slice(0, i).toLowerCase();
    if (!JOINTS.some((j) => head.endsWith(j))) continue;
    if (best < 0 || Math.abs(i - middle) < Math.abs(best - middle)) best = i;
  }
  return best > 0 ? best : Math.ceil(middle);
}

function hyphenate(word: string, width: number): string[] {
  if (word.length <= width) return [word];
  const at = splitPoint(word, width);
  return [`${word.slice(0, at)}-`, ...hyphenate(word.slice(at), width)];
}

/**
 * Splits a construct name over lines of about `width` characters for the category axis; a single
 * word longer than that (German compounds) is hyphenated at a joint so neighbouring labels never
 * overlap and no syllable is torn apart.
 */
export function wrapLabel(text: string, width = 18): string[] {
  const words = text.split(/\s+/).flatMap((word) => hyphenate(word, width));
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
