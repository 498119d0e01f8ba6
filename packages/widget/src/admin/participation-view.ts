import { html, nothing } from 'lit';
import type { AdminController } from './admin-controller.js';
import type { AdminStrings } from './i18n.js';

/**
 * Live participation per wave and cohort: a table of counts (hidden counts say why in words),
 * with loading, empty and error states and a refresh button.
 */
export function participationView(c: AdminController, t: AdminStrings) {
  const live = c.participation;
  const refresh = html`<button @click=${() => c.loadParticipation()}>${t.refresh}</button>`;
  if (!live || live.state === 'loading')
    return html`<p role="status"><progress aria-label=${t.loading}></progress> ${t.loading}</p>`;
  if (live.state === 'error')
    return html`<div role="alert" class="panel error">
      <strong>${t.errorTitle}</strong>: ${live.error.message} ${refresh}
    </div>`;
  const { data } = live;
  const k = data.anonymityThreshold;
  const shown = (n: number | null, suppressed?: string) =>
    n !== null ? String(n) : suppressed === 'below_threshold' ? t.fewerThan(k) : t.withheld;
  if (data.waves.every((w) => w.total === 0))
    return html`<p>${t.noResponsesYet}</p>
      <p class="muted">${t.liveSteps(k)}</p>
      ${refresh}`;
  const cohorts = data.waves[0]?.cohorts ?? [];
  return html`<p class="muted">${t.liveNote(k)} ${t.liveSteps(k)}</p>
    <table>
      <caption>
        ${t.liveParticipation}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.cohort}</th>
          ${data.waves.map((w) => html`<th scope="col">${t.waveNames[w.wave] ?? w.wave}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${cohorts.map(
          (cohort, i) =>
            html`<tr>
              <th scope="row">${cohort.cohort === 'not_stated' ? t.notStated : cohort.label}</th>
              ${data.waves.map((w) => {
                const cell = w.cohorts[i];
                return html`<td>${cell ? shown(cell.n, cell.suppressed) : nothing}</td>`;
              })}
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${t.total}</th>
          ${data.waves.map((w) => html`<td>${shown(w.total, 'below_threshold')}</td>`)}
        </tr>
      </tfoot>
    </table>
    ${refresh}`;
}
