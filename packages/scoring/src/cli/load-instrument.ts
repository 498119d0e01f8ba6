import { readFile } from 'node:fs/promises';
import { defaultInstrument, Instrument, formatIssues } from '@genbridge/schema';
import { InputError } from '../csv/input-error.js';

/** The instrument in `file` (validated), or genbridge-core when no file is given. */
export async function loadInstrument(file: string | undefined): Promise<Instrument> {
  if (file === undefined) return defaultInstrument;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new InputError([
      {
        file,
        row: 0,
        column: '',
        message: `cannot be read (${(cause as NodeJS.ErrnoException).code ?? cause})`,
      },
    ]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new InputError([
      { file, row: 1, column: '', message: `is not valid JSON (${(cause as Error).message})` },
    ]);
  }
  const parsed = Instrument.safeParse(json);
  if (!parsed.success) {
    throw new InputError(
      formatIssues(parsed.error, json).map((e) => ({
        file,
        row: 1,
        column: e.path,
        message: e.message,
      })),
    );
  }
  return parsed.data;
}
