import { html, nothing, type TemplateResult } from 'lit';
import type {
  FeedbackReport,
  FeedbackSummary,
  GroupReport,
  SuppressedGroup,
} from '@genbridge/schema';
import { cssProps } from './css-props.js';
import type { NumberFormats } from './format.js';
import { magnitude } from './format.js';
import type { Strings } from './i18n.js';
import type { LoadError } from './load-report.js';
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

export function errorView(t: Strings, error: LoadError): TemplateResult {
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
        const label = groupLabel(g, t);
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

function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export function summaryView({ t, f, level }: Ctx, rows: readonly ConstructRow[]): TemplateResult {
  const mag = (d: number | null) => {
    const m = magnitude(d);
    return m ? t.magnitude[m] : t.notAvailable;
  };
  return html`<ul class="summary" part="summary">
    ${rows.map(
      (r) =>
        html`<li class="construct ${r.headline ? 'headline' : ''}" data-construct=${r.id}>
          <h4>${r.name}${r.headline ? html`<span class="badge">${t.headline}</span>` : nothing}</h4>
          <p>${t.pairs(f.integer(r.n))}</p>
          ${
            r.change.mean === null
              ? html`<p>${t.tooFew}</p>`
              : html`<p>
                    ${
                      r.change.lower === null || r.change.upper === null
                        ? t.changeNoInterval(f.signed(r.change.mean))
                        : t.change(
                            f.signed(r.change.mean),
                            level,
                            f.signed(r.change.lower),
                            f.signed(r.change.upper),
                          )
                    }
                  </p>
                  <p>${t.effect(f.decimal(r.dz), mag(r.dz), f.decimal(r.gav), mag(r.gav))}</p>
                  <p>${t.pHolm(f.p(r.pHolm))}</p>
                  <p>
                    ${t.reliable(
                      f.percent(share(r.improved, r.classified)),
                      f.percent(share(r.declined, r.classified)),
                    )}
                  </p>`
          }
          ${
            r.alpha.low
              ? html`<p class="warning" data-warning="alpha">
                  ${t.lowAlpha(f.decimal(r.alpha.baseline), f.decimal(r.alpha.exit))}
                </p>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
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
          <th scope="col">${c.dz}</th>
          <th scope="col">${c.gav}</th>
          <th scope="col">${c.pHolm}</th>
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
              <td>${f.decimal(r.dz)}</td>
              <td>${f.decimal(r.gav)}</td>
              <td>${f.p(r.pHolm)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
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

function openTextList(heading: string, answers: readonly string[], t: Strings) {
  return html`<div>
    <h4>${heading}</h4>
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
  { t, f }: Ctx,
  feedback: FeedbackReport | undefined,
  k: string,
  openTextThreshold: string,
): TemplateResult | typeof nothing {
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
        <p class="figure-value">${f.signed(s.nps.score, 0)}</p>
        <p>
          ${t.npsParts(
            f.integer(s.nps.promoters),
            f.integer(s.nps.passives),
            f.integer(s.nps.detractors),
            f.integer(s.nps.n),
          )}
        </p>
        ${distributionTable(t, f, t.npsDistribution, s.nps.distribution)}
      </div>
      <div data-feedback="satisfaction">
        <h4>${t.satisfaction}</h4>
        <p class="figure-value">${t.meanOf(f.decimal(s.satisfaction.mean), f.integer(5))}</p>
        <p>${t.respondents(f.integer(s.satisfaction.n))}</p>
        ${distributionTable(t, f, t.satisfaction, s.satisfaction.distribution, true)}
      </div>
      <div data-feedback="pairing">
        <h4>${t.pairingQuality}</h4>
        <p class="figure-value">${t.meanOf(f.decimal(s.pairingQuality.mean), f.integer(5))}</p>
        <p>${t.respondents(f.integer(s.pairingQuality.n))}</p>
        ${distributionTable(t, f, t.pairingQuality, s.pairingQuality.distribution, true)}
      </div>
    </div>
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
