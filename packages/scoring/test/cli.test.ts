// Spawns the built bin (run `pnpm --filter @genbridge/scoring build` first; the test builds when dist is missing).
import { spawnSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultInstrument, ProgrammeReport } from '@genbridge/schema';
import { responsesFromJson, scoreProgramme } from '../src/index.js';
import { runCli } from '../src/cli/run.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const bin = join(pkg, 'bin/genbridge-score.js');
const examples = fileURLToPath(new URL('../../../examples/scoring-cli/', import.meta.url));
const ex = (f: string) => join(examples, f);
const tmp = mkdtempSync(join(tmpdir(), 'genbridge-score-'));

/** In-process run of the same command (spawning costs ~0.5 s of CPU each on a shared machine). */
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

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: tmp });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(pkg, 'dist/cli/main.js')))
    execSync('pnpm build', { cwd: pkg, stdio: 'ignore' });
}, 120_000);

describe('genbridge-score CLI', () => {
  it('scores the example CSVs to the same JSON report as the JSON example and the library', () => {
    const fromCsv = cli(ex('baseline.csv'), ex('exit.csv'));
    expect(fromCsv.stderr).toBe('');
    expect(fromCsv.code).toBe(0);
    const a = ProgrammeReport.parse(JSON.parse(fromCsv.stdout));
    const fromJson = ProgrammeReport.parse(JSON.parse(cli(ex('responses.json')).stdout));
    const lib = scoreProgramme(
      responsesFromJson(readFileSync(ex('responses.json'), 'utf8'), defaultInstrument),
      defaultInstrument,
    );
    // Open text is shuffled per run; everything else is identical.
    const strip = (r: ProgrammeReport) => ({
      ...r,
      generatedAt: '',
      feedback: r.feedback.map((f) =>
        f.suppressed
          ? f
          : {
              ...f,
              openText: {
                ...f.openText,
                valuableLearning: [...f.openText.valuableLearning].sort(),
                improvement: [...f.openText.improvement].sort(),
              },
            },
      ),
    });
    expect(strip(a)).toEqual(strip(fromJson));
    expect(strip(a)).toEqual(strip(lib));
    expect(a.participation).toMatchObject({ matched: 42, baselineOnly: 6 });
  });

  it('writes CSV (construct × group) and Markdown, to --out', async () => {
    const out = join(tmp, 'report.csv');
    expect(cli(ex('responses.json'), '--format', 'csv', '--out', out)).toMatchObject({
      code: 0,
      stdout: '',
    });
    const lines = readFileSync(out, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^group,dimension,value,suppressed,reason,group_n,construct,n,/);
    expect(lines.filter((l) => l.startsWith('all,'))).toHaveLength(
      defaultInstrument.constructs.length,
    );
    const md = await run(ex('responses.json'), '-f', 'md');
    expect(md.stdout).toMatch(/^# Programme report: rm-2026/);
    expect(md.stdout).toContain('| Digital confidence | 42 |');
  });

  it('honours --k, --min-item-share and --instrument', async () => {
    const k = JSON.parse((await run(ex('responses.json'), '--k', '20')).stdout) as ProgrammeReport;
    expect(k.settings.anonymityThreshold).toBe(20);
    expect(k.groups.find((g) => g.key === 'role:mentee')?.suppressed).toBe(true);
    const share = JSON.parse(
      (await run(ex('minimal.csv'), '--min-item-share', '1', '--programme', 'pilot')).stdout,
    ) as ProgrammeReport;
    expect(share.settings.minItemShare).toBe(1);
    expect(share.programmeId).toBe('pilot');
    const instrumentFile = join(tmp, 'instrument.json');
    writeFileSync(
      instrumentFile,
      JSON.stringify({ ...defaultInstrument, id: 'custom', version: '2.0.0' }),
    );
    const custom = await run(ex('responses.json'), '--instrument', instrumentFile);
    expect(custom.code).toBe(1);
    expect(custom.stderr).toContain('row 1, column "instrument.id": must be "custom"');
  });

  it('bad input: non-zero exit naming file, row and column', async () => {
    const bad = join(tmp, 'bad.csv');
    writeFileSync(
      bad,
      'participant,role,wave,dc_1\nAB12,mentor,baseline,4\nAB13,mentor,baseline,9\n',
    );
    const r = cli(bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}: row 3, column "dc_1": must be an integer from 1 to 5`);
    expect((await run(join(tmp, 'missing.csv'))).stderr).toContain('missing.csv: does not exist');
    const badInstrument = join(tmp, 'bad-instrument.json');
    writeFileSync(badInstrument, JSON.stringify({ id: 'x' }));
    expect(await run(ex('responses.json'), '--instrument', badInstrument)).toMatchObject({
      code: 1,
    });
  });

  it('bad command line: exit 2 with usage; --help: exit 0', async () => {
    expect(cli()).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no input files given'),
    });
    expect((await run(ex('responses.json'), '--format', 'xml')).stderr).toContain(
      '--format must be one of json, csv, md',
    );
    expect(await run(ex('responses.json'), '--k', '2')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('at least 3'),
    });
    expect((await run(ex('responses.json'), '--k', 'five')).stderr).toContain(
      '--k must be a whole number',
    );
    expect((await run(ex('responses.json'), '--colour')).code).toBe(2);
    expect(cli('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: genbridge-score'),
    });
  });

  it('progress goes to stderr only when it is a terminal', async () => {
    let stderr = '';
    const code = await runCli([ex('responses.json'), '--out', join(tmp, 'r.json')], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      stderrIsTty: true,
    });
    expect(code).toBe(0);
    expect(stderr).toMatch(/reading responses\.json[\s\S]*scoring 90 responses[\s\S]*done in/);
    expect((await run(ex('responses.json'))).stderr).toBe('');
  });
});
