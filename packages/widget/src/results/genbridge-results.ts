import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { localize, type GroupChange, type ProgrammeReport } from '@genbridge/schema';
import { VERSION } from '../internal/version.js';
import { resolveColor } from '../internal/tokens.js';
import { ChartController, type ChartModel } from './chart-controller.js';
import { tableCsv } from './csv.js';
import { downloadText, downloadUrl, fileSlug } from './download.js';
import { numberFormats, type NumberFormats } from './format.js';
import { direction, resolveLocale, strings, type Strings } from './i18n.js';
import { ReportLoader, type LoadStatus } from './load-report.js';
import { startOutboxFlusher } from '../survey/outbox-flusher.js';
import { evaluationPanels } from './evaluation-panels.js';
import { slideSvg, svgToPng } from './slide.js';
import { pooledCohortsCsv, pooledCohortsSvg } from './pooled-cohorts.js';
import { resultsStyles } from './styles.js';
import {
  analystView,
  changeView,
  emptyView,
  errorView,
  feedbackView,
  glossaryView,
  groupSwitcher,
  legendView,
  loadingView,
  mdeView,
  notEnoughView,
  summaryView,
  suppressedMessage,
  tableView,
  type Ctx,
} from './templates.js';
import {
  cohortLabels,
  constructRows,
  findGroup,
  groupLabel,
  reportState,
  type ConstructRow,
} from './view-model.js';

/** What the element currently shows; also exposed as CSS custom states, e.g. `:state(loading)`. */
export type ResultsState = 'empty' | 'loading' | 'error' | 'not-enough' | 'ready';

/**
 * `<genbridge-results>`: the before/after picture of a reverse mentoring programme, drawn from a
 * `ProgrammeReport` (see `@genbridge/schema`).
 *
 * @tag genbridge-results
 * @summary Baseline vs exit means with confidence intervals, effect sizes, groups and feedback.
 *
 * @attr src - URL of the report JSON; fetched with credentials and validated.
 * @attr locale - `en`, `de` or `ar` (right to left; default: the nearest `lang` attribute, else `en`).
 * @attr group - Key of the group shown, e.g. `all`, `role:mentor`, `cohort:spring`.
 * @attr theme - Unset: follow the page's `color-scheme` (light unless the page opts into dark);
 *   `auto`: follow the operating system; `light` or `dark`: force one.
 * @attr heading - Title shown above the results (default "Programme results"); an empty value
 *   leaves the title to the page (the section is then labelled by the default title).
 *
 * @event genbridge-report-load - A report was loaded and is valid; `detail.report`.
 * @event genbridge-report-error - Loading or validation failed; `detail.error`.
 * @event genbridge-group-change - The reader chose another group; `detail.group`.
 *
 * @csspart state - The loading, empty, not-enough and error panels.
 * @csspart group-select - The group switcher.
 * @csspart chart - The box holding the chart canvas.
 * @csspart summary - The per-construct text.
 * @csspart table - The data table's scroll container.
 * @csspart downloads - The CSV, PNG and SVG buttons.
 * @csspart change - The change view (mean change per construct with its interval).
 * @csspart analyst - The full statistics, behind a disclosure.
 * @csspart suppressed - The notice shown instead of a hidden group.
 * @csspart feedback - The programme feedback block.
 *
 * @cssprop --genbridge-color-baseline - Bars before the programme (default Okabe–Ito blue).
 * @cssprop --genbridge-color-exit - Bars after the programme (default Okabe–Ito vermillion).
 * @cssprop --genbridge-color-surface - Background.
 * @cssprop --genbridge-color-text - Text, axes and error bars.
 * @cssprop --genbridge-color-muted - Secondary text.
 * @cssprop --genbridge-color-border - Control and panel borders.
 * @cssprop --genbridge-color-grid - Chart grid and table rules.
 * @cssprop --genbridge-color-warning - Reliability warning accent.
 * @cssprop --genbridge-color-warning-surface - Reliability warning background.
 * @cssprop --genbridge-color-error - Error panel accent.
 * @cssprop --genbridge-color-focus - Focus ring.
 * @cssprop --genbridge-color-control - Button and select background.
 * @cssprop --genbridge-font-family - Font (the chart uses it too).
 * @cssprop --genbridge-font-size - Base font size.
 * @cssprop --genbridge-chart-height - Height of the chart (default 20rem).
 * @cssprop --genbridge-spacing - Padding around the element.
 * @cssprop --genbridge-radius - Corner radius.
 */
export class GenbridgeResults extends LitElement {
  static version = VERSION;
  static override styles = resultsStyles;
  static override properties = {
    src: { type: String },
    locale: { type: String },
    group: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    heading: { type: String },
  };

  /** URL of the report JSON. Setting it starts a new load (aborting any earlier one). */
  declare src: string | undefined;
  /** Display language, `en` or `de`. */
  declare locale: string | undefined;
  /** Key of the group on show; unknown keys fall back to `all`. */
  declare group: string;
  declare theme: 'auto' | 'light' | 'dark' | undefined;
  /** Title above the results; `''` leaves the title to the page. */
  declare heading: string | undefined;

  readonly #internals: ElementInternals;
  readonly #loader = new ReportLoader(this, (status) => this.#settled(status));
  readonly #chart = new ChartController(this);

  constructor() {
    super();
    this.group = 'all';
    this.#internals = this.attachInternals();
    // A page may set `report` before this script has upgraded the element; that value sits on the
    // instance and would hide the accessor, so it is taken over here.
    if (Object.prototype.hasOwnProperty.call(this, 'report')) {
      const early = (this as { report?: unknown }).report;
      delete (this as { report?: unknown }).report;
      this.report = early;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A results-only page still sends what a survey page left queued (issue 14, finding 7); the
    // flusher carries neither survey-core nor the survey element.
    startOutboxFlusher();
  }

  /** The validated report on show (from `src` or set directly). */
  get report(): ProgrammeReport | undefined {
    return this.#loader.report;
  }

  /**
   * Hands over a report object instead of `src`. It is validated like a fetched one: an invalid
   * object puts the element into the error state, naming the offending fields.
   */
  set report(value: unknown) {
    this.#loader.accept(value);
  }

  /** What the element currently shows. */
  get state(): ResultsState {
    const status = this.#loader.status;
    if (status === 'loading') return 'loading';
    if (status === 'error') return 'error';
    const report = this.#loader.report;
    if (status !== 'ready' || !report) return 'empty';
    return reportState(report);
  }

  /** The chart.js instance, once drawn (for tests and advanced styling). */
  get chart() {
    return this.#chart.chart;
  }

  /** The table of the group on show as CSV, or undefined when nothing is plotted. */
  toCsv(): string | undefined {
    const view = this.#view();
    if (!view) return undefined;
    const feedback = this.report?.feedback.find((fb) => fb.key === view.group.key);
    return tableCsv(view.group.key, view.rows, feedback);
  }

  /**
   * The chart as a 1600×900 slide (SVG text) with title, group, date, legend and the anonymity
   * note; undefined when nothing is plotted.
   */
  toSvg(): string | undefined {
    const view = this.#view();
    if (!view) return undefined;
    const { t, f } = this.#ctx();
    const root = this.shadowRoot ?? this;
    const model = this.#chartModel(view.rows);
    const colour = (token: string, fallback: string) => resolveColor(root, token, fallback);
    return slideSvg({
      title: this.heading || t.title,
      subtitle: `${groupLabel(view.group, t, cohortLabels(view.report, this.#locale()))} · ${f.date(view.report.generatedAt)}`,
      labels: model.labels,
      min: model.min,
      max: model.max,
      axisTitle: model.axisTitle,
      series: model.series.map((s) => ({
        label: s.label,
        color: colour(`--_${s.color}`, s.color === 'baseline' ? '#0072b2' : '#d55e00'),
        data: s.data,
        intervals: s.intervals,
      })),
      notes: [
        `${t.errorBars(this.#ctx().level)} ${t.pairs(f.integer(view.group.n))}.`,
        t.slideNote(f.integer(view.report.settings.anonymityThreshold)),
      ],
      colors: {
        text: colour('--_text', '#1a1a1a'),
        muted: colour('--_muted', '#4a4a4a'),
        grid: colour('--_grid', '#d0d0d0'),
        surface: colour('--_surface', '#ffffff'),
      },
      fontFamily: getComputedStyle(this).fontFamily,
      rtl: direction(this.#locale()) === 'rtl',
      tick: (v) => f.integer(v),
    });
  }

  /** The slide of `toSvg()` as a 1600×900 PNG data URL. */
  async toPng(): Promise<string | undefined> {
    const svg = this.toSvg();
    return svg ? svgToPng(svg) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) {
      if (this.src) void this.#loader.load(this.src);
      else if (changed.get('src')) this.#loader.accept(undefined);
    }
  }

  protected override updated(): void {
    const state = this.state;
    for (const s of ['empty', 'loading', 'error', 'not-enough', 'ready'] as const) {
      if (s === state) this.#internals.states.add(s);
      else this.#internals.states.delete(s);
    }
    const canvas = this.renderRoot.querySelector('canvas');
    const view = this.#view();
    void this.#chart.sync(canvas, canvas && view ? this.#chartModel(view.rows) : null);
  }

  #locale(): string {
    const tag = this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? 'en';
    try {
      return Intl.NumberFormat.supportedLocalesOf(tag).length ? tag : resolveLocale(tag);
    } catch {
      return resolveLocale(tag);
    }
  }

  #ctx(): Ctx {
    const locale = this.#locale();
    const t = strings(locale);
    const f = numberFormats(locale, t.notAvailable);
    const report = this.#loader.report;
    const levelValue = report?.settings.confidenceLevel ?? 0.95;
    return {
      t,
      f,
      locale,
      level: f.level(levelValue),
      levelValue,
      scale: report?.scale ?? { min: 1, max: 5 },
      outcomes: report?.constructs.length ?? 1,
      cohorts: report ? cohortLabels(report, locale) : new Map(),
    };
  }

  /** A participation count; the report withholds counts from 1 to k − 1 (null), like a group's n. */
  #count(report: ProgrammeReport, n: number | null): string {
    const { t, f } = this.#ctx();
    return n === null ? t.fewerThan(f.integer(report.settings.anonymityThreshold)) : f.integer(n);
  }

  #view(): { report: ProgrammeReport; group: GroupChange; rows: ConstructRow[] } | undefined {
    const report = this.#loader.report;
    if (!report || this.state !== 'ready') return undefined;
    const group = findGroup(report, this.group);
    if (!group || group.suppressed) return undefined;
    return { report, group, rows: constructRows(report, group, this.#locale()) };
  }

  #chartModel(rows: ConstructRow[]): ChartModel {
    const { t, f, locale } = this.#ctx();
    const report = this.#loader.report!;
    const interval = (lower: number | null, upper: number | null) =>
      lower === null || upper === null ? null : { lower, upper };
    return {
      locale,
      labels: rows.map((r) => r.name),
      min: report.scale.min,
      max: report.scale.max,
      axisTitle: t.axis(f.integer(report.scale.min), f.integer(report.scale.max)),
      series: [
        {
          label: t.baseline,
          color: 'baseline',
          data: rows.map((r) => r.baseline.mean),
          intervals: rows.map((r) => interval(r.baseline.lower, r.baseline.upper)),
        },
        {
          label: t.exit,
          color: 'exit',
          data: rows.map((r) => r.exit.mean),
          intervals: rows.map((r) => interval(r.exit.lower, r.exit.upper)),
        },
      ],
      describe: (value, iv) =>
        iv
          ? `${f.decimal(value)} (${t.interval(f.decimal(iv.lower), f.decimal(iv.upper))})`
          : f.decimal(value),
    };
  }

  #chartLabel(t: Strings, f: NumberFormats, group: string, rows: ConstructRow[]): string {
    const report = this.#loader.report!;
    const parts = rows
      .map((r) => t.chartPart(r.name, f.decimal(r.baseline.mean), f.decimal(r.exit.mean)))
      .join(' ');
    return t.chartLabel(group, f.integer(report.scale.min), f.integer(report.scale.max), parts);
  }

  #settled(status: LoadStatus): void {
    if (status === 'ready' && this.#loader.report) {
      this.dispatchEvent(
        new CustomEvent('genbridge-report-load', {
          detail: { report: this.#loader.report },
          bubbles: true,
          composed: true,
        }),
      );
    } else if (status === 'error' && this.#loader.error) {
      this.dispatchEvent(
        new CustomEvent('genbridge-report-error', {
          detail: { error: this.#loader.error },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  #selectGroup(key: string): void {
    this.group = key;
    this.dispatchEvent(
      new CustomEvent('genbridge-group-change', {
        detail: { group: key },
        bubbles: true,
        composed: true,
      }),
    );
  }

  #downloadCsv(): void {
    const csv = this.toCsv();
    const report = this.#loader.report;
    if (csv && report)
      downloadText(
        csv,
        `genbridge-${report.programmeId}-${fileSlug(this.group)}.csv`,
        'text/csv;charset=utf-8',
      );
  }

  async #downloadPng(): Promise<void> {
    const png = await this.toPng();
    const report = this.#loader.report;
    if (png && report)
      downloadUrl(png, `genbridge-${report.programmeId}-${fileSlug(this.group)}.png`);
  }

  #downloadSvg(): void {
    const svg = this.toSvg();
    const report = this.#loader.report;
    if (svg && report)
      downloadText(
        svg,
        `genbridge-${report.programmeId}-${fileSlug(this.group)}.svg`,
        'image/svg+xml;charset=utf-8',
      );
  }

  /** `evaluation.pooledCohorts` as CSV, or undefined when the report has no pooled cohorts. */
  toPooledCsv(): string | undefined {
    const report = this.#loader.report;
    const section = report?.evaluation?.pooledCohorts;
    return section ? pooledCohortsCsv(section, this.#constructNames()) : undefined;
  }

  /** `evaluation.pooledCohorts` as a 1600×900 forest-plot slide (SVG text), or undefined. */
  toPooledSvg(): string | undefined {
    const report = this.#loader.report;
    const section = report?.evaluation?.pooledCohorts;
    if (!report || !section) return undefined;
    const { t, f, level } = this.#ctx();
    const root = this.shadowRoot ?? this;
    const colour = (token: string, fallback: string) => resolveColor(root, token, fallback);
    const names = this.#constructNames();
    return pooledCohortsSvg(section, {
      title: t.evaluation.pooledTitle,
      subtitle: `${report.programmeId} · ${f.date(report.generatedAt)}`,
      rows: section.constructs.map((c) => ({
        label: names.get(c.constructId) ?? c.constructId,
        estimate: f.signed(c.estimate),
      })),
      notes: [`${t.errorBars(level)}`, t.evaluation.pooledNote],
      colors: {
        text: colour('--_text', '#1a1a1a'),
        muted: colour('--_muted', '#4a4a4a'),
        grid: colour('--_grid', '#d0d0d0'),
        surface: colour('--_surface', '#ffffff'),
        mark: colour('--_exit', '#d55e00'),
      },
      fontFamily: getComputedStyle(this).fontFamily,
      rtl: direction(this.#locale()) === 'rtl',
      tick: (v) => f.signed(v, 1),
    });
  }

  #constructNames(): Map<string, string> {
    const report = this.#loader.report;
    return new Map((report?.constructs ?? []).map((c) => [c.id, localize(c.name, this.#locale())]));
  }

  #downloadPooled(kind: 'csv' | 'svg'): void {
    const report = this.#loader.report;
    const text = kind === 'csv' ? this.toPooledCsv() : this.toPooledSvg();
    if (text && report)
      downloadText(
        text,
        `genbridge-${report.programmeId}-pooled-cohorts.${kind}`,
        kind === 'csv' ? 'text/csv;charset=utf-8' : 'image/svg+xml;charset=utf-8',
      );
  }

  protected override render() {
    // The strings' language and direction, so screen readers pronounce them right, `hyphens:
    // auto` works and Arabic runs right to left, whatever the page around the element says.
    const locale = this.#locale();
    return html`<div class="root" lang=${resolveLocale(locale)} dir=${direction(locale)}>
      ${this.#content()}
    </div>`;
  }

  #heading(t: Strings) {
    const text = this.heading ?? t.title;
    return text ? html`<h2 id="title">${text}</h2>` : nothing;
  }

  #content() {
    const ctx = this.#ctx();
    const { t, f } = ctx;
    const report = this.#loader.report;
    switch (this.state) {
      case 'loading':
        return loadingView(t);
      case 'error':
        return errorView(
          t,
          this.#loader.error!,
          this.src ? () => void this.#loader.load(this.src!) : undefined,
        );
      case 'empty':
        return emptyView(t, report !== undefined);
      case 'not-enough':
        return notEnoughView(
          t,
          f.integer(report!.settings.anonymityThreshold),
          this.#count(report!, report!.participation.baseline),
          this.#count(report!, report!.participation.exit),
        );
      case 'ready':
        break;
    }
    const r = report!;
    const k = f.integer(r.settings.anonymityThreshold);
    const group = findGroup(r, this.group)!;
    const label = groupLabel(group, t, ctx.cohorts);
    const p = r.participation;
    const view = this.#view();
    const titled = (this.heading ?? t.title) !== '';
    return html`<section
      class="results"
      aria-labelledby=${titled ? 'title' : nothing}
      aria-label=${titled ? nothing : t.title}
    >
      ${this.#heading(t)}
      <p class="meta">
        ${
          group.key === 'all' || group.suppressed
            ? t.participation(
                this.#count(r, p.matched),
                this.#count(r, p.baseline),
                this.#count(r, p.exit),
              )
            : t.groupParticipation(label, f.integer(group.n))
        }
        ${t.generated(f.date(r.generatedAt))}
      </p>
      ${groupSwitcher(t, ctx.cohorts, r.groups, group.key, (key) => this.#selectGroup(key))}
      ${
        group.suppressed || !view
          ? html`<p class="suppressed" part="suppressed" role="status">
              ${group.suppressed ? suppressedMessage(t, group, k) : nothing}
            </p>`
          : html`<div class="print-unit">
                <div class="main">
                  <figure class="bars">
                    ${legendView(t)}
                    <div class="chart-box" part="chart">
                      <canvas
                        role="img"
                        aria-label=${this.#chartLabel(t, f, label, view.rows)}
                      ></canvas>
                    </div>
                    <figcaption>${t.errorBars(ctx.level)}</figcaption>
                  </figure>
                  ${changeView(ctx, label, view.rows)}
                </div>
                <div class="change">
                  <h3>${t.changeHeading}</h3>
                  ${summaryView(ctx, view.rows)}
                  ${mdeView(ctx, view.group.n, view.rows, group.key === 'all' ? r.evaluation : undefined)}
                </div>
                ${tableView(ctx, t.tableCaption(label), view.rows)}
              </div>
              ${
                group.key === 'all'
                  ? evaluationPanels(
                      ctx,
                      r.evaluation,
                      new Map(r.constructs.map((c) => [c.id, localize(c.name, ctx.locale)])),
                      {
                        csv: () => this.#downloadPooled('csv'),
                        svg: () => this.#downloadPooled('svg'),
                      },
                    )
                  : nothing
              }
              ${analystView(ctx, t.tableCaption(label), view.rows)}
              <div class="downloads" part="downloads">
                <button type="button" data-download="csv" @click=${() => this.#downloadCsv()}>
                  ${t.downloadCsv}
                </button>
                <button type="button" data-download="png" @click=${() => void this.#downloadPng()}>
                  ${t.downloadPng}
                </button>
                <button type="button" data-download="svg" @click=${() => this.#downloadSvg()}>
                  ${t.downloadSvg}
                </button>
              </div>`
      }
      ${feedbackView(
        ctx,
        r.feedback.find((fb) => fb.key === group.key),
        k,
        f.integer(r.settings.openTextThreshold),
      )}
      ${glossaryView(t)}
    </section>`;
  }
}
