// Codebook (JSON, Markdown) and SPSS syntax, the syntax run in GNU PSPP on a real CSV export.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultInstrument } from '@genbridge/schema';
import {
  codebook,
  codebookToMarkdown,
  codebookToSpss,
  responsesFromJson,
  responsesToCsv,
} from '../src/index.js';

const example = new URL('../../../examples/scoring-cli/responses.json', import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), 'genbridge-codebook-'));

describe('codebook', () => {
  const book = codebook(defaultInstrument);

  it('has every CSV column with labels in every locale, scale labels and reverse keying', () => {
    const csv = responsesToCsv([], defaultInstrument)
      .trim()
      .split(',')
      .map((h) => h.replace(/"/g, ''));
    expect(book.variables.map((v) => v.name)).toEqual(csv);
    const items = defaultInstrument.constructs.flatMap((c) => c.items);
    const reversed = items.find((i) => i.reverse);
    expect(reversed).toBeDefined();
    const v = book.variables.find((x) => x.name === reversed?.id);
    expect(v?.item).toEqual({ construct: expect.any(String), reverse: true, retrospective: false });
    for (const locale of defaultInstrument.locales)
      expect(v?.label[locale]).toBe(reversed?.text[locale]);
    expect(v?.values?.map((x) => x.value)).toEqual([1, 2, 3, 4, 5]);
    expect(book.constructs.flatMap((c) => c.reverseItems)).toContain(reversed?.id);
    expect(book.variables.find((x) => x.name.startsWith('retro_'))?.item?.retrospective).toBe(true);
  });

  it('Markdown lists every column and the constructs', () => {
    const md = codebookToMarkdown(book, 'de');
    for (const v of book.variables) expect(md).toContain(`\`${v.name}\``);
    expect(md).toContain(defaultInstrument.constructs[0]?.name.de);
    expect(md).toContain('reverse-keyed');
  });

  it('SPSS syntax reads the CSV export in GNU PSPP with variable and value labels', () => {
    const responses = responsesFromJson(readFileSync(example, 'utf8'), defaultInstrument);
    const csvPath = join(tmp, 'responses.csv');
    writeFileSync(csvPath, responsesToCsv(responses, defaultInstrument));
    const sps = join(tmp, 'responses.sps');
    writeFileSync(sps, codebookToSpss(book, csvPath, 'en'));
    const check = join(tmp, 'check.sps');
    writeFileSync(
      check,
      [
        `INCLUDE FILE='${sps}'.`,
        'DISPLAY LABELS.',
        'FREQUENCIES VARIABLES=wave role dc_1.',
        'DESCRIPTIVES VARIABLES=dc_1 recommend.',
        '',
      ].join('\n'),
    );
    // CSV output: one table row per line, labels unwrapped.
    const out = join(tmp, 'out.csv');
    execFileSync('pspp', ['-o', out, check], { encoding: 'utf8' });
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(/error|warning/i);
    const lines = text.split(/\r?\n/);
    // DISPLAY LABELS: every variable with its position and label, as the codebook says.
    book.variables.forEach((v, i) => {
      expect(lines).toContain(
        `${v.name},${i + 1},${v.label.en?.includes(',') ? `"${v.label.en}"` : v.label.en}`,
      );
    });
    // Value labels in the frequency tables, with the counts of the export.
    const count = (f: (r: (typeof responses)[number]) => boolean) => responses.filter(f).length;
    const pct = (n: number) => `${((100 * n) / responses.length).toFixed(1)}%`;
    const baselines = count((r) => r.wave === 'baseline');
    expect(lines).toContain(
      `Valid,Baseline (before the programme),${baselines},${pct(baselines)},${pct(baselines)},${pct(baselines)}`,
    );
    const mentors = count((r) => r.role === 'mentor');
    expect(
      lines.some((l) =>
        l.startsWith(
          `,Mentor: I share my digital know-how with a more senior colleague,${mentors},`,
        ),
      ),
    ).toBe(true);
    const agree = count((r) => r.answers.dc_1 === 5);
    expect(
      lines.some((l) => l.startsWith(`,${defaultInstrument.scale.labels[4]?.en},${agree},`)),
    ).toBe(true);
    // Numbers read as numbers: N and mean of dc_1 as computed here.
    const dc1 = responses.map((r) => r.answers.dc_1).filter((v): v is number => v !== undefined);
    const mean = dc1.reduce((a, b) => a + b, 0) / dc1.length;
    const label = defaultInstrument.constructs.flatMap((c) => c.items).find((i) => i.id === 'dc_1')
      ?.text.en;
    expect(lines.some((l) => l.startsWith(`${label},${dc1.length},${mean.toFixed(2)},`))).toBe(
      true,
    );
  });
});
