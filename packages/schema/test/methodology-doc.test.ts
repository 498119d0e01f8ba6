import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultInstrument, GenerationBand } from '../src/index.js';

const doc = readFileSync(new URL('../../../docs/methodology.md', import.meta.url), 'utf8');
const section = doc.slice(
  doc.indexOf('## The instrument'),
  doc.indexOf('\n## ', doc.indexOf('## The instrument') + 1),
);

describe('docs/methodology.md "The instrument" matches the default instrument', () => {
  it.each(defaultInstrument.constructs.flatMap((c) => c.items.map((i) => [i.id, i] as const)))(
    'lists %s with its English wording and reverse flag',
    (id, item) => {
      const row = section.split('\n').find((line) => line.startsWith(`| \`${id}\``));
      expect(row, `no table row for ${id}`).toBeDefined();
      expect(row).toContain(item.text.en);
      expect(/\|\s*yes\s*\|\s*$/.test(row!)).toBe(item.reverse);
    },
  );

  it('names every construct and every generation band', () => {
    for (const c of defaultInstrument.constructs) expect(section).toContain(`#### \`${c.id}\``);
    for (const band of GenerationBand.options) expect(section).toContain(`\`${band}\``);
  });
});
