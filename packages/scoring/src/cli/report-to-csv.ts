import { REPORT_CSV_COLUMNS, type ConstructChange, type ProgrammeReport } from '@genbridge/schema';
import { encodeText, quote } from '../csv/cell.js';

/** Column names and order: the contract shared with the web download (`@genbridge/schema`). */
const COLUMNS = REPORT_CSV_COLUMNS;

// Numbers and booleans print as themselves; any text (group values, notes) is guarded.
const cell = (v: number | string | boolean | null | undefined) =>
  v === null || v === undefined ? '' : typeof v === 'string' ? encodeText(v) : String(v);

function constructCells(c: ConstructChange): string[] {
  const r = c.retrospective;
  return [
    c.constructId,
    c.n,
    c.baseline.mean,
    c.baseline.sd,
    c.exit.mean,
    c.exit.sd,
    c.correlation,
    c.difference.mean,
    c.difference.sd,
    c.difference.ciLower,
    c.difference.ciUpper,
    c.tTest.t,
    c.tTest.df,
    c.tTest.p,
    c.tTest.pHolm,
    c.wilcoxon.v,
    c.wilcoxon.p,
    c.wilcoxon.method,
    c.effectSize.dz,
    c.effectSize.dav,
    c.effectSize.drm,
    c.effectSize.gav,
    c.normalisedGain,
    c.reliableChange.reliability,
    c.reliableChange.seDiff,
    c.reliableChange.improved,
    c.reliableChange.declined,
    c.reliableChange.unchanged,
    c.reliability.baseline.alpha,
    c.reliability.exit.alpha,
    c.reliability.baseline.low || c.reliability.exit.low,
    c.missing.baseline,
    c.missing.exit,
    r?.n,
    r?.then.mean,
    r?.post.mean,
    r?.difference.mean,
    r?.tTest.p,
    r?.tTest.pHolm,
    r?.effectSize.gav,
    c.notes.join(' '),
  ].map(cell);
}

/** The report as CSV: one row per construct × shown group, one row per suppressed group. */
export function reportToCsv(report: ProgrammeReport): string {
  const lines = [COLUMNS.join(',')];
  for (const g of report.groups) {
    const head = [cell(g.key), cell(g.dimension), cell(g.value)];
    if (g.suppressed) {
      lines.push(
        [...head, 'true', encodeText(g.reason), ...Array(COLUMNS.length - 5).fill('')]
          .map(quote)
          .join(','),
      );
      continue;
    }
    for (const c of g.constructs)
      lines.push([...head, 'false', '', String(g.n), ...constructCells(c)].map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
