import { html, nothing, type TemplateResult } from 'lit';
import type {
  AdditionalAnswers,
  EvaluationReport,
  FeedbackReport,
  FeedbackSummary,
  FigureHiddenReason,
  GroupReport,
  SuppressedGroup,
} from '@genbridge/schema';
import { cssProps } from './css-props.js';
import type { NumberFormats } from './format.js';
import { resolveLocale, type Strings } from './i18n.js';
import type { LoadError } from './load-report.js';
import { minimumDetectableDz, verdictSentence } from './verdict.js';
import type { ConstructRow } from './view-model.js';
import { groupLabel } from './view-model.js';

/**
 * Templates of `<genbridge-results>`. Every report value is bound as text (never as markup), so a
 * construct name or open-text answer such as `<img onerror=…>` is shown literally.
 */

export interface Ctx {
  t: Strings;
  f: NumberFormats;
  /** Confidence level as text, e.g. "95%". */
  level: string;
  /** The same as a number, e.g. 0.95. */
  levelValue: number;
  locale: string;
  scale: { min: number; max: number };
  /** How many constructs the report tests together (the Holm family). */
  outcomes: number;
  /** Declared cohort labels. */
  cohorts: ReadonlyMap<string, string>;
}

export function loadingView(t: Strings): TemplateResult {
  return html`<div class="state loading" part="state" role="status" aria-live="polite">
    <span class="spinner" aria-hidden="true"></span>
    <p>${t.loading}</p>
  </div>`;
}

export function emptyView(t: Strings, noResponses: boolean): TemplateResult {
  return html`<div class="state empty" part="state" role="status">
    <h2>${t.emptyTitle}</h2>
    <p>${noResponses ? t.noResponses : t.emptyBody}</p>
  </div>`;
}

export function notEnoughView(
  t: Strings,
  k: string,
  baseline: string,
  exit: string,
): TemplateResult {
  return html`<div class="state not-enough" part="state" role="status">
    <h2>${t.notEnoughTitle}</h2>
    <p>${t.notEnoughBody(k, baseline, exit)}</p>
  </div>`;
}

export function errorView(t: Strings, error: LoadError, retry?: () => void): TemplateResult {
  let body: TemplateResult;
  switch (error.kind) {
    case 'http':
      body = html`<p>${t.errorHttp(String(error.status))}</p>`;
      break;
    case 'network':
      body = html`<p>${t.errorNetwork}</p>`;
      break;
    case 'not-json':
      body = html`<p>${t.errorNotJson}</p>`;
      break;
    case 'invalid':
      body = html`<p>${t.errorInvalid}</p>
        <ul class="issues">
          ${error.issues.map((i) => html`<li>${i}</li>`)}
        </ul>`;
  }
  return html`<div class="state error" part="state" role="alert">
    <h2>${t.errorTitle}</h2>
    ${body}
    ${
      retry
        ? html`<button type="button" class="retry" data-action="retry" @click=${retry}>
            ${t.retry}
          </button>`
        : nothing
    }
  </div>`;
}

export function suppressedMessage(t: Strings, group: SuppressedGroup, k: string): string {
  switch (group.reason) {
    case 'below_threshold':
      return t.suppressedBelow(k);
    case 'complementary':
      return t.suppressedComplementary;
    case 'complement_below_threshold':
      return t.suppressedComplement(k);
  }
}

export function groupSwitcher(
  t: Strings,
  cohorts: ReadonlyMap<string, string>,
  groups: readonly GroupReport[],
  selected: string,
  onChange: (key: string) => void,
): TemplateResult | typeof nothing {
  if (groups.length < 2) return nothing;
  return html`<div class="controls">
    <label for="group">${t.group}</label>
    <select
      id="group"
      part="group-select"
      @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}
    >
      ${groups.map((g) => {
        const label = groupLabel(g, t, cohorts);
        return html`<option value=${g.key} ?selected=${g.key === selected}>
          ${g.suppressed ? t.hiddenOption(label) : label}
        </option>`;
      })}
    </select>
  </div>`;
}

export function legendView(t: Strings): TemplateResult {
  return html`<ul class="legend">
    <li><span class="swatch baseline" aria-hidden="true"></span>${t.baseline}</li>
    <li><span class="swatch exit" aria-hidden="true"></span>${t.exit}</li>
  </ul>`;
}

/** One plain-language verdict per construct (see verdict.ts and docs/methodology.md). */
export function summaryView(ctx: Ctx, rows: readonly ConstructRow[]): TemplateResult {
  const { t, f } = ctx;
  return html`<ul class="summary" part="summary">
    ${rows.map(
      (r) =>
        html`<li class="construct ${r.headline ? 'headline' : ''}" data-construct=${r.id}>
          <h4>${r.name}${r.headline ? html`<span class="badge">${t.headline}</span>` : nothing}</h4>
          <p class="verdict">
            ${verdictSentence(
              {
                name: r.name,
                mean: r.change.mean,
                lower: r.change.lower,
                upper: r.change.upper,
                pHolm: r.pHolm,
                gav: r.gav,
                improved: r.improved,
                declined: r.declined,
                classified: r.classified,
                hidden: r.notes.some(
                  (n) => n.startsWith('construct_') && n !== 'construct_n_below_threshold',
                ),
              },
              {
                locale: resolveLocale(ctx.locale),
                level: ctx.levelValue,
                scale: ctx.scale,
                outcomes: ctx.outcomes,
              },
            )}
          </p>
          <p class="note">${t.pairs(f.integer(r.n))}</p>
          ${r.alpha.low ? html`<p class="warning" data-warning="alpha">${t.lowAlpha}</p>` : nothing}
        </li>`,
    )}
  </ul>`;
}

/**
 * The smallest change this many pairs would reliably show (80% power, two-sided paired t test),
 * in standard deviations of change and, for the first construct, in scale points.
 */
export function mdeView(
  ctx: Ctx,
  n: number,
  rows: readonly ConstructRow[],
  evaluation?: EvaluationReport,
) {
  const { t, f } = ctx;
  // The report's own figure (exact noncentral t, `evaluation.minimumDetectableEffect`) when it has
  // one for this group; otherwise the Cornish–Fisher approximation of verdict.ts.
  const fromReport = evaluation?.minimumDetectableEffect;
  const d = fromReport?.dz ?? minimumDetectableDz(n, ctx.levelValue);
  if (d === null) return nothing;
  const first = rows.find((r) => r.change.sd !== null);
  const points =
    fromReport?.dz != null && first
      ? (fromReport.constructs.find((c) => c.constructId === first.id)?.scalePoints ?? null)
      : first
        ? d * first.change.sd!
        : null;
  const example = first && points !== null ? t.mdeExample(first.name, f.decimal(points)) : '';
  return html`<p class="mde">${t.mde(f.integer(n), f.decimal(d), ctx.level, example)}</p>`;
}

/**
 * The change view: each construct's mean change with its interval on one axis around zero, the
 * honest picture for paired data (issue 11). Drawn with positioned boxes (CSS custom properties
 * through the CSSOM, so strict CSP holds); the numeric axis runs left to right in every language.
 */
export function changeView(ctx: Ctx, label: string, rows: readonly ConstructRow[]): TemplateResult {
  const { t, f } = ctx;
  const shown = rows.filter((r) => r.change.lower !== null && r.change.upper !== null);
  const reach = Math.max(
    0.5,
    ...shown.flatMap((r) => [Math.abs(r.change.lower!), Math.abs(r.change.upper!)]),
  );
  const R = Math.ceil(reach * 4) / 4;
  const pos = (v: number) => String(((v + R) / (2 * R)) * 100);
  const parts = rows
    .map((r) =>
      t.changePart(
        r.name,
        f.signed(r.change.mean),
        f.signed(r.change.lower),
        f.signed(r.change.upper),
      ),
    )
    .join(' ');
  return html`<figure class="forest" part="change">
    <h3>${t.changeView}</h3>
    <div class="plot" role="img" aria-label=${t.changeViewLabel(label, parts)}>
      ${rows.map(
        (r) =>
          html`<div class="forest-row" data-construct=${r.id}>
            <span class="name">${r.name}</span>
            <span class="track" ${cssProps({ '--zero': pos(0) })}>
              <span class="zero"></span>
              ${
                r.change.lower !== null && r.change.upper !== null && r.change.mean !== null
                  ? html`<span
                        class="ci"
                        ${cssProps({ '--lo': pos(r.change.lower), '--hi': pos(r.change.upper) })}
                      ></span
                      ><span class="point" ${cssProps({ '--at': pos(r.change.mean) })}></span>`
                  : nothing
              }
            </span>
            <span class="value">${f.signed(r.change.mean)}</span>
          </div>`,
      )}
      <div class="forest-axis">
        <span>${f.signed(-R)}</span><span>${t.noChange}</span><span>${f.signed(R)}</span>
      </div>
    </div>
    <figcaption>${t.changeAxis}. ${t.errorBars(ctx.level)}</figcaption>
  </figure>`;
}

export function tableView(
  { t, f, level }: Ctx,
  caption: string,
  rows: readonly ConstructRow[],
): TemplateResult {
  const c = t.columns;
  const ci = (lo: number | null, hi: number | null, signed = false) =>
    lo === null || hi === null
      ? t.notAvailable
      : t.interval(signed ? f.signed(lo) : f.decimal(lo), signed ? f.signed(hi) : f.decimal(hi));
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${caption}>
    <table class="data">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${c.construct}</th>
          <th scope="col">${c.n}</th>
          <th scope="col">${c.baselineMean}</th>
          <th scope="col">${c.baselineCi(level)}</th>
          <th scope="col">${c.exitMean}</th>
          <th scope="col">${c.exitCi(level)}</th>
          <th scope="col">${c.change}</th>
          <th scope="col">${c.changeCi(level)}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr data-construct=${r.id}>
              <th scope="row">${r.name}</th>
              <td>${f.integer(r.n)}</td>
              <td>${f.decimal(r.baseline.mean)}</td>
              <td>${ci(r.baseline.lower, r.baseline.upper)}</td>
              <td>${f.decimal(r.exit.mean)}</td>
              <td>${ci(r.exit.lower, r.exit.upper)}</td>
              <td>${f.signed(r.change.mean)}</td>
              <td>${ci(r.change.lower, r.change.upper, true)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The full statistics, one click away: numbers without size words, and how to read them. */
export function analystView({ t, f }: Ctx, caption: string, rows: readonly ConstructRow[]) {
  const c = t.columns;
  const x = t.columnsExtra;
  const pct = (k: number, of: number) => f.percent(of > 0 ? k / of : null);
  return html`<details class="analyst" part="analyst">
    <summary>${t.analyst}</summary>
    <div class="table-wrap" tabindex="0" role="region" aria-label=${`${t.analyst}: ${caption}`}>
      <table class="stats">
        <caption>
          ${caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">${c.construct}</th>
            <th scope="col">${c.n}</th>
            <th scope="col">${c.dz}</th>
            <th scope="col">${c.gav}</th>
            <th scope="col">${x.p}</th>
            <th scope="col">${c.pHolm}</th>
            <th scope="col">${x.improved}</th>
            <th scope="col">${x.declined}</th>
            <th scope="col">${x.alphaBaseline}</th>
            <th scope="col">${x.alphaExit}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr data-construct=${r.id}>
                <th scope="row">${r.name}</th>
                <td>${f.integer(r.n)}</td>
                <td>${f.decimal(r.dz)}</td>
                <td>${f.decimal(r.gav)}</td>
                <td>${f.p(r.p)}</td>
                <td>${f.p(r.pHolm)}</td>
                <td>${pct(r.improved, r.classified)}</td>
                <td>${pct(r.declined, r.classified)}</td>
                <td>${f.decimal(r.alpha.baseline)}</td>
                <td>${f.decimal(r.alpha.exit)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="note">${t.magnitudeNote}</p>
    <p class="note">${t.reliableNote}</p>
  </details>`;
}

export function glossaryView(t: Strings): TemplateResult {
  return html`<details class="glossary-box">
    <summary>${t.glossaryTitle}</summary>
    <dl class="glossary">
      ${t.glossary.map(
        ([term, meaning]) =>
          html`<dt>${term}</dt>
            <dd>${meaning}</dd>`,
      )}
    </dl>
  </details>`;
}

function distributionTable(
  t: Strings,
  f: NumberFormats,
  caption: string,
  distribution: Record<string, number>,
  captionHidden = false,
) {
  const keys = Object.keys(distribution).sort((a, b) => Number(a) - Number(b));
  const total = keys.reduce((s, k) => s + (distribution[k] ?? 0), 0);
  return html`<table class="distribution">
    <caption class=${captionHidden ? 'visually-hidden' : ''}>
      ${caption}
    </caption>
    <tr>
      <th scope="row">${t.answer}</th>
      ${keys.map((k) => html`<th scope="col">${k}</th>`)}
    </tr>
    <tr>
      <th scope="row">${t.count}</th>
      ${keys.map((k) => {
        const count = distribution[k] ?? 0;
        return html`<td>
          <span
            class="bar"
            aria-hidden="true"
            ${cssProps({ '--share': String(total ? count / total : 0) })}
          ></span
          >${f.integer(count)}
        </td>`;
      })}
    </tr>
  </table>`;
}

/** A figure of a shown group hidden to protect anonymity, with the reason, like hidden groups. */
function hiddenFigure(t: Strings, reason: FigureHiddenReason, k: string) {
  return html`<p class="suppressed" data-hidden=${reason}>${t.figureHidden[reason](k)}</p>`;
}

/**
 * Counts per answer of one of the programme's own questions, one row per answer (a question may
 * declare many answers, which would not fit side by side on a phone).
 */
function answerTable(
  t: Strings,
  f: NumberFormats,
  caption: string,
  counts: Record<string, number>,
) {
  const keys = Object.keys(counts);
  const total = keys.reduce((sum, key) => sum + (counts[key] ?? 0), 0);
  return html`<table class="answers">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">${t.answer}</th>
        <th scope="col">${t.count}</th>
      </tr>
    </thead>
    <tbody>
      ${keys.map((key) => {
        const count = counts[key] ?? 0;
        return html`<tr>
          <th scope="row">${key}</th>
          <td>
            <span
              class="hbar"
              aria-hidden="true"
              ${cssProps({ '--share': String(total ? count / total : 0) })}
            ></span
            >${f.integer(count)}
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}

function additionalQuestion(
  { t, f }: Ctx,
  a: AdditionalAnswers,
  k: string,
  openTextThreshold: string,
): TemplateResult {
  if (a.kind === 'open')
    return html`<div data-question=${a.name}>
      ${
        a.released
          ? openTextList(a.name, a.answers, t, 'h5')
          : html`<h5>${a.name}</h5>
              <p class="note">${t.openTextWithheld(openTextThreshold)}</p>`
      }
    </div>`;
  return html`<div data-question=${a.name}>
    ${
      a.distribution
        ? answerTable(t, f, t.additionalCaption(a.name, f.integer(a.n)), a.distribution)
        : html`<h5>${a.name}</h5>
            ${hiddenFigure(t, a.hidden ?? 'complementary', k)}`
    }
  </div>`;
}

function additionalView(ctx: Ctx, s: FeedbackSummary, k: string, openTextThreshold: string) {
  if (!s.additional?.length) return nothing;
  return html`<div data-feedback="additional">
    <h4>${ctx.t.additionalHeading}</h4>
    <div class="feedback-grid">
      ${s.additional.map((a) => additionalQuestion(ctx, a, k, openTextThreshold))}
    </div>
  </div>`;
}

function openTextList(
  heading: string,
  answers: readonly string[],
  t: Strings,
  level: 'h4' | 'h5' = 'h4',
) {
  return html`<div>
    ${level === 'h4' ? html`<h4>${heading}</h4>` : html`<h5>${heading}</h5>`}
    ${
      answers.length
        ? html`<ul class="open-text">
            ${answers.map((a) => html`<li>${a}</li>`)}
          </ul>`
        : html`<p class="note">${t.noOpenText}</p>`
    }
  </div>`;
}

export function feedbackView(
  ctx: Ctx,
  feedback: FeedbackReport | undefined,
  k: string,
  openTextThreshold: string,
): TemplateResult | typeof nothing {
  const { t, f } = ctx;
  if (!feedback) return nothing;
  if (feedback.suppressed) {
    return html`<section class="feedback" part="feedback" aria-labelledby="feedback-title">
      <h3 id="feedback-title">${t.feedback}</h3>
      <p class="suppressed" role="status">${suppressedMessage(t, feedback, k)}</p>
    </section>`;
  }
  const s: FeedbackSummary = feedback;
  return html`<section class="feedback" part="feedback" aria-labelledby="feedback-title">
    <h3 id="feedback-title">${t.feedback}</h3>
    <div class="feedback-grid">
      <div data-feedback="nps">
        <h4>${t.nps}</h4>
        ${
          s.nps.hidden || s.nps.distribution === null
            ? hiddenFigure(t, s.nps.hidden ?? 'complementary', k)
            : html`<p class="figure-value">${f.signed(s.nps.score, 0)}</p>
                <p>
                  ${t.npsParts(
                    f.integer(s.nps.promoters ?? 0),
                    f.integer(s.nps.passives ?? 0),
                    f.integer(s.nps.detractors ?? 0),
                    f.integer(s.nps.n),
                  )}
                </p>
                ${distributionTable(t, f, t.npsDistribution, s.nps.distribution)}`
        }
      </div>
      <div data-feedback="satisfaction">
        <h4>${t.satisfaction}</h4>
        ${
          s.satisfaction.distribution === null
            ? hiddenFigure(t, s.satisfaction.hidden ?? 'complementary', k)
            : html`<p class="figure-value">
                  ${t.meanOf(f.decimal(s.satisfaction.mean), f.integer(5))}
                </p>
                <p>${t.respondents(f.integer(s.satisfaction.n))}</p>
                ${distributionTable(t, f, t.satisfaction, s.satisfaction.distribution, true)}`
        }
      </div>
      <div data-feedback="pairing">
        <h4>${t.pairingQuality}</h4>
        ${
          s.pairingQuality.distribution === null
            ? hiddenFigure(t, s.pairingQuality.hidden ?? 'complementary', k)
            : html`<p class="figure-value">
                  ${t.meanOf(f.decimal(s.pairingQuality.mean), f.integer(5))}
                </p>
                <p>${t.respondents(f.integer(s.pairingQuality.n))}</p>
                ${distributionTable(t, f, t.pairingQuality, s.pairingQuality.distribution, true)}`
        }
      </div>
    </div>
    ${additionalView(ctx, s, k, openTextThreshold)}
    ${
      s.openText.released
        ? html`<div class="feedback-grid" data-feedback="open-text">
            ${openTextList(t.valuableLearning, s.openText.valuableLearning, t)}
            ${openTextList(t.improvement, s.openText.improvement, t)}
          </div>`
        : html`<p class="note" data-feedback="open-text-withheld">
            ${t.openTextWithheld(openTextThreshold)}
          </p>`
    }
  </section>`;
}
