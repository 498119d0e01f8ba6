import { writeFile } from 'node:fs/promises';
import { codebook } from '../codebook/codebook.js';
import { codebookToMarkdown } from '../codebook/codebook-markdown.js';
import { codebookToSpss } from '../codebook/spss-syntax.js';
import { UsageError } from './args.js';
import { parseSubcommand } from './subcommand-args.js';
import { loadInstrument } from './load-instrument.js';
import type { CliIo } from './run.js';

export const CODEBOOK_USAGE = `Usage: genbridge-score codebook [options]

Writes the codebook of the CSV export (genbridge-score's CSV, the collector's download): every
column with its label, value labels, item texts per locale, constructs and reverse keying.

Options:
  -f, --format <json|md|sps>  json (default), Markdown, or SPSS syntax that reads the CSV and
                              applies variable and value labels (runs in SPSS and GNU PSPP)
      --csv <file>            the CSV the SPSS syntax reads (default responses.csv)
      --locale <code>         language of md/sps labels (default: the instrument's default)
      --instrument <file>     instrument definition (default: genbridge-core)
  -o, --out <file>            write to a file instead of stdout
  -h, --help                  show this help
`;

/** `genbridge-score codebook`. */
export async function runCodebook(argv: string[], io: CliIo): Promise<number> {
  const { values, help, positionals } = parseSubcommand(argv, {
    format: { type: 'string', short: 'f', default: 'json' },
    csv: { type: 'string', default: 'responses.csv' },
    locale: { type: 'string' },
    instrument: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  if (help) {
    io.stdout(CODEBOOK_USAGE);
    return 0;
  }
  if (positionals.length > 0)
    throw new UsageError(`codebook takes no files (got "${positionals[0]}")`);
  const format = values.format;
  if (format !== 'json' && format !== 'md' && format !== 'sps')
    throw new UsageError(`--format must be json, md or sps (got "${format}")`);
  const instrument = await loadInstrument(values.instrument);
  const locale = values.locale ?? instrument.defaultLocale;
  if (!instrument.locales.includes(locale)) {
    throw new UsageError(
      `--locale must be one of the instrument's locales: ${instrument.locales.join(', ')} (got "${locale}")`,
    );
  }
  const book = codebook(instrument);
  const text =
    format === 'md'
      ? codebookToMarkdown(book, locale)
      : format === 'sps'
        ? codebookToSpss(book, values.csv as string, locale)
        : `${JSON.stringify(book, null, 2)}\n`;
  if (values.out) await writeFile(values.out, text, 'utf8');
  else io.stdout(text);
  return 0;
}
