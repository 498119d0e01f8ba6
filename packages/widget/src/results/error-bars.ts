import type { Chart, ChartType, Plugin } from 'chart.js';

/**
 * Confidence-interval whiskers on bar charts. Ours rather than `chartjs-chart-error-bars`: that
 * plugin replaces the bar controller and element with its own (more code in a bundle with a 75 KB
 * budget, and one more package that must keep pace with chart.js majors), while all we need is to
 * draw a line and two caps after the standard bars — about forty lines whose geometry is a pure,
 * unit-tested function.
 */

export interface Interval {
  lower: number;
  upper: number;
}

/** Per-bar intervals, aligned with the dataset's data; null where there is no interval. */
export interface ErrorBarDataset {
  errorBars?: ReadonlyArray<Interval | null>;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Segments (in canvas pixels) of one whisker at `x` from `yA` to `yB`, clipped to the plot area
 * between `top` and `bottom`. An end that had to be clipped gets no cap, so an interval reaching
 * past the axis is visibly open rather than pretending to end at the scale limit.
 */
export function errorBarSegments(
  x: number,
  yA: number,
  yB: number,
  capWidth: number,
  top: number,
  bottom: number,
): Segment[] {
  if (![x, yA, yB, capWidth, top, bottom].every(Number.isFinite)) return [];
  const rawHigh = Math.min(yA, yB);
  const rawLow = Math.max(yA, yB);
  const high = Math.max(rawHigh, top);
  const low = Math.min(rawLow, bottom);
  if (high > low) return [];
  const half = capWidth / 2;
  const segments: Segment[] = [{ x1: x, y1: high, x2: x, y2: low }];
  if (rawHigh >= top) segments.push({ x1: x - half, y1: high, x2: x + half, y2: high });
  if (rawLow <= bottom) segments.push({ x1: x - half, y1: low, x2: x + half, y2: low });
  return segments;
}

export interface ErrorBarOptions {
  color?: string;
  lineWidth?: number;
}

declare module 'chart.js' {
  // The type parameter must match chart.js' declaration for the interfaces to merge.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    genbridgeErrorBars?: ErrorBarOptions;
  }
}

/**
 * Draws each dataset's `errorBars` after the bars, on the value scale (y for vertical bars, x for
 * horizontal ones). Whiskers sit where each bar is drawn now (not where an animation will end), so
 * they can never part from their bars.
 */
export const errorBarsPlugin: Plugin<'bar', ErrorBarOptions> = {
  id: 'genbridgeErrorBars',
  afterDatasetsDraw(chart: Chart<'bar'>, _args, options) {
    const horizontal = chart.options.indexAxis === 'y';
    const scale = chart.scales[horizontal ? 'x' : 'y'];
    if (!scale) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.strokeStyle = options.color ?? '#000';
    ctx.lineWidth = options.lineWidth ?? 1.5;
    chart.data.datasets.forEach((dataset, i) => {
      const meta = chart.getDatasetMeta(i);
      const bars = (dataset as ErrorBarDataset).errorBars;
      if (!bars || meta.hidden) return;
      meta.data.forEach((element, j) => {
        const interval = bars[j];
        if (!interval) return;
        const { x, y, width, height } = element.getProps(['x', 'y', 'width', 'height'], false) as {
          x: number;
          y: number;
          width: number;
          height: number;
        };
        const a = scale.getPixelForValue(interval.lower);
        const b = scale.getPixelForValue(interval.upper);
        // Horizontal bars: the same geometry with the axes swapped.
        const segments = horizontal
          ? errorBarSegments(
              y,
              a,
              b,
              Math.min(height * 0.4, 16),
              chartArea.left,
              chartArea.right,
            ).map((s) => ({ x1: s.y1, y1: s.x1, x2: s.y2, y2: s.x2 }))
          : errorBarSegments(x, a, b, Math.min(width * 0.4, 16), chartArea.top, chartArea.bottom);
        ctx.beginPath();
        for (const s of segments) {
          ctx.moveTo(s.x1, s.y1);
          ctx.lineTo(s.x2, s.y2);
        }
        ctx.stroke();
      });
    });
    ctx.restore();
  },
};
