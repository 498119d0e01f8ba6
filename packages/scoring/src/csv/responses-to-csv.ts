import type { Instrument, SurveyResponse } from '@genbridge/schema';
import { csvHeader, FEEDBACK_COLUMNS, META_COLUMNS, retrospectiveItems } from './columns.js';
import { encodeText, quote } from './cell.js';
import { extraCell, extraColumns } from './extra-columns.js';

const str = (v: string | number | boolean | undefined) => (v === undefined ? '' : String(v));

/**
 * Writes responses in the CLI's CSV format (header: see `csvHeader`; one row per response, CRLF
 * line ends, RFC 4180 quoting, open text guarded against spreadsheet formulas). `responsesFromCsv`
 * reads it back to the same responses, so scoring an export gives the same report.
 */
export function responsesToCsv(responses: readonly SurveyResponse[], instrument: Instrument): string {
  const extra = extraColumns(instrument);
  const header = [...csvHeader(instrument), ...extra.map((c) => c.name)];
  const items = instrument.constructs.flatMap((c) => c.items.map((i) => i.id));
  const retro = retrospectiveItems(instrument);
  const lines = [header.map(quote).join(',')];
  for (const r of responses) {
    const meta: Record<(typeof META_COLUMNS)[number], string> = {
      response_id: r.responseId,
      programme_id: r.programmeId,
      participant: r.participant,
      role: str(r.role),
      wave: r.wave,
      cohort: str(r.cohort),
      generation: str(r.generation),
      locale: r.locale,
      started_at: r.startedAt,
      submitted_at: r.submittedAt,
      instrument_id: r.instrument.id,
      instrument_version: r.instrument.version,
      consent: str(r.consent),
    };
    const f = r.feedback ?? {};
    const cells = [
      ...META_COLUMNS.map((c) => meta[c]),
      ...items.map((id) => str(r.answers[id])),
      ...retro.map((id) => str(r.retrospective?.[id])),
      ...(Object.keys(FEEDBACK_COLUMNS) as (keyof typeof FEEDBACK_COLUMNS)[]).map((k) => {
        const v = f[k];
        return typeof v === 'string' && (k === 'valuableLearning' || k === 'improvement') ? encodeText(v) : str(v);
      }),
      ...extra.map((c) => extraCell(c, r)),
    ];
    lines.push(cells.map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
