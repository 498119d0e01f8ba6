import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { VERSION } from '../internal/version.js';
import { AdminController } from './admin-controller.js';
import type { FieldProblem, ProgrammeSummary, Role } from './api.js';
import { adminStrings, type AdminStrings } from './i18n.js';
import { readInstrument } from './instrument-file.js';
import { invitationsView } from './invitations-view.js';
import { participationView } from './participation-view.js';
import { scheduleFromForm } from './schedule-form.js';
import { scheduleFields } from './schedule-view.js';
import { adminStyles } from './styles.js';
import { startOutboxFlusher } from '../survey/outbox-flusher.js';

/**
 * `<genbridge-admin>`: the console where an HR team runs a programme without a terminal — create
 * it, invite people, watch participation, close the wave, release the report, read the releases;
 * stewards also export and erase, and read the audit log. Talks to the collector it is served by
 * (session cookie + CSRF token); every action is allowed or refused by the collector's roles.
 *
 * @tag genbridge-admin
 * @attr locale - `en`, `de` or `fr` (default: the nearest `lang`, else `en`).
 * @attr theme - `light` or `dark` to override `prefers-color-scheme`.
 * @attr base - Origin of the collector when not the page's own (default: same origin).
 * @event genbridge-admin-signed-in - Someone signed in; `detail.role`.
 */
export class GenbridgeAdmin extends LitElement {
  static version = VERSION;
  static override styles = adminStyles;
  static override properties = {
    locale: { type: String },
    theme: { type: String, reflect: true },
    base: { type: String },
  };
  declare locale: string | undefined;
  declare theme: 'light' | 'dark' | undefined;
  declare base: string | undefined;

  #c: AdminController | undefined;
  #instrumentErrors: FieldProblem[] = [];

  override connectedCallback(): void {
    this.#c ??= new AdminController(this, this.base ?? '');
    super.connectedCallback();
    // Any Genbridge element sends what a survey page of this origin left queued.
    startOutboxFlusher();
  }

  get #t(): AdminStrings {
    return adminStrings(this.locale ?? this.closest('[lang]')?.getAttribute('lang'));
  }

  override render(): TemplateResult {
    const c = this.#c!;
    const t = this.#t;
    if (c.session === undefined)
      return html`<div role="status" aria-live="polite" class="status">
        ${c.error ? this.#errorView() : html`<progress aria-label=${t.loading}></progress> ${t.loading}`}
      </div>`;
    if (!c.session.identity) return this.#signInView();
    return html`
      <header>
        <h1>${t.title}</h1>
        <div class="row">
          <span
            >${t.signedInAs(c.session.identity.name, t.roles[c.session.identity.role] ?? c.session.identity.role)}</span
          >
          <button @click=${() => c.logout()} ?disabled=${!!c.busy}>${t.signOut}</button>
        </div>
      </header>
      <nav aria-label=${t.nav}>
        <ul>
          ${this.#navButton('programmes', t.programmes)}
          ${c.canManage ? this.#navButton('new', t.newProgramme) : nothing}
          ${c.role === 'steward' ? this.#navButton('audit', t.auditLog) : nothing}
        </ul>
      </nav>
      <div role="status" aria-live="polite" class="status">
        ${c.busy ? html`<progress aria-label=${t.working}></progress> ${t.working}` : nothing}
        ${c.notice ? html`<span class="notice">${c.notice}</span>` : nothing}
      </div>
      ${c.error && !c.refusal && c.fieldErrors.length === 0 ? this.#errorView() : nothing}
      <div class="view">
        ${
          c.view === 'new'
            ? this.#newProgrammeView()
            : c.view === 'audit'
              ? this.#auditView()
              : c.view === 'programme' && c.selected
                ? this.#programmeView(c.selected)
                : this.#programmesView()
        }
      </div>
    `;
  }

  #navButton(view: 'programmes' | 'new' | 'audit', label: string) {
    const c = this.#c!;
    const current = c.view === view || (view === 'programmes' && c.view === 'programme');
    return html`<li>
      <button aria-current=${current ? 'page' : 'false'} @click=${() => c.show(view)}>
        ${label}
      </button>
    </li>`;
  }

  #errorView() {
    const c = this.#c!;
    const t = this.#t;
    return html`<div role="alert" class="panel error">
      <strong>${t.errorTitle}</strong>: ${c.error?.message}
      <button @click=${() => (c.session ? c.show(c.view) : c.loadSession())}>${t.retry}</button>
    </div>`;
  }

  #signInView() {
    const c = this.#c!;
    const t = this.#t;
    const login = c.session!.login;
    const roles: Role[] = ['steward', 'manager', 'viewer'];
    return html`<h1>${t.title}</h1>
      <h2>${t.signIn}</h2>
      ${c.error ? this.#errorView() : nothing}
      ${login.oidc ? html`<p><a href="${this.base ?? ''}/auth/login">${t.signInSso}</a></p>` : nothing}
      ${
        login.demo
          ? html`<section class="panel demo" aria-labelledby="demo-heading">
              <h2 id="demo-heading">${t.demoHeading}</h2>
              <p><strong>${t.demoWarning}</strong></p>
              <div class="row">
                ${roles.map(
                  (role) =>
                    html`<button
                      data-demo-role=${role}
                      @click=${() => c.demoLogin(role)}
                      ?disabled=${!!c.busy}
                    >
                      ${t.demoAs(t.roles[role] ?? role)}
                    </button>`,
                )}
              </div>
            </section>`
          : nothing
      }
      ${!login.oidc && !login.demo ? html`<p>${t.noSignIn}</p>` : nothing}`;
  }

  #programmesView() {
    const c = this.#c!;
    const t = this.#t;
    if (!c.programmes)
      return html`<p role="status"><progress aria-label=${t.loading}></progress> ${t.loading}</p>`;
    if (c.programmes.length === 0)
      return html`<p>${c.canManage ? t.noProgrammes : t.noProgrammesViewer}</p>`;
    return html`<h2>${t.programmes}</h2>
      <ul class="programmes">
        ${c.programmes.map(
          (p) =>
            html`<li>
              <button @click=${() => c.select(p)} aria-label=${t.select(p.name)}>${p.name}</button>
              <span class="muted">${p.id} · ${p.status === 'open' ? t.open : t.closed}</span>
            </li>`,
        )}
      </ul>`;
  }

  #fieldErrors(errors: readonly FieldProblem[]) {
    if (errors.length === 0) return nothing;
    return html`<div role="alert" class="panel error">
      <p>${this.#t.fixErrors}</p>
      <ul>
        ${errors.map((e) => html`<li><code>${e.path || '(root)'}</code>: ${e.message}</li>`)}
      </ul>
    </div>`;
  }

  #newProgrammeView() {
    const c = this.#c!;
    const t = this.#t;
    return html`<h2>${t.newProgramme}</h2>
      ${this.#fieldErrors([...this.#instrumentErrors, ...c.fieldErrors])}
      <form @submit=${this.#submitProgramme} novalidate>
        <label
          >${t.id}<input name="id" required pattern="[a-z0-9][a-z0-9-]*" autocomplete="off"
        /></label>
        <label>${t.name}<input name="name" required autocomplete="off" /></label>
        <label>${t.k}<input name="k" type="number" min="3" max="100" value="5" required /></label>
        <fieldset>
          <legend>${t.accessMode}</legend>
          <label
            ><input
              type="radio"
              name="access"
              value="invitation"
              checked
            />${t.accessInvitation}</label
          >
          <label><input type="radio" name="access" value="open" />${t.accessOpen}</label>
        </fieldset>
        <label>${t.cohorts}<textarea name="cohorts" rows="3"></textarea></label>
        ${scheduleFields(t, t.schedule)}
        <fieldset>
          <legend>${t.instrument}</legend>
          <label
            ><input
              type="radio"
              name="instrument"
              value="default"
              checked
            />${t.instrumentDefault}</label
          >
          <label
            ><input type="radio" name="instrument" value="upload" />${t.instrumentUpload}</label
          >
          <label
            >${t.instrumentFile}<input
              type="file"
              name="instrumentFile"
              accept="application/json,.json"
          /></label>
        </fieldset>
        <div><button class="primary" type="submit" ?disabled=${!!c.busy}>${t.create}</button></div>
      </form>`;
  }

  async #submitProgramme(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const body: Record<string, unknown> = {
      id: String(data.get('id') ?? '').trim(),
      name: String(data.get('name') ?? '').trim() || undefined,
      anonymityThreshold: Number(data.get('k')),
      accessMode: data.get('access'),
    };
    const cohorts = String(data.get('cohorts') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const at = line.indexOf(':');
        return at < 0
          ? { id: line, label: line }
          : { id: line.slice(0, at).trim(), label: line.slice(at + 1).trim() };
      });
    if (cohorts.length) body.cohorts = cohorts;
    this.#instrumentErrors = [];
    const schedule = scheduleFromForm(data);
    if (!schedule.ok) {
      this.#instrumentErrors = schedule.errors;
      this.requestUpdate();
      return;
    }
    if (Object.keys(schedule.schedule).length) body.schedule = schedule.schedule;
    if (data.get('instrument') === 'upload') {
      const file = data.get('instrumentFile');
      if (!(file instanceof File) || file.size === 0) {
        this.#instrumentErrors = [{ path: 'instrumentFile', message: 'choose a JSON file' }];
        this.requestUpdate();
        return;
      }
      const read = readInstrument(await file.text());
      if (!read.ok) {
        this.#instrumentErrors = read.errors.map((e) => ({ ...e, path: `instrument.${e.path}` }));
        this.requestUpdate();
        return;
      }
      body.instrument = read.instrument;
    }
    await this.#c!.createProgramme(body, this.#t.created(String(body.id)));
  }

  #programmeView(p: ProgrammeSummary) {
    const c = this.#c!;
    const t = this.#t;
    const locale = this.locale ?? this.closest('[lang]')?.getAttribute('lang') ?? 'en';
    const when = (iso: string) =>
      new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<p><button @click=${() => c.show('programmes')}>${t.back}</button></p>
      <h2 id="programme-heading">${p.name} <span class="muted">(${p.id})</span></h2>
      ${
        c.canManage
          ? html`<section class="panel" aria-labelledby="participation-heading">
                <h3 id="participation-heading">${t.participation}</h3>
                <p>
                  ${
                    p.responses === undefined
                      ? t.responsesWithheld(p.anonymityThreshold)
                      : html`${t.responsesCount(p.responses)}
                        ${c.role === 'manager' ? t.responsesStepped(p.anonymityThreshold) : nothing}`
                  }
                </p>
                ${
                  c.invitations
                    ? html`<p>
                        ${t.invitationsCount(c.invitations.issued, c.invitations.revoked)}
                      </p>`
                    : nothing
                }
                <h3>${t.wave}: ${p.status === 'open' ? t.open : t.closed}</h3>
                <button
                  class="primary"
                  ?disabled=${!!c.busy}
                  @click=${() => c.setStatus(p.status === 'open' ? 'closed' : 'open', t.released)}
                >
                  ${p.status === 'open' ? t.closeWave : t.openWave}
                </button>
                <h3 id="live-heading">${t.liveParticipation}</h3>
                ${participationView(c, t)}
              </section>
              <section class="panel" aria-labelledby="schedule-heading">
                <h3 id="schedule-heading">${t.scheduleHeading}</h3>
                ${this.#fieldErrors(
                  [...this.#instrumentErrors, ...c.fieldErrors].filter((e) =>
                    e.path.startsWith('schedule'),
                  ),
                )}
                <form @submit=${this.#submitSchedule}>
                  ${scheduleFields(t, t.schedule, p.schedule)}
                  <div>
                    <button type="submit" ?disabled=${!!c.busy}>${t.saveSchedule}</button>
                  </div>
                </form>
              </section>`
          : nothing
      }
      ${
        c.refusal
          ? html`<div role="alert" class="panel error">
              <p>${t.refused}</p>
              <ul>
                ${c.refusal.map((e) => html`<li><strong>${e.path}</strong>: ${e.message}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${
        c.canManage && p.accessMode !== 'open'
          ? invitationsView(
              c,
              t,
              this.#fieldErrors(c.fieldErrors.filter((e) => !e.path.startsWith('schedule'))),
              this.#downloadBatch,
            )
          : nothing
      }
      <section class="panel" aria-labelledby="releases-heading">
        <h3 id="releases-heading">${t.releases}</h3>
        ${
          c.canManage
            ? html`<p>
                <button ?disabled=${!!c.busy} @click=${() => c.release(t.released)}>
                  ${t.releaseNow}
                </button>
              </p>`
            : nothing
        }
        ${
          c.releases === undefined
            ? html`<p><progress aria-label=${t.loading}></progress> ${t.loading}</p>`
            : c.releases.length === 0
              ? html`<p>${t.noReleases}</p>`
              : html`<ul>
                  ${c.releases.map(
                    (r) =>
                      html`<li>
                        ${t.releaseLabel(r.number, when(r.createdAt))}
                        <button @click=${() => this.#viewRelease(r.number)}>
                          ${t.view(r.number)}
                        </button>
                      </li>`,
                  )}
                </ul>`
        }
        ${
          c.viewing !== undefined
            ? html`<div class="report">
                <button @click=${() => c.view_(undefined)}>${t.closeReport}</button>
                <genbridge-results
                  locale=${locale}
                  theme=${this.theme ?? nothing}
                  src="${this.base ?? ''}/api/programmes/${encodeURIComponent(p.id)}/releases/${c.viewing}"
                ></genbridge-results>
              </div>`
            : nothing
        }
      </section>
      ${c.role === 'steward' ? this.#stewardView() : nothing}`;
  }

  async #viewRelease(number: number) {
    // The results element (and chart.js behind it) loads only when someone opens a release.
    await import('../results.js');
    this.#c!.view_(number);
  }

  async #submitSchedule(event: SubmitEvent) {
    event.preventDefault();
    this.#instrumentErrors = [];
    const read = scheduleFromForm(new FormData(event.currentTarget as HTMLFormElement));
    if (!read.ok) {
      this.#instrumentErrors = read.errors;
      this.requestUpdate();
      return;
    }
    await this.#c!.saveSchedule(read.schedule, this.#t.scheduleSaved);
  }

  #downloadBatch = () => {
    const csv = this.#c!.takeBatch();
    if (!csv) return;
    this.#save(new Blob([csv], { type: 'text/csv' }), `${this.#c!.selected!.id}-invitations.csv`);
    this.#c!.notice = this.#t.downloaded;
  };

  #save(blob: Blob, name: string) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  #stewardView() {
    const c = this.#c!;
    const t = this.#t;
    const pending = c.pending;
    return html`<section class="panel" aria-labelledby="steward-heading">
      <h3 id="steward-heading">${t.stewardHeading}</h3>
      <div class="row">
        <button @click=${() => c.ask({ kind: 'export', format: 'csv' })}>${t.exportCsv}</button>
        <button @click=${() => c.ask({ kind: 'export', format: 'json' })}>${t.exportJson}</button>
      </div>
      <form class="field" @submit=${this.#submitErase}>
        <label>${t.participantCode}<input name="participant" required autocomplete="off" /></label>
        <div><button type="submit">${t.erase}</button></div>
      </form>
      ${
        pending
          ? html`<div
              class="panel"
              role="alertdialog"
              aria-labelledby="confirm-text"
              aria-modal="false"
            >
              <p id="confirm-text">
                ${pending.kind === 'export' ? t.confirmExport : t.confirmErase(pending.participant)}
              </p>
              <div class="row">
                <button class="primary" data-confirm @click=${this.#confirm}>${t.confirm}</button>
                <button @click=${() => c.ask(undefined)}>${t.cancel}</button>
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }

  #submitErase(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const participant = String(data.get('participant') ?? '').trim();
    if (participant) this.#c!.ask({ kind: 'erase', participant });
  }

  #confirm = async () => {
    const file = await this.#c!.confirmPending(this.#t.erased);
    if (file) this.#save(file.blob, file.name);
  };

  override updated(): void {
    // Keyboard users land on the confirmation as soon as it appears.
    const confirm = this.renderRoot.querySelector<HTMLButtonElement>('[data-confirm]');
    if (confirm && !confirm.dataset.focused) {
      confirm.dataset.focused = '1';
      confirm.focus();
    }
  }

  #auditView() {
    const c = this.#c!;
    const t = this.#t;
    if (!c.audit) return html`<p><progress aria-label=${t.loading}></progress> ${t.loading}</p>`;
    if (c.audit.length === 0) return html`<p>${t.auditEmpty}</p>`;
    return html`<h2>${t.auditLog}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">${t.auditWhen}</th>
            <th scope="col">${t.auditWho}</th>
            <th scope="col">${t.auditWhat}</th>
            <th scope="col">${t.auditProgramme}</th>
          </tr>
        </thead>
        <tbody>
          ${c.audit.map(
            (e) =>
              html`<tr>
                <td>${new Date(e.at).toLocaleString(this.locale ?? 'en')}</td>
                <td>
                  ${e.actor}${e.role ? html` <span class="muted">(${e.role})</span>` : nothing}
                </td>
                <td><code>${e.action}</code></td>
                <td>${e.programmeId ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
  }
}
