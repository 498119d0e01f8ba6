// Issue 14 item 11: `genbridge-score … | head` must end quietly, Markdown must not escape plain
// text (spawns the built bin; the test builds when dist is missing). Then the plan, pool and
// codebook commands, run in-process.
import { spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/cli/report-to-markdown.js';
import { runCli } from '../src/cli/run.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const bin = join(pkg, 'bin/genbridge-score.js');
const example = fileURLToPath(
  new URL('../../../examples/scoring-cli/responses.json', import.meta.url),
);

beforeAll(() => {
  if (!existsSync(join(pkg, 'dist/cli/main.js')))
    execSync('pnpm build', { cwd: pkg, stdio: 'ignore' });
}, 120_000);

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe('genbridge-score output', () => {
  it('piped into head (JSON larger than the pipe buffer) or into a reader that is gone: no EPIPE trace, exit 0', () => {
    for (const reader of ['head -n 1', 'true']) {
      const r = spawnSync(
        'sh',
        ['-c', `${q(process.execPath)} ${q(bin)} ${q(example)} | ${reader}`],
        { encoding: 'utf8' },
      );
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
    expect(escapeMarkdown('rm-2026 baby_boomer 3.5 (ok) e-mail: a.b')).toBe(
      'rm-2026 baby_boomer 3.5 (ok) e-mail: a.b',
    );
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

describe('genbridge-score plan, pool, codebook', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'genbridge-score-sub-'));
  async function run(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      stderrIsTty: false,
    });
    return { code, stdout, stderr };
  }

  it('plan --pairs / --effect: minimum detectable d_z and pairs needed', async () => {
    const a = await run('plan', '--pairs', '30');
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(
      'With 30 pairs the smallest change you can expect to detect is d_z = 0.53',
    );
    const b = await run('plan', '--effect', '0.5', '--format', 'json');
    expect(JSON.parse(b.stdout)).toMatchObject({
      pairsNeeded: 34,
      effectDz: 0.5,
      alpha: 0.05,
      power: 0.8,
    });
    const bad = await run('plan', '--pairs', 'many');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--pairs must be a whole number');
    expect(bad.stderr).toContain('genbridge-score plan');
  });

  it('pool: two programme reports, REML by default, Markdown on request', async () => {
    const responses = JSON.parse(readFileSync(example, 'utf8')) as {
      programmeId: string;
      participant: string;
    }[];
    const second = join(tmp, 'second.json');
    writeFileSync(
      second,
      JSON.stringify(
        responses.filter((_, i) => i % 3 !== 0).map((r) => ({ ...r, programmeId: 'rm-2027' })),
      ),
    );
    const a = join(tmp, 'a.json');
    const b = join(tmp, 'b.json');
    expect((await run(example, '-o', a)).code).toBe(0);
    expect((await run(second, '-o', b)).code).toBe(0);
    const pooled = await run('pool', a, b);
    expect(pooled.stderr).toBe('');
    const json = JSON.parse(pooled.stdout);
    expect(json.method).toBe('REML');
    expect(json.constructs[0].studies.map((s: { programmeId: string }) => s.programmeId)).toEqual([
      'rm-2026',
      'rm-2027',
    ]);
    const md = await run('pool', a, b, '--method', 'DL', '-f', 'md');
    expect(md.stdout).toContain('DerSimonian–Laird');
    expect(md.stdout).toContain('| Digital confidence |');
    const one = await run('pool', a);
    expect(one.code).toBe(2);
    const broken = join(tmp, 'broken.json');
    writeFileSync(broken, '{"schemaVersion": 1}');
    const bad = await run('pool', a, broken);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('broken.json');
  });

  it('codebook --format json|md|sps', async () => {
    const json = await run('codebook');
    expect(JSON.parse(json.stdout).variables[0].name).toBe('response_id');
    const md = await run('codebook', '--format', 'md', '--locale', 'de');
    expect(md.stdout).toContain('# Codebook: genbridge-core');
    const sps = await run('codebook', '-f', 'sps', '--csv', 'export.csv');
    expect(sps.stdout).toContain("/FILE='export.csv'");
    expect(sps.stdout).toContain('VALUE LABELS');
    const bad = await run('codebook', '--locale', 'xx');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--locale must be one of');
  });
});
