import { readFile, writeFile } from 'node:fs/promises';
import { formatIssues, localize, ProgrammeReport, type PooledReport } from '@genbridge/schema';
import { poolProgrammes } from '../evaluation/pool-programmes.js';
import { InputError } from '../csv/input-error.js';
import { UsageError } from './args.js';
import { parseSubcommand } from './subcommand-args.js';
import { escapeMarkdown } from './escape-markdown.js';
import type { CliIo } from './run.js';

export const POOL_USAGE = `Usage: genbridge-score pool [options] <report.json> <report.json>...

Pools the mean change of several programme reports (cohorts, years) on the same instrument with
a random-effects model (as metafor::rma): pooled change with CI, between-programme variance τ²,
I² and a 95% prediction interval for a new programme. Reports are genbridge-score JSON output.

Options:
      --method <REML|DL>    τ² estimator (default REML; DL = DerSimonian–Laird)
  -f, --format <json|md>    (default json)
  -o, --out <file>          write to a file instead of stdout
  -h, --help                show this help
`;

async function readReport(file: string): Promise<ProgrammeReport> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (cause) {
    const e = cause as NodeJS.ErrnoException;
    throw new InputError([
      {
        file,
        row: 0,
        column: '',
        message: e.code === 'ENOENT' ? 'does not exist' : `is not a JSON report (${e.message})`,
      },
    ]);
  }
  const parsed = ProgrammeReport.safeParse(json);
  if (!parsed.success)
    throw new InputError(
      formatIssues(parsed.error, json).map((i) => ({
        file,
        row: 1,
        column: i.path,
        message: i.message,
      })),
    );
  return parsed.data;
}

const f = (x: number | null, d = 2) =>
  x === null ? '–' : `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(d)}`;

function pooledMarkdown(pooled: PooledReport, names: Map<string, string>): string {
  const out = [
    `# Pooled change: ${escapeMarkdown(pooled.instrument.id)} ${pooled.instrument.version}`,
    '',
    `Random-effects model (${pooled.method === 'REML' ? 'restricted maximum likelihood' : 'DerSimonian–Laird'}), ${Math.round(pooled.confidenceLevel * 100)}% intervals. The prediction interval is where a new programme's mean change is expected to fall; with few programmes every interval here is rough.`,
    '',
    '| Construct | Programmes | Pooled change (CI) | Prediction interval | τ² | I² |',
    '|---|---|---|---|---|---|',
  ];
  for (const c of pooled.constructs) {
    out.push(
      `| ${escapeMarkdown(names.get(c.constructId) ?? c.constructId)} | ${c.studies.map((s) => `${escapeMarkdown(s.programmeId)} (n = ${s.n}, ${f(s.estimate)})`).join(', ')} | ${f(c.estimate)} [${f(c.ciLower)}, ${f(c.ciUpper)}] | [${f(c.predictionLower)}, ${f(c.predictionUpper)}] | ${c.tau2 === null ? '–' : c.tau2.toFixed(3)} | ${c.i2 === null ? '–' : `${c.i2.toFixed(0)}%`} |`,
    );
  }
  return `${out.join('\n')}\n`;
}

/** `genbridge-score pool`. */
export async function runPool(argv: string[], io: CliIo): Promise<number> {
  const { values, help, positionals } = parseSubcommand(argv, {
    method: { type: 'string', default: 'REML' },
    format: { type: 'string', short: 'f', default: 'json' },
    out: { type: 'string', short: 'o' },
  });
  if (help) {
    io.stdout(POOL_USAGE);
    return 0;
  }
  const method = String(values.method).toUpperCase();
  if (method !== 'REML' && method !== 'DL')
    throw new UsageError(`--method must be REML or DL (got "${values.method}")`);
  if (values.format !== 'json' && values.format !== 'md')
    throw new UsageError(`--format must be json or md (got "${values.format}")`);
  if (positionals.length < 2) throw new UsageError('pool needs at least two report files');
  const reports = await Promise.all(positionals.map(readReport));
  const pooled = poolProgrammes(reports, { method });
  const names = new Map(
    (reports[0] as ProgrammeReport).constructs.map((c) => [c.id, localize(c.name, 'en')]),
  );
  const text =
    values.format === 'md' ? pooledMarkdown(pooled, names) : `${JSON.stringify(pooled, null, 2)}\n`;
  if (values.out) await writeFile(values.out, text, 'utf8');
  else io.stdout(text);
  return 0;
}
