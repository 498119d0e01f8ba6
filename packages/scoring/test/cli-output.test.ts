// Issue 14 item 11: `genbridge-score … | head` must end quietly, Markdown must not escape plain
// text. Spawns the built bin (the test builds when dist is missing).
import { spawnSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/cli/report-to-markdown.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const bin = join(pkg, 'bin/genbridge-score.js');
const example = fileURLToPath(new URL('../../../examples/scoring-cli/responses.json', import.meta.url));

beforeAll(() => {
  if (!existsSync(join(pkg, 'dist/cli/main.js'))) execSync('pnpm build', { cwd: pkg, stdio: 'ignore' });
}, 120_000);

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe('genbridge-score output', () => {
  it('piped into head (JSON larger than the pipe buffer) or into a reader that is gone: no EPIPE trace, exit 0', () => {
    for (const reader of ['head -n 1', 'true']) {
      const r = spawnSync('sh', ['-c', `${q(process.execPath)} ${q(bin)} ${q(example)} | ${reader}`], { encoding: 'utf8' });
      expect(r.stderr, reader).toBe('');
      expect(r.status, reader).toBe(0);
      if (reader !== 'true') expect(r.stdout).toBe('{\n');
    }
  });

  it('Markdown leaves plain text alone: programme ids, instrument ids, generation bands', () => {
    const r = spawnSync(process.execPath, [bin, example, '-f', 'md'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Programme report: rm-2026');
    expect(r.stdout).toContain('genbridge-core');
    expect(r.stdout).not.toMatch(/\\[-_.]/);
    expect(r.stdout).toContain('baby_boomer');
  });

  it('escapeMarkdown: plain words unchanged, markup neutralised', () => {
    expect(escapeMarkdown('rm-2026 baby_boomer 3.5 (ok) e-mail: a.b')).toBe('rm-2026 baby_boomer 3.5 (ok) e-mail: a.b');
    expect(escapeMarkdown('_emph_ *bold* `code` <b> [x](y) a|b ~~s~~')).toBe(
      '\\_emph\\_ \\*bold\\* \\`code\\` \\<b\\> \\[x\\]\\(y) a\\|b \\~\\~s\\~\\~',
    );
    // Block markers only matter at the start of the text.
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. first')).toBe('1\\. first');
    expect(escapeMarkdown('see https://x.example')).toBe('see https\\://x.example');
    expect(escapeMarkdown('www.example.com')).toBe('www\\.example.com');
  });
});
