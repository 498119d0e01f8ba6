import type { Instrument, SurveyResponse } from '@genbridge/schema';
import { encodeText, quote } from './cell.js';
import { responsesToTable } from './responses-table.js';

/**
 * Writes responses in the CLI's CSV format (header: see `csvHeader`; one row per response, CRLF
 * line ends, RFC 4180 quoting, open text guarded against spreadsheet formulas for any separator).
 * `responsesFromCsv` reads it back to the same responses, so scoring an export gives the same report.
 */
export function responsesToCsv(
  responses: readonly SurveyResponse[],
  instrument: Instrument,
): string {
  const { header, rows, freeText } = responsesToTable(responses, instrument);
  const lines = [header.map(quote).join(',')];
  for (const row of rows) {
    const cells = row.map((v, i) =>
      v === undefined ? '' : typeof v === 'string' && freeText.has(i) ? encodeText(v) : String(v),
    );
    lines.push(cells.map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
