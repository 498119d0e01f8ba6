import { html, nothing, type TemplateResult } from 'lit';
import type { AdminController } from './admin-controller.js';
import type { Arm } from './api.js';
import type { AdminStrings } from './i18n.js';

/** Reads the invitations form: an arm, then a count or an uploaded list, and the survey address. */
async function submitInvitations(c: AdminController, event: SubmitEvent) {
  event.preventDefault();
  const data = new FormData(event.currentTarget as HTMLFormElement);
  const arm: Arm = data.get('arm') === 'comparison' ? 'comparison' : 'programme';
  const url = String(data.get('url'));
  if (data.get('source') === 'list') {
    const file = data.get('list');
    const text = file instanceof File && file.size > 0 ? await file.text() : undefined;
    await c.createInvitations({ list: text }, arm, url);
  } else await c.createInvitations({ count: Number(data.get('count')) }, arm, url);
}

/** The refused rows of an uploaded list, each named by line and column, in the reader's language. */
function listErrorsView(c: AdminController, t: AdminStrings) {
  const errors = c.listErrors;
  if (errors.length === 0) return nothing;
  return html`<div role="alert" class="panel error list-errors">
    <p>${t.listRefused(errors.length)}</p>
    <ul>
      ${errors.map((e) =>
        e.field === 'file'
          ? html`<li>${t.chooseFile}</li>`
          : html`<li>
              <strong>${t.listWhere(e.line, e.field)}</strong>:
              ${t.listProblems[e.problem]?.(e.value ?? '') ?? e.message}
            </li>`,
      )}
    </ul>
  </div>`;
}

/**
 * Invitations of one programme: create a batch in the programme or the comparison arm, either a
 * number of them or one per row of an uploaded list of mentoring pairs; download the mail-merge
 * file once; the issued invitations with their arm and pair, each revocable.
 */
export function invitationsView(
  c: AdminController,
  t: AdminStrings,
  fieldErrors: TemplateResult | typeof nothing,
  downloadBatch: () => void,
) {
  return html`<section class="panel" aria-labelledby="invitations-heading">
    <h3 id="invitations-heading">${t.invitations}</h3>
    <form class="field" @submit=${(e: SubmitEvent) => submitInvitations(c, e)}>
      <fieldset>
        <legend>${t.armLegend}</legend>
        <label><input type="radio" name="arm" value="programme" checked />${t.armProgramme}</label>
        <label><input type="radio" name="arm" value="comparison" />${t.armComparison}</label>
      </fieldset>
      <fieldset>
        <legend>${t.sourceLegend}</legend>
        <label><input type="radio" name="source" value="count" checked />${t.sourceCount}</label>
        <label class="indented"
          >${t.howMany}<input name="count" type="number" min="1" max="1000" value="10"
        /></label>
        <label><input type="radio" name="source" value="list" />${t.sourceList}</label>
        <label class="indented"
          >${t.listFile}<input
            name="list"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            aria-describedby="list-hint"
        /></label>
        <p id="list-hint" class="muted indented hint">${t.listHint}</p>
      </fieldset>
      <label
        >${t.surveyUrl}<input
          name="url"
          type="url"
          required
          value="${location.origin}/baseline.html"
      /></label>
      <div><button type="submit" ?disabled=${!!c.busy}>${t.createInvitations}</button></div>
    </form>
    ${listErrorsView(c, t)} ${fieldErrors}
    ${
      c.batch
        ? html`<div class="panel" role="alert">
            <p>${t.invitationsReady(c.batch.count)}</p>
            <button class="primary" @click=${downloadBatch}>${t.downloadCsv}</button>
          </div>`
        : nothing
    }
    ${
      c.invitations && c.invitations.invitations.length > 0
        ? html`<table class="invitations">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">${t.invitations}</th>
                <th scope="col">${t.invitationArm}</th>
                <th scope="col">${t.invitationPair}</th>
                <th scope="col"><span class="visually-hidden">${t.revoke}</span></th>
              </tr>
            </thead>
            <tbody>
              ${c.invitations.invitations.map(
                (i, n) =>
                  html`<tr>
                    <td>${n + 1}</td>
                    <td><code>${i.id.slice(0, 8)}</code></td>
                    <td>${i.arm ? (t.arms[i.arm] ?? i.arm) : t.noValue}</td>
                    <td>${i.pairId ? html`<code>${i.pairId}</code>` : t.noValue}</td>
                    <td>
                      ${
                        i.revokedAt
                          ? t.revoked
                          : html`<button
                              aria-label="${t.revoke} ${n + 1}"
                              @click=${() => c.revokeInvitation(i.id)}
                            >
                              ${t.revoke}
                            </button>`
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>${t.noInvitations}</p>`
    }
  </section>`;
}
