import type { Chart, ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveColor } from '../internal/tokens.js';
import { errorBarsPlugin, type ErrorBarDataset, type Interval } from './error-bars.js';
import { wrapLabel } from './wrap-label.js';

/** What the chart shows: one category per construct, a bar per wave, an interval per bar. */
export interface ChartModel {
  locale: string;
  /** Construct names; wrapped over lines to suit the chart's orientation. */
  labels: string[];
  min: number;
  max: number;
  axisTitle: string;
  series: Array<{
    label: string;
    data: Array<number | null>;
    intervals: Array<Interval | null>;
    color: 'baseline' | 'exit';
  }>;
  /** Formats a value with its interval for the tooltip. */
  describe: (value: number | null, interval: Interval | null) => string;
}

type ChartCtor = typeof Chart;
let chartModule: Promise<ChartCtor> | undefined;

/**
 * chart.js is imported on first use, so the element registers (and shows its loading state)
 * before the chart library has been parsed; only the pieces we draw are registered.
 */
export function loadChartJs(): Promise<ChartCtor> {
  chartModule ??= import('chart.js').then((m) => {
    m.Chart.register(m.BarController, m.BarElement, m.CategoryScale, m.LinearScale, m.Tooltip);
    return m.Chart;
  });
  return chartModule;
}

/** Paints the canvas background so a downloaded PNG is not transparent (unreadable in dark viewers). */
const backgroundPlugin = {
  id: 'genbridgeBackground',
  beforeDraw(chart: Chart, _args: unknown, options: { color?: string }) {
    if (!options.color) return;
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = options.color;
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Below this width (px) of its box the chart lays its bars horizontally: names get whole lines. */
export const HORIZONTAL_BELOW = 640;

/**
 * Owns the one chart.js instance of an element. The chart is created only while the host is
 * connected (chart.js cannot attach to a canvas outside the document), is destroyed when the host
 * is removed or the canvas leaves the template, and follows its container's size through a
 * ResizeObserver of ours (chart.js' own responsive mode watches `document` for attachment, which
 * misses shadow roots).
 */
export class ChartController implements ReactiveController {
  chart: Chart<'bar'> | undefined;
  #canvas: HTMLCanvasElement | null = null;
  #model: ChartModel | null = null;
  #resize: ResizeObserver | undefined;
  #generation = 0;
  #connected = false;
  #horizontal = false;
  #scheme = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  #print = globalThis.matchMedia?.('print');
  #onScheme = (): void => this.#apply();
  /**
   * Printing: Chrome lays the page out for paper and snapshots it without running animation
   * frames, so the chart is fitted to its print box right away (at `beforeprint` and when the
   * print media query starts or stops matching), never left to a ResizeObserver tick.
   */
  #onPrint = (): void => {
    // Paper is always light (print styles): recolour, then fit.
    this.#apply();
    this.#fit();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#scheme?.addEventListener('change', this.#onScheme);
    this.#print?.addEventListener('change', this.#onPrint);
    globalThis.addEventListener?.('beforeprint', this.#onPrint);
    globalThis.addEventListener?.('afterprint', this.#onPrint);
    if (this.#canvas && this.#model) void this.#ensure();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#scheme?.removeEventListener('change', this.#onScheme);
    this.#print?.removeEventListener('change', this.#onPrint);
    globalThis.removeEventListener?.('beforeprint', this.#onPrint);
    globalThis.removeEventListener?.('afterprint', this.#onPrint);
    this.#destroy();
  }

  /** Makes the chart show `model` on `canvas`; null for either removes the chart. */
  async sync(canvas: HTMLCanvasElement | null, model: ChartModel | null): Promise<void> {
    if (canvas !== this.#canvas) this.#destroy();
    this.#canvas = canvas;
    this.#model = model;
    if (!canvas || !model) {
      this.#destroy();
      return;
    }
    if (this.chart) this.#apply();
    else await this.#ensure();
  }

  /** Fits the chart to its box now and redraws it at once (orientation included). */
  #fit(): void {
    const chart = this.chart;
    const box = this.#canvas?.parentElement;
    if (!chart || !box) return;
    if (this.#wantsHorizontal() !== this.#horizontal) this.#apply();
    chart.stop();
    chart.resize(box.clientWidth, box.clientHeight);
    chart.update('none');
  }

  #wantsHorizontal(): boolean {
    const width = this.#canvas?.parentElement?.clientWidth ?? HORIZONTAL_BELOW;
    return width > 0 && width < HORIZONTAL_BELOW;
  }

  async #ensure(): Promise<void> {
    if (this.chart || !this.#connected) return;
    const generation = ++this.#generation;
    const ChartJs = await loadChartJs();
    const canvas = this.#canvas;
    const model = this.#model;
    if (
      generation !== this.#generation ||
      !this.#connected ||
      !canvas ||
      !model ||
      this.chart ||
      !canvas.isConnected
    )
      return;
    this.chart = new ChartJs(canvas, this.#config(model));
    const container = canvas.parentElement;
    if (container) {
      this.#resize = new ResizeObserver(() => this.#fit());
      this.#resize.observe(container);
    }
  }

  #apply(): void {
    if (!this.chart || !this.#model) return;
    const config = this.#config(this.#model);
    this.chart.data = config.data;
    this.chart.options = config.options ?? {};
    this.chart.update();
  }

  #destroy(): void {
    this.#generation++;
    this.#resize?.disconnect();
    this.#resize = undefined;
    this.chart?.destroy();
    this.chart = undefined;
  }

  #config(model: ChartModel): ChartConfiguration<'bar'> {
    const host = this.host;
    // Tokens hold `light-dark()` values, which only resolve inside the styled tree.
    const root = host.shadowRoot ?? host;
    const text = resolveColor(root, '--_text', '#1a1a1a');
    const grid = resolveColor(root, '--_grid', '#d0d0d0');
    const surface = resolveColor(root, '--_surface', '#ffffff');
    const colors = {
      baseline: resolveColor(root, '--_baseline', '#0072b2'),
      exit: resolveColor(root, '--_exit', '#d55e00'),
    };
    const font = getComputedStyle(host).fontFamily;
    const horizontal = (this.#horizontal = this.#wantsHorizontal());
    const value = {
      min: model.min,
      max: model.max,
      ticks: { stepSize: 1, color: text },
      grid: { color: grid },
      border: { color: text },
      title: { display: true, text: model.axisTitle, color: text },
    };
    const category = {
      ticks: { color: text, autoSkip: false, maxRotation: 0 },
      grid: { display: false },
      border: { color: text },
    };
    const datasets: Array<ChartDataset<'bar', Array<number | null>> & ErrorBarDataset> =
      model.series.map((s) => ({
        label: s.label,
        data: s.data,
        errorBars: s.intervals,
        backgroundColor: colors[s.color],
        borderColor: colors[s.color],
        borderWidth: 1,
        maxBarThickness: 56,
      }));
    return {
      type: 'bar',
      data: { labels: model.labels.map((l) => wrapLabel(l, horizontal ? 16 : 18)), datasets },
      options: {
        responsive: false,
        maintainAspectRatio: false,
        locale: model.locale,
        indexAxis: horizontal ? 'y' : 'x',
        // No animation: a chart caught mid-animation (print, export, resize) shows bars and error
        // bars in the wrong places, and the numbers need no entrance.
        animation: false,
        font: { family: font },
        color: text,
        scales: horizontal ? { x: value, y: category } : { x: category, y: value },
        plugins: {
          genbridgeErrorBars: { color: text, lineWidth: 1.5 },
          genbridgeBackground: { color: surface },
          tooltip: {
            callbacks: {
              label: (item: TooltipItem<'bar'>) => {
                const series = model.series[item.datasetIndex];
                const value = series?.data[item.dataIndex] ?? null;
                return `${series?.label ?? ''}: ${model.describe(value, series?.intervals[item.dataIndex] ?? null)}`;
              },
            },
          },
        } as Record<string, unknown>,
      },
      plugins: [errorBarsPlugin, backgroundPlugin],
    } as ChartConfiguration<'bar'>;
  }
}
