/** One field-level problem from the collector (`{ path, message }`). */
export interface FieldProblem {
  path: string;
  message: string;
}

/** A refused request: the collector's problem body, or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly errors: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export type Role = 'steward' | 'manager' | 'viewer';

export interface SessionInfo {
  identity: { name: string; role: Role; programmes: '*' | string[]; via: string } | null;
  csrfToken?: string;
  login: { oidc: boolean; demo: boolean };
}

/** When one wave accepts responses (UTC ISO 8601 instants); either end may be open. */
export interface WaveWindow {
  opens?: string;
  closes?: string;
}
export type Wave = 'baseline' | 'exit';
export type WaveSchedule = Partial<Record<Wave, WaveWindow>>;

/** Live counts per wave and cohort; `n` (or `total`) is null where the anonymity rules hide it. */
export interface Participation {
  programmeId: string;
  anonymityThreshold: number;
  waves: {
    wave: Wave;
    total: number | null;
    cohorts: { cohort: string; label: string; n: number | null; suppressed?: string }[];
  }[];
}

export interface ProgrammeSummary {
  id: string;
  name: string;
  status: 'open' | 'closed';
  anonymityThreshold: number;
  accessMode?: 'invitation' | 'open';
  cohorts?: { id: string; label: string }[];
  /**
   * Stewards: stored responses. Managers: the answers live participation counts (one per person
   * and wave, in steps of k); absent while that would give a wave's hidden total. Viewers: absent.
   */
  responses?: number;
  releases?: number;
  schedule?: WaveSchedule;
}

export interface ReleaseSummary {
  number: number;
  createdAt: string;
  reason: string;
}

/** The evaluation arm an invitation assigns: `comparison` = a colleague outside the programme. */
export type Arm = 'programme' | 'comparison';

export interface InvitationList {
  issued: number;
  revoked: number;
  invitations: {
    id: string;
    createdAt: string;
    revokedAt: string | null;
    arm?: Arm;
    pairId?: string;
  }[];
}

/** What the collector creates: `count` alike invitations, or one per listed `{ arm, pairId }`. */
export type InvitationBatch =
  { count: number; arm?: Arm } | { arm?: Arm; invitations: { arm?: Arm; pairId?: string }[] };

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  role: Role | null;
  action: string;
  programmeId: string | null;
}

/**
 * The collector's admin API as the console uses it: same-origin requests with the session cookie,
 * and the session's CSRF token on every change.
 */
export class AdminApi {
  #csrf: string | undefined;

  constructor(readonly base = '') {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.#csrf) headers['x-csrf-token'] = this.#csrf;
    let res: Response;
    try {
      res = await fetch(`${this.base}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    } catch (error) {
      throw new ApiError(String((error as Error).message ?? error), 0, 'network');
    }
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!res.ok) {
      const p = (json ?? {}) as { error?: string; code?: string; errors?: FieldProblem[] };
      throw new ApiError(p.error ?? res.statusText, res.status, p.code ?? 'error', p.errors ?? []);
    }
    return json as T;
  }

  /** Text answers (exports). */
  async download(path: string): Promise<Blob> {
    const res = await fetch(`${this.base}${path}`, { credentials: 'same-origin' });
    if (!res.ok) {
      const p = (await res.json().catch(() => ({}))) as { error?: string; code?: string };
      throw new ApiError(p.error ?? res.statusText, res.status, p.code ?? 'error');
    }
    return res.blob();
  }

  async session(): Promise<SessionInfo> {
    const info = await this.request<SessionInfo>('GET', '/api/session');
    this.#csrf = info.csrfToken;
    return info;
  }
  demoLogin(role: Role) {
    return this.request<unknown>('POST', '/auth/demo-login', { role });
  }
  async logout() {
    await this.request<unknown>('DELETE', '/api/session');
    this.#csrf = undefined;
  }
  programmes() {
    return this.request<{ programmes: ProgrammeSummary[] }>('GET', '/api/programmes');
  }
  createProgramme(body: Record<string, unknown>) {
    return this.request<ProgrammeSummary>('POST', '/api/programmes', body);
  }
  setStatus(id: string, status: 'open' | 'closed') {
    return this.request<
      ProgrammeSummary & {
        release?: {
          released?: ReleaseSummary;
          refused?: { error: string; errors?: FieldProblem[] };
        };
      }
    >('PATCH', `/api/programmes/${encodeURIComponent(id)}`, { status });
  }
  setSchedule(id: string, schedule: WaveSchedule) {
    return this.request<ProgrammeSummary>('PATCH', `/api/programmes/${encodeURIComponent(id)}`, {
      schedule,
    });
  }
  participation(id: string) {
    return this.request<Participation>(
      'GET',
      `/api/programmes/${encodeURIComponent(id)}/participation`,
    );
  }
  invitations(id: string) {
    return this.request<InvitationList>(
      'GET',
      `/api/programmes/${encodeURIComponent(id)}/invitations`,
    );
  }
  createInvitations(id: string, batch: InvitationBatch) {
    return this.request<{
      invitations: { id: string; token: string; arm?: Arm; pairId?: string }[];
    }>('POST', `/api/programmes/${encodeURIComponent(id)}/invitations`, batch);
  }
  revokeInvitation(id: string, invitation: string) {
    return this.request<unknown>(
      'POST',
      `/api/programmes/${encodeURIComponent(id)}/invitations/${encodeURIComponent(invitation)}/revoke`,
    );
  }
  releases(id: string) {
    return this.request<{ releases: ReleaseSummary[] }>(
      'GET',
      `/api/programmes/${encodeURIComponent(id)}/releases`,
    );
  }
  release(id: string) {
    return this.request<ReleaseSummary>(
      'POST',
      `/api/programmes/${encodeURIComponent(id)}/releases`,
    );
  }
  erase(id: string, participant: string) {
    return this.request<{ deleted: number }>(
      'DELETE',
      `/api/programmes/${encodeURIComponent(id)}/participants/${encodeURIComponent(participant)}`,
    );
  }
  audit() {
    return this.request<{ entries: AuditEntry[] }>('GET', '/api/audit?limit=200');
  }
}
