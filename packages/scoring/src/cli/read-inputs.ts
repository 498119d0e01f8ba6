import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Instrument, SurveyResponse } from '@genbridge/schema';
import { responsesFromCsv } from '../csv/responses-from-csv.js';
import { responsesFromJson } from '../csv/responses-from-json.js';
import { InputError } from '../csv/input-error.js';

/** JSON when the name ends in .json or the content starts with `[`; CSV otherwise. */
function isJson(file: string, text: string): boolean {
  if (/\.json$/i.test(file)) return true;
  if (/\.csv$/i.test(file)) return false;
  return text.trimStart().startsWith('[');
}

/** Reads and validates every input file; `progress` is called per file. */
export async function readInputs(
  files: readonly string[],
  instrument: Instrument,
  options: { programmeId?: string; progress?: (message: string) => void },
): Promise<SurveyResponse[]> {
  const all: SurveyResponse[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (cause) {
      const code = (cause as NodeJS.ErrnoException).code;
      throw new InputError([
        {
          file,
          row: 0,
          column: '',
          message: code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? cause})`,
        },
      ]);
    }
    options.progress?.(`reading ${basename(file)} (${(text.length / 1e6).toFixed(1)} MB)…`);
    const responses = isJson(file, text)
      ? responsesFromJson(text, instrument, { fileName: file })
      : responsesFromCsv(text, instrument, {
          fileName: file,
          ...(options.programmeId ? { programmeId: options.programmeId } : {}),
        });
    options.progress?.(`${basename(file)}: ${responses.length} responses`);
    for (const r of responses) all.push(r);
  }
  return all;
}
