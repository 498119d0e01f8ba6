import { parseArgs } from 'node:util';

export const FORMATS = ['json', 'csv', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: genbridge-score [options] <responses.json|responses.csv>...
       genbridge-score plan (--pairs <n> | --effect <d_z>)   plan the sample (see plan --help)
       genbridge-score pool <report.json>...                  pool programmes (see pool --help)
       genbridge-score codebook --format json|md|sps          codebook of the CSV export

Scores Genbridge baseline and exit responses into a programme report.
Inputs: JSON arrays of SurveyResponse (the collector's export) or CSV files (one row per
response; header documented in the @genbridge/scoring README). Several files are combined.

Options:
  -f, --format <json|csv|md>    report format (default json; csv = one row per construct × group)
  -o, --out <file>              write the report to a file instead of stdout
  -k, --k <n>                   anonymity threshold: smallest group shown (default 5, at least 3)
      --min-item-share <0..1>   share of a construct's items needed for a score (default 0.75)
      --open-text-threshold <n> smallest group whose open text is shown (default 10)
      --instrument <file.json>  instrument definition (default: genbridge-core)
      --programme <id>          programme to score (needed when files mix programmes;
                                also the programme of CSV rows without programme_id)
  -h, --help                    show this help
`;

/** Parsed command line. */
export interface CliOptions {
  files: string[];
  format: Format;
  out: string | undefined;
  k: number | undefined;
  minItemShare: number | undefined;
  openTextThreshold: number | undefined;
  instrument: string | undefined;
  programme: string | undefined;
  help: boolean;
}

/** Thrown for a bad command line (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

function number(name: string, value: string | undefined, integer: boolean): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new UsageError(
      `--${name} must be ${integer ? 'a whole number' : 'a number'} (got "${value}")`,
    );
  }
  return n;
}

/** Parses argv (without node and script) with `node:util` parseArgs. */
export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        out: { type: 'string', short: 'o' },
        k: { type: 'string', short: 'k' },
        'min-item-share': { type: 'string' },
        'open-text-threshold': { type: 'string' },
        instrument: { type: 'string' },
        programme: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (cause) {
    throw new UsageError((cause as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${format}")`);
  const options: CliOptions = {
    files: positionals,
    format,
    out: values.out,
    k: number('k', values.k, true),
    minItemShare: number('min-item-share', values['min-item-share'], false),
    openTextThreshold: number('open-text-threshold', values['open-text-threshold'], true),
    instrument: values.instrument,
    programme: values.programme,
    help: values.help ?? false,
  };
  if (!options.help && options.files.length === 0) throw new UsageError('no input files given');
  return options;
}
