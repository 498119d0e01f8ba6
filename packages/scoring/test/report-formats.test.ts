import { describe, expect, it } from 'vitest';
import { scoreProgramme } from '../src/index.js';
import { reportToMarkdown, escapeMarkdown } from '../src/cli/report-to-markdown.js';
import { reportToCsv } from '../src/cli/report-to-csv.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

function report() {
  const rs = [
    ...cohortOf(12, { seed: 1, role: 'mentor', prefix: 'M' }),
    ...cohortOf(3, { seed: 2, role: 'mentee', prefix: 'E' }),
  ];
  rs.filter((r) => r.wave === 'exit').forEach((r, i) => {
    r.feedback = {
      satisfaction: 4,
      valuableLearning:
        i === 0 ? '<script>alert(1)</script> **bold** [x](javascript:alert(1))' : `fine ${i}`,
    };
  });
  return scoreProgramme(rs, testInstrument, {
    random: seeded(1),
    now: () => new Date('2026-07-01T00:00:00Z'),
  });
}

describe('report formats', () => {
  it('Markdown escapes respondents’ text so it renders as text, never HTML or links', () => {
    const md = reportToMarkdown(report());
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/\]\(javascript/);
    expect(md).toContain('_hidden: fewer participants than the anonymity threshold_');
    expect(escapeMarkdown('a\nb | c')).toBe('a b \\| c');
  });
  it('CSV has one row per construct of each shown group and one row per suppressed group', () => {
    const lines = reportToCsv(report()).trim().split('\r\n');
    const all = lines.filter((l) => l.startsWith('all,'));
    expect(all).toHaveLength(3);
    const hidden = lines.filter((l) => l.startsWith('role:'));
    expect(hidden).toEqual([
      expect.stringMatching(/^role:mentor,role,mentor,true,complement_below_threshold,+$/),
      expect.stringMatching(/^role:mentee,role,mentee,true,below_threshold,+$/),
    ]);
    const header = (lines[0] as string).split(',');
    for (const l of lines) expect(l.split(',').length).toBe(header.length);
  });
});
