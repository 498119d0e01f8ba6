import { writeFile } from 'node:fs/promises';
import { formatFieldError, type ProgrammeReport } from '@genbridge/schema';
import { loadInstrument } from './load-instrument.js';
import { PLAN_USAGE, runPlan } from './plan-command.js';
import { POOL_USAGE, runPool } from './pool-command.js';
import { CODEBOOK_USAGE, runCodebook } from './codebook-command.js';
import { scoreProgramme } from '../score-programme.js';
import { InputError } from '../csv/input-error.js';
import { parseCli, USAGE, UsageError, type CliOptions } from './args.js';
import { readInputs } from './read-inputs.js';
import { reportToCsv } from './report-to-csv.js';
import { reportToMarkdown } from './report-to-markdown.js';

/** Where the CLI writes; injectable so tests can run it in-process too. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress goes to stderr only when it is a terminal (never into pipes or logs). */
  stderrIsTty: boolean;
}

function render(report: ProgrammeReport, format: CliOptions['format']): string {
  if (format === 'csv') return reportToCsv(report);
  if (format === 'md') return reportToMarkdown(report);
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * The `genbridge-score` command. Returns the exit code: 0 on success, 1 for bad input (with
 * file, row and column) or scoring errors, 2 for a bad command line.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const started = performance.now();
  const progress = io.stderrIsTty ? (m: string) => io.stderr(`genbridge-score: ${m}\n`) : undefined;
  const [command, ...rest] = argv;
  const usage =
    command === 'plan'
      ? PLAN_USAGE
      : command === 'pool'
        ? POOL_USAGE
        : command === 'codebook'
          ? CODEBOOK_USAGE
          : USAGE;
  try {
    if (command === 'plan') return runPlan(rest, io);
    if (command === 'pool') return await runPool(rest, io);
    if (command === 'codebook') return await runCodebook(rest, io);
    const options = parseCli(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    const instrument = await loadInstrument(options.instrument);
    const responses = await readInputs(options.files, instrument, {
      ...(options.programme ? { programmeId: options.programme } : {}),
      ...(progress ? { progress } : {}),
    });
    progress?.(`scoring ${responses.length} responses…`);
    const report = scoreProgramme(responses, instrument, {
      ...(options.programme ? { programmeId: options.programme } : {}),
      ...(options.k !== undefined ? { anonymityThreshold: options.k } : {}),
      ...(options.minItemShare !== undefined ? { minItemShare: options.minItemShare } : {}),
      ...(options.openTextThreshold !== undefined
        ? { openTextThreshold: options.openTextThreshold }
        : {}),
    });
    const text = render(report, options.format);
    if (options.out) await writeFile(options.out, text, 'utf8');
    else io.stdout(text);
    progress?.(`done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`genbridge-score: ${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`genbridge-score: invalid input\n${error.message}\n`);
      return 1;
    }
    const e = error as Error & { errors?: { path: string; message: string }[] };
    io.stderr(
      `genbridge-score: ${e.errors ? e.errors.map(formatFieldError).join('\n') : e.message}\n`,
    );
    return 1;
  }
}
