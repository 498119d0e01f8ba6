import type { Interval } from './error-bars.js';
import { errorBarSegments } from './error-bars.js';
import { wrapLabel } from './wrap-label.js';

/**
 * The chart as a slide: a self-contained 1600×900 SVG with title, group, date, legend, the bars
 * with their confidence intervals and the notes (error bars, anonymity threshold), so it can go
 * on a slide as it is. Drawn from the same model as the chart, by a pure function; the PNG is
 * this SVG rasterised.
 */
export const SLIDE_WIDTH = 1600;
export const SLIDE_HEIGHT = 900;

export interface SlideModel {
  title: string;
  /** Group and date, e.g. "Mentors · 1 November 2026". */
  subtitle: string;
  labels: string[];
  min: number;
  max: number;
  axisTitle: string;
  series: Array<{
    label: string;
    color: string;
    data: Array<number | null>;
    intervals: Array<Interval | null>;
  }>;
  /** Lines under the chart: the error-bar note, the anonymity note. */
  notes: string[];
  colors: { text: string; muted: string; grid: string; surface: string };
  fontFamily: string;
  /** Right-to-left text (the numeric axis is not mirrored). */
  rtl: boolean;
  /** Formats a tick value in the reader's locale. */
  tick: (value: number) => string;
}

/** Escapes text for XML content and attribute values (report text is never markup). */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

const n = (v: number) => Math.round(v * 10) / 10;

export function slideSvg(m: SlideModel): string {
  const W = SLIDE_WIDTH;
  const H = SLIDE_HEIGHT;
  const out: string[] = [];
  const text = (
    x: number,
    y: number,
    value: string,
    size: number,
    attrs: Record<string, string> = {},
  ): void => {
    const extra = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
      .join('');
    out.push(
      `<text x="${n(x)}" y="${n(y)}" font-size="${size}"${extra}>${escapeXml(value)}</text>`,
    );
  };
  const start = m.rtl ? W - 80 : 80;
  const anchor = m.rtl ? 'end' : 'start';
  text(start, 90, m.title, 48, { 'font-weight': '700', 'text-anchor': anchor });
  text(start, 140, m.subtitle, 28, { fill: m.colors.muted, 'text-anchor': anchor });
  // Legend.
  let lx = m.rtl ? W - 80 : 80;
  for (const s of m.series) {
    const w = 28 + 12 + s.label.length * 14;
    const x = m.rtl ? lx - w : lx;
    out.push(
      `<rect x="${n(x)}" y="172" width="28" height="28" fill="${escapeXml(s.color)}" stroke="${escapeXml(m.colors.text)}"/>`,
    );
    text(x + 40, 195, s.label, 26);
    lx = m.rtl ? x - 48 : x + w + 48;
  }
  // Plot area.
  const left = 190;
  const right = W - 80;
  const top = 240;
  const bottom = 690;
  const y = (v: number) => bottom - ((v - m.min) / (m.max - m.min)) * (bottom - top);
  for (let v = m.min; v <= m.max; v++) {
    out.push(
      `<line x1="${left}" y1="${n(y(v))}" x2="${right}" y2="${n(y(v))}" stroke="${escapeXml(m.colors.grid)}" stroke-width="1"/>`,
    );
    text(left - 16, y(v) + 8, m.tick(v), 24, { 'text-anchor': 'end' });
  }
  text(70, (top + bottom) / 2, m.axisTitle, 24, {
    'text-anchor': 'middle',
    transform: `rotate(-90 70 ${(top + bottom) / 2})`,
  });
  const band = (right - left) / Math.max(1, m.labels.length);
  const barWidth = Math.min(90, (band * 0.7) / Math.max(1, m.series.length));
  m.labels.forEach((label, i) => {
    const centre = left + band * (i + 0.5);
    m.series.forEach((s, j) => {
      const value = s.data[i];
      const x = centre + (j - m.series.length / 2) * barWidth;
      if (value !== null && value !== undefined) {
        out.push(
          `<rect x="${n(x)}" y="${n(y(value))}" width="${n(barWidth)}" height="${n(bottom - y(value))}" fill="${escapeXml(s.color)}"/>`,
        );
      }
      const iv = s.intervals[i];
      if (iv) {
        const segs = errorBarSegments(x + barWidth / 2, y(iv.lower), y(iv.upper), 20, top, bottom);
        for (const g of segs)
          out.push(
            `<line x1="${n(g.x1)}" y1="${n(g.y1)}" x2="${n(g.x2)}" y2="${n(g.y2)}" stroke="${escapeXml(m.colors.text)}" stroke-width="3"/>`,
          );
      }
    });
    wrapLabel(label, Math.max(12, Math.floor(band / 14))).forEach((line, k) =>
      text(centre, bottom + 40 + k * 30, line, 24, { 'text-anchor': 'middle' }),
    );
  });
  out.push(
    `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="${escapeXml(m.colors.text)}" stroke-width="2"/>`,
  );
  m.notes.forEach((note, k) =>
    text(start, H - 60 + k * 32, note, 22, { fill: m.colors.muted, 'text-anchor': anchor }),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"` +
    ` font-family="${escapeXml(m.fontFamily)}" fill="${escapeXml(m.colors.text)}"${m.rtl ? ' direction="rtl"' : ''}>` +
    `<title>${escapeXml(`${m.title} — ${m.subtitle}`)}</title>` +
    `<rect width="${W}" height="${H}" fill="${escapeXml(m.colors.surface)}"/>` +
    `${out.join('')}</svg>`
  );
}

/** Rasterises a slide SVG to a PNG data URL of the same size. */
export async function svgToPng(svg: string): Promise<string> {
  const img = new Image(SLIDE_WIDTH, SLIDE_HEIGHT);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = SLIDE_WIDTH;
  canvas.height = SLIDE_HEIGHT;
  canvas.getContext('2d')!.drawImage(img, 0, 0, SLIDE_WIDTH, SLIDE_HEIGHT);
  return canvas.toDataURL('image/png');
}
