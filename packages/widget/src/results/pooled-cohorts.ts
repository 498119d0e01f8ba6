import type { PooledCohortsSection } from '@genbridge/schema';
import { csvText } from './csv.js';
import { escapeXml, SLIDE_HEIGHT, SLIDE_WIDTH } from './slide.js';

/**
 * `evaluation.pooledCohorts` as files: a CSV (one row per construct and cohort, then the pooled
 * row) and a forest-plot slide. Pure functions of the report section, like the chart's CSV/slide.
 */

const num = (v: number | null): string => (v === null || !Number.isFinite(v) ? '' : String(v));

export const POOLED_CSV_COLUMNS = [
  'construct',
  'construct_name',
  'row',
  'n',
  'change',
  'variance',
  'weight_pct',
  'ci_lower',
  'ci_upper',
  'tau2',
  'i2_pct',
  'prediction_lower',
  'prediction_upper',
  'method',
] as const;

export function pooledCohortsCsv(
  section: PooledCohortsSection,
  names: ReadonlyMap<string, string>,
): string {
  const lines: string[] = [POOLED_CSV_COLUMNS.join(',')];
  for (const c of section.constructs) {
    const head = [csvText(c.constructId), csvText(names.get(c.constructId) ?? c.constructId)];
    for (const s of c.studies)
      lines.push(
        [
          ...head,
          csvText(`cohort:${s.programmeId}`),
          String(s.n),
          num(s.estimate),
          num(s.variance),
          num(s.weight),
          '',
          '',
          '',
          '',
          '',
          '',
          '',
        ].join(','),
      );
    lines.push(
      [
        ...head,
        'pooled',
        String(c.studies.reduce((sum, s) => sum + s.n, 0)),
        num(c.estimate),
        c.se === null ? '' : String(c.se * c.se),
        '100',
        num(c.ciLower),
        num(c.ciUpper),
        num(c.tau2),
        num(c.i2),
        num(c.predictionLower),
        num(c.predictionUpper),
        section.method,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** What the slide needs beyond the section: texts in the reader's language, colours, direction. */
export interface PooledSlideText {
  title: string;
  subtitle: string;
  rows: { label: string; estimate: string }[];
  notes: string[];
  colors: { text: string; muted: string; grid: string; surface: string; mark: string };
  fontFamily: string;
  rtl: boolean;
  tick: (value: number) => string;
}

/**
 * A 1600×900 forest plot: per construct the pooled change (dot), its confidence interval (thick
 * line) and the range for a new cohort (thin line), around a zero line.
 */
export function pooledCohortsSvg(section: PooledCohortsSection, m: PooledSlideText): string {
  const W = SLIDE_WIDTH;
  const H = SLIDE_HEIGHT;
  const values = section.constructs.flatMap((c) =>
    [c.ciLower, c.ciUpper, c.predictionLower, c.predictionUpper, c.estimate].filter(
      (v): v is number => v !== null && Number.isFinite(v),
    ),
  );
  const span = Math.max(0.5, ...values.map(Math.abs));
  const left = 560;
  const right = W - 120;
  const x = (v: number) => {
    const pos = left + ((v + span) / (2 * span)) * (right - left);
    return Math.round((m.rtl ? left + right - pos : pos) * 10) / 10;
  };
  const top = 200;
  const rowH = Math.min(110, (H - top - 160) / Math.max(1, section.constructs.length));
  const font = escapeXml(m.fontFamily);
  const anchorStart = m.rtl ? 'end' : 'start';
  const labelX = m.rtl ? W - 60 : 60;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${font}"${m.rtl ? ' direction="rtl"' : ''}>`,
    `<rect width="${W}" height="${H}" fill="${escapeXml(m.colors.surface)}"/>`,
    `<text x="${labelX}" y="80" font-size="44" font-weight="700" text-anchor="${anchorStart}" fill="${escapeXml(m.colors.text)}">${escapeXml(m.title)}</text>`,
    `<text x="${labelX}" y="130" font-size="26" text-anchor="${anchorStart}" fill="${escapeXml(m.colors.muted)}">${escapeXml(m.subtitle)}</text>`,
    `<line x1="${x(0)}" y1="${top - 20}" x2="${x(0)}" y2="${top + rowH * section.constructs.length}" stroke="${escapeXml(m.colors.grid)}" stroke-width="2"/>`,
  ];
  for (const tickValue of [-span, 0, span])
    out.push(
      `<text x="${x(tickValue)}" y="${top + rowH * section.constructs.length + 36}" font-size="22" text-anchor="middle" fill="${escapeXml(m.colors.muted)}">${escapeXml(m.tick(tickValue))}</text>`,
    );
  section.constructs.forEach((c, i) => {
    const y = Math.round(top + rowH * (i + 0.5));
    const row = m.rows[i];
    out.push(
      `<text x="${labelX}" y="${y + 9}" font-size="26" text-anchor="${anchorStart}" fill="${escapeXml(m.colors.text)}">${escapeXml(row?.label ?? c.constructId)} ${escapeXml(row?.estimate ?? '')}</text>`,
    );
    const line = (a: number | null, b: number | null, width: number, colour: string) => {
      if (a !== null && b !== null)
        out.push(
          `<line x1="${x(a)}" y1="${y}" x2="${x(b)}" y2="${y}" stroke="${escapeXml(colour)}" stroke-width="${width}" stroke-linecap="round"/>`,
        );
    };
    line(c.predictionLower, c.predictionUpper, 3, m.colors.muted);
    line(c.ciLower, c.ciUpper, 10, m.colors.mark);
    if (c.estimate !== null)
      out.push(
        `<circle cx="${x(c.estimate)}" cy="${y}" r="14" fill="${escapeXml(m.colors.mark)}" stroke="${escapeXml(m.colors.surface)}" stroke-width="3"/>`,
      );
  });
  m.notes.forEach((note, i) =>
    out.push(
      `<text x="${labelX}" y="${H - 80 + i * 34}" font-size="22" text-anchor="${anchorStart}" fill="${escapeXml(m.colors.muted)}">${escapeXml(note)}</text>`,
    ),
  );
  out.push('</svg>');
  return out.join('');
}
