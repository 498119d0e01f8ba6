import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  parseInvitationList,
  type InvitationListError,
  type InvitationListResult,
} from '@genbridge/schema';
import {
  AdminApi,
  ApiError,
  type Arm,
  type AuditEntry,
  type FieldProblem,
  type InvitationList,
  type Participation,
  type WaveSchedule,
  type ProgrammeSummary,
  type ReleaseSummary,
  type Role,
  type SessionInfo,
} from './api.js';
import { invitationsCsv } from './invitations-csv.js';

export type AdminView = 'programmes' | 'new' | 'programme' | 'audit';

/** A destructive or sensitive step waiting for the person to confirm it. */
export type Pending =
  { kind: 'export'; format: 'csv' | 'json' } | { kind: 'erase'; participant: string };

/**
 * The console's state and every action on it, independent of how it is drawn. Each action shows
 * progress while it runs (`busy`), and ends in a notice, a field-level error list or an error.
 */
export class AdminController implements ReactiveController {
  readonly api: AdminApi;
  session: SessionInfo | undefined;
  view: AdminView = 'programmes';
  programmes: ProgrammeSummary[] | undefined;
  selected: ProgrammeSummary | undefined;
  invitations: InvitationList | undefined;
  releases: ReleaseSummary[] | undefined;
  audit: AuditEntry[] | undefined;
  /** The label of the action in progress. */
  busy: string | undefined;
  error: ApiError | undefined;
  fieldErrors: FieldProblem[] = [];
  refusal: FieldProblem[] | undefined;
  notice: string | undefined;
  /** Why an uploaded list of invitations was refused, row by row (nothing was created). */
  listErrors: InvitationListError[] = [];
  /** A freshly created batch, held only until it is downloaded. */
  batch: { csv: string; count: number } | undefined;
  pending: Pending | undefined;
  viewing: number | undefined;
  /** Live participation of the selected programme, loaded beside it (its own loading/error state). */
  participation:
    | { state: 'loading' }
    | { state: 'ready'; data: Participation }
    | { state: 'error'; error: ApiError }
    | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    base = '',
  ) {
    host.addController(this);
    this.api = new AdminApi(base);
  }

  hostConnected(): void {
    void this.loadSession();
  }

  get role(): Role | undefined {
    return this.session?.identity?.role;
  }
  get canManage(): boolean {
    return this.role === 'manager' || this.role === 'steward';
  }

  private async run<T>(label: string, action: () => Promise<T>): Promise<T | undefined> {
    this.busy = label;
    this.error = undefined;
    this.fieldErrors = [];
    this.refusal = undefined;
    this.notice = undefined;
    this.listErrors = [];
    this.host.requestUpdate();
    try {
      return await action();
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(String(error), 0, 'client_error');
      if (e.code === 'release_refused') this.refusal = e.errors;
      else if (e.errors.length) this.fieldErrors = e.errors;
      this.error = e;
      if (e.status === 401)
        this.session = {
          identity: null,
          login: this.session?.login ?? { oidc: false, demo: false },
        };
      return undefined;
    } finally {
      this.busy = undefined;
      this.host.requestUpdate();
    }
  }

  async loadSession(): Promise<void> {
    await this.run('session', async () => {
      this.session = await this.api.session();
      if (this.session.identity) await this.loadProgrammes();
    });
  }

  async demoLogin(role: Role): Promise<void> {
    await this.run('login', async () => {
      await this.api.demoLogin(role);
      this.session = await this.api.session();
      await this.loadProgrammes();
    });
  }

  async logout(): Promise<void> {
    await this.run('logout', async () => {
      await this.api.logout();
      this.session = await this.api.session();
      this.programmes = undefined;
      this.selected = undefined;
      this.view = 'programmes';
    });
  }

  async loadProgrammes(): Promise<void> {
    this.programmes = (await this.api.programmes()).programmes;
  }

  show(view: AdminView): void {
    this.view = view;
    this.error = undefined;
    this.fieldErrors = [];
    this.notice = undefined;
    if (view === 'audit')
      void this.run('audit', async () => {
        this.audit = (await this.api.audit()).entries;
      });
    if (view === 'programmes') void this.run('programmes', () => this.loadProgrammes());
    this.host.requestUpdate();
  }

  async select(programme: ProgrammeSummary): Promise<void> {
    this.selected = programme;
    this.view = 'programme';
    this.invitations = undefined;
    this.releases = undefined;
    this.viewing = undefined;
    this.batch = undefined;
    this.participation = undefined;
    await this.run('programme', () => this.refreshProgramme());
  }

  private async refreshProgramme(): Promise<void> {
    const id = this.selected!.id;
    await this.loadProgrammes();
    this.selected = this.programmes?.find((p) => p.id === id) ?? this.selected;
    this.releases = (await this.api.releases(id)).releases;
    if (this.canManage) {
      this.invitations = await this.api.invitations(id);
      void this.loadParticipation();
    }
  }

  /** Reloads the live counts without blocking the rest of the console. */
  async loadParticipation(): Promise<void> {
    const id = this.selected?.id;
    if (!id) return;
    this.participation = { state: 'loading' };
    this.host.requestUpdate();
    try {
      const data = await this.api.participation(id);
      if (this.selected?.id === id) this.participation = { state: 'ready', data };
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(String(error), 0, 'client_error');
      if (this.selected?.id === id) this.participation = { state: 'error', error: e };
    }
    this.host.requestUpdate();
  }

  async saveSchedule(schedule: WaveSchedule, savedText: string): Promise<void> {
    const id = this.selected!.id;
    const saved = await this.run('schedule', async () => {
      const changed = await this.api.setSchedule(id, schedule);
      await this.refreshProgramme();
      return changed;
    });
    if (saved) this.notice = savedText;
    this.host.requestUpdate();
  }

  async createProgramme(body: Record<string, unknown>, done: string): Promise<boolean> {
    const created = await this.run('create', () => this.api.createProgramme(body));
    if (!created) return false;
    await this.select(created);
    this.notice = done;
    this.host.requestUpdate();
    return true;
  }

  async setStatus(status: 'open' | 'closed', releasedText: (n: number) => string) {
    const id = this.selected!.id;
    const result = await this.run('status', async () => {
      const changed = await this.api.setStatus(id, status);
      await this.refreshProgramme();
      return changed;
    });
    if (result?.release?.released) this.notice = releasedText(result.release.released.number);
    if (result?.release?.refused)
      this.refusal = result.release.refused.errors ?? [
        { path: '', message: result.release.refused.error },
      ];
    this.host.requestUpdate();
  }

  /**
   * Creates invitations in one arm: `count` alike ones, or one per row of an uploaded list (the
   * CLI's `--pairs` format, read by the same parser). A list with any bad row creates nothing and
   * leaves its problems, by line and column, in `listErrors`.
   */
  async createInvitations(
    source: { count: number } | { list: string | undefined },
    arm: Arm,
    surveyUrl: string,
  ): Promise<void> {
    const id = this.selected!.id;
    let invitations: { arm?: Arm; pairId?: string }[] | undefined;
    if ('list' in source) {
      const read: InvitationListResult =
        source.list === undefined
          ? {
              ok: false,
              errors: [{ line: 0, field: 'file', problem: 'empty', message: 'choose a file' }],
            }
          : parseInvitationList(source.list, { arm });
      if (!read.ok) {
        this.error = undefined;
        this.fieldErrors = [];
        this.notice = undefined;
        this.batch = undefined;
        this.listErrors = read.errors;
        this.host.requestUpdate();
        return;
      }
      invitations = read.invitations;
    }
    await this.run('invitations', async () => {
      const created = await this.api.createInvitations(
        id,
        invitations ? { arm, invitations } : { arm, count: (source as { count: number }).count },
      );
      this.batch = {
        csv: invitationsCsv(surveyUrl, created.invitations),
        count: created.invitations.length,
      };
      this.invitations = await this.api.invitations(id);
    });
  }

  /** Hands the batch file to the browser once and forgets the links. */
  takeBatch(): string | undefined {
    const csv = this.batch?.csv;
    this.batch = undefined;
    this.host.requestUpdate();
    return csv;
  }

  async revokeInvitation(invitation: string): Promise<void> {
    const id = this.selected!.id;
    await this.run('revoke', async () => {
      await this.api.revokeInvitation(id, invitation);
      this.invitations = await this.api.invitations(id);
    });
  }

  async release(releasedText: (n: number) => string): Promise<void> {
    const id = this.selected!.id;
    const made = await this.run('release', async () => {
      const r = await this.api.release(id);
      await this.refreshProgramme();
      return r;
    });
    if (made) this.notice = releasedText(made.number);
    this.host.requestUpdate();
  }

  view_(number: number | undefined): void {
    this.viewing = number;
    this.host.requestUpdate();
  }

  ask(pending: Pending | undefined): void {
    this.pending = pending;
    this.host.requestUpdate();
  }

  /** Runs the confirmed step; resolves to a file to save for exports. */
  async confirmPending(erasedText: (n: number) => string) {
    const pending = this.pending;
    const id = this.selected?.id;
    this.pending = undefined;
    if (!pending || !id) return undefined;
    if (pending.kind === 'export') {
      const blob = await this.run('export', () =>
        this.api.download(`/api/programmes/${encodeURIComponent(id)}/export.${pending.format}`),
      );
      return blob ? { blob, name: `${id}-responses.${pending.format}` } : undefined;
    }
    const result = await this.run('erase', () => this.api.erase(id, pending.participant));
    if (result) this.notice = erasedText(result.deleted);
    this.host.requestUpdate();
    return undefined;
  }
}
