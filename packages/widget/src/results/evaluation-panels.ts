import { html, nothing, type TemplateResult } from 'lit';
import type {
  AttritionSection,
  ComparisonSection,
  DyadSection,
  EvaluationReport,
  PooledCohortsSection,
} from '@genbridge/schema';
import type { Ctx } from './templates.js';

/**
 * The panels of `ProgrammeReport.evaluation` (issue 11): attrition, comparison group and mentoring
 * pairs, each a heading, a plain sentence and an accessible table. A section that is `null` (the
 * data do not allow it) draws nothing; a suppressed one says it is hidden and shows no number.
 */

type Names = ReadonlyMap<string, string>;

/** A construct's name in the reader's language, its id where the instrument has none. */
const nameOf = (names: Names, constructId: string) => names.get(constructId) ?? constructId;

/** I² as a whole percentage, or "not available" where it cannot be estimated. */
function i2Text({ t, f }: Ctx, i2: number | null): string {
  return i2 === null ? t.notAvailable : `${f.decimal(i2, 0)}%`;
}

function ci({ t, f }: Ctx, lower: number | null, upper: number | null): string {
  return lower === null || upper === null
    ? t.notAvailable
    : t.interval(f.signed(lower), f.signed(upper));
}

function hiddenPanel(ctx: Ctx, id: string, title: string, reason: string): TemplateResult {
  const e = ctx.t.evaluation;
  return html`<section class="panel" data-panel=${id}>
    <h3 id=${`panel-${id}`}>${title}</h3>
    <p class="suppressed" role="status" data-hidden=${reason}>
      ${reason === 'homogeneous' ? e.hiddenHomogeneous : e.hidden}
    </p>
  </section>`;
}

function panelTable(caption: string, head: string[], rows: TemplateResult[]): TemplateResult {
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
    <table class="panel-table">
      <caption class="visually-hidden">
        ${caption}
      </caption>
      <thead>
        <tr>
          ${head.map((h) => html`<th scope="col">${h}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

export function attritionPanel(ctx: Ctx, s: AttritionSection | null, names: Names) {
  const e = ctx.t.evaluation;
  if (!s) return nothing;
  if (s.suppressed) return hiddenPanel(ctx, 'attrition', e.attritionTitle, s.reason);
  const { f } = ctx;
  const c = e.cols;
  return html`<section class="panel" data-panel="attrition">
    <h3 id="panel-attrition">${e.attritionTitle}</h3>
    <p>${e.attrition(f.integer(s.completers), f.integer(s.baselineOnly))}</p>
    <p class=${s.warning ? 'warning' : 'note'}>
      ${s.warning ? e.attritionWarning : e.attritionFine}
    </p>
    ${panelTable(
      e.attritionTitle,
      [c.construct, c.completers, c.dropouts, c.difference, c.observed, c.bound],
      s.constructs.map(
        (k) =>
          html`<tr data-construct=${k.constructId}>
            <th scope="row">${nameOf(names, k.constructId)}</th>
            <td>${f.decimal(k.completers.mean)}</td>
            <td>${f.decimal(k.baselineOnly.mean)}</td>
            <td>${f.signed(k.welch.estimate)} (${ci(ctx, k.welch.ciLower, k.welch.ciUpper)})</td>
            <td>${f.signed(k.observedChange)}</td>
            <td>
              ${f.signed(k.changeIfDropoutsUnchanged.mean)}
              (${ci(ctx, k.changeIfDropoutsUnchanged.ciLower, k.changeIfDropoutsUnchanged.ciUpper)})
            </td>
          </tr>`,
      ),
    )}
    <p class="note">${e.attritionBound}</p>
  </section>`;
}

export function comparisonPanel(ctx: Ctx, s: ComparisonSection | null, names: Names) {
  const e = ctx.t.evaluation;
  if (!s) return nothing;
  if (s.suppressed) return hiddenPanel(ctx, 'comparison', e.comparisonTitle, s.reason);
  const { f } = ctx;
  const c = e.cols;
  return html`<section class="panel" data-panel="comparison">
    <h3 id="panel-comparison">${e.comparisonTitle}</h3>
    <p>${e.comparison(f.integer(s.programme), f.integer(s.comparison))}</p>
    ${panelTable(
      e.comparisonTitle,
      [c.construct, c.programme, c.comparison, c.did, c.ancova],
      s.constructs.map(
        (k) =>
          html`<tr data-construct=${k.constructId}>
            <th scope="row">${nameOf(names, k.constructId)}</th>
            <td>${f.signed(k.programme.mean)}</td>
            <td>${f.signed(k.comparison.mean)}</td>
            <td>
              ${f.signed(k.differenceInDifferences.estimate)}
              (${ci(ctx, k.differenceInDifferences.ciLower, k.differenceInDifferences.ciUpper)})
            </td>
            <td>${f.signed(k.ancova.estimate)} (${ci(ctx, k.ancova.ciLower, k.ancova.ciUpper)})</td>
          </tr>`,
      ),
    )}
    <p class="note">${e.comparisonNote}</p>
  </section>`;
}

export function dyadsPanel(ctx: Ctx, s: DyadSection | null, names: Names) {
  const e = ctx.t.evaluation;
  if (!s) return nothing;
  if (s.suppressed) return hiddenPanel(ctx, 'dyads', e.dyadsTitle, s.reason);
  const { f } = ctx;
  const c = e.cols;
  return html`<section class="panel" data-panel="dyads">
    <h3 id="panel-dyads">${e.dyadsTitle}</h3>
    <p>${e.dyads(f.integer(s.completePairs))}</p>
    ${panelTable(
      e.dyadsTitle,
      [c.construct, c.mentor, c.mentee, c.correlation, c.robust],
      s.constructs.map(
        (k) =>
          html`<tr data-construct=${k.constructId}>
            <th scope="row">${nameOf(names, k.constructId)}</th>
            <td>${f.signed(k.mentor.mean)}</td>
            <td>${f.signed(k.mentee.mean)}</td>
            <td>${f.decimal(k.intraPairCorrelation)}</td>
            <td>
              ${f.signed(k.clusterRobust.estimate)}
              (${ci(ctx, k.clusterRobust.ciLower, k.clusterRobust.ciUpper)})
            </td>
          </tr>`,
      ),
    )}
    <p class="note">${e.dyadsNote}</p>
  </section>`;
}

/** Downloads of the pooled-cohorts panel; the element saves the files. */
export interface PooledDownloads {
  csv: () => void;
  svg: () => void;
}

export function pooledCohortsPanel(
  ctx: Ctx,
  s: PooledCohortsSection | null | undefined,
  names: Names,
  downloads?: PooledDownloads,
) {
  if (!s) return nothing;
  const e = ctx.t.evaluation;
  const { f } = ctx;
  const c = e.cols;
  const cohortName = (id: string) => ctx.cohorts.get(id) ?? id;
  // The headline construct comes first in the report: it carries the plain-words sentence.
  const lead = s.constructs.find((k) => k.estimate !== null);
  return html`<section class="panel" data-panel="pooled-cohorts">
    <h3 id="panel-pooled-cohorts">${e.pooledTitle}</h3>
    ${
      lead
        ? html`<p>
              ${e.pooled(
                f.integer(s.cohorts.length),
                nameOf(names, lead.constructId),
                f.signed(lead.estimate),
                `${ctx.level} CI ${ci(ctx, lead.ciLower, lead.ciUpper)}`,
              )}
            </p>
            <p>
              ${e.pooledSpread(
                i2Text(ctx, lead.i2),
                f.signed(lead.predictionLower),
                f.signed(lead.predictionUpper),
              )}
            </p>`
        : nothing
    }
    ${panelTable(
      e.pooledTitle,
      [c.construct, c.pooled, c.i2, c.prediction, c.cohorts],
      s.constructs.map(
        (k) =>
          html`<tr data-construct=${k.constructId}>
            <th scope="row">${nameOf(names, k.constructId)}</th>
            <td>${f.signed(k.estimate)} (${ci(ctx, k.ciLower, k.ciUpper)})</td>
            <td>${i2Text(ctx, k.i2)}</td>
            <td>${ci(ctx, k.predictionLower, k.predictionUpper)}</td>
            <td>
              ${k.studies
                .map(
                  (st) =>
                    `${cohortName(st.programmeId)}: ${f.signed(st.estimate)} (${f.integer(st.n)})`,
                )
                .join('; ')}
            </td>
          </tr>`,
      ),
    )}
    <p class="note">${e.pooledNote}</p>
    ${
      downloads
        ? html`<div class="downloads">
            <button type="button" data-download="pooled-csv" @click=${downloads.csv}>
              ${e.pooledCsv}
            </button>
            <button type="button" data-download="pooled-svg" @click=${downloads.svg}>
              ${e.pooledSvg}
            </button>
          </div>`
        : nothing
    }
  </section>`;
}

/** Every evaluation panel the report carries, for the whole programme. */
export function evaluationPanels(
  ctx: Ctx,
  ev: EvaluationReport | undefined,
  names: Names,
  pooledDownloads?: PooledDownloads,
) {
  if (!ev) return nothing;
  return html`${attritionPanel(ctx, ev.attrition, names)}
  ${comparisonPanel(ctx, ev.comparison, names)} ${dyadsPanel(ctx, ev.dyads, names)}
  ${pooledCohortsPanel(ctx, ev.pooledCohorts, names, pooledDownloads)}`;
}
