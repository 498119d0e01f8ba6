import type { Instrument, SurveyResponse } from '@genbridge/schema';
import { responsesToTable, type TableCell } from '@genbridge/scoring';
import writeXlsxFile, { type Cell } from 'write-excel-file/node';

function xlsxCell(value: TableCell): Cell {
  if (value === undefined) return null;
  // Every cell has an explicit type: text is written as a string cell, which Excel and
  // LibreOffice never evaluate, so no formula guard (and no added apostrophe) is needed here.
  if (typeof value === 'number') return { type: Number, value };
  // Yes/no as the words the CSV uses: a boolean cell is a TRUE() formula in ODS and LibreOffice.
  if (typeof value === 'boolean') return { type: String, value: String(value) };
  return { type: String, value };
}

/**
 * The responses as an Excel workbook (one sheet, the same columns as the CSV export), for people
 * who open files in Excel, where a CSV's separator and encoding depend on the locale.
 */
export async function responsesToXlsx(
  responses: readonly SurveyResponse[],
  instrument: Instrument,
): Promise<Buffer> {
  const { header, rows } = responsesToTable(responses, instrument);
  const data: Cell[][] = [
    header.map((name) => ({ type: String, value: name, fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map(xlsxCell)),
  ];
  return writeXlsxFile(data, { sheet: 'responses', stickyRowsCount: 1 }).toBuffer();
}
