import { ProgrammeReport } from '@genbridge/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why no report could be shown. `issues` name the field and the reason, e.g. `groups.0.n: …`. */
export type LoadError =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'not-json' }
  | { kind: 'invalid'; issues: string[] };

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type Validation = { ok: true; report: ProgrammeReport } | { ok: false; error: LoadError };

const MAX_ISSUES = 5;

/** Checks anything against the report contract; never throws. */
export function validateReport(input: unknown): Validation {
  const result = ProgrammeReport.safeParse(input);
  if (result.success) return { ok: true, report: result.data };
  const issues = result.error.issues.map(
    (i) => `${i.path.length ? i.path.join('.') : '(report)'}: ${i.message}`,
  );
  const shown = issues.slice(0, MAX_ISSUES);
  if (issues.length > MAX_ISSUES) shown.push(`… and ${issues.length - MAX_ISSUES} more`);
  return { ok: false, error: { kind: 'invalid', issues: shown } };
}

/**
 * Loads a report from a URL (with the page's credentials, so the collector's session cookie goes
 * along) or accepts one handed over as a property, and validates both the same way. A newer
 * request aborts an older one, and removing the element aborts what is in flight.
 */
export class ReportLoader implements ReactiveController {
  status: LoadStatus = 'idle';
  report: ProgrammeReport | undefined;
  error: LoadError | undefined;
  #abort: AbortController | undefined;
  #src: string | undefined;
  #interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onSettled: (status: LoadStatus) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.#interrupted && this.#src) void this.load(this.#src);
  }

  hostDisconnected(): void {
    if (this.#abort) {
      this.#abort.abort();
      this.#abort = undefined;
      this.#interrupted = true;
    }
  }

  /** Validates a report object (or anything else) and makes it current. */
  accept(value: unknown): void {
    this.#cancel();
    this.#src = undefined;
    if (value === undefined || value === null) {
      this.#settle('idle', undefined, undefined);
      return;
    }
    const v = validateReport(value);
    if (v.ok) this.#settle('ready', v.report, undefined);
    else this.#settle('error', undefined, v.error);
  }

  async load(src: string): Promise<void> {
    this.#cancel();
    this.#src = src;
    this.#interrupted = false;
    const abort = (this.#abort = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    this.host.requestUpdate();
    let response: Response;
    try {
      response = await fetch(src, {
        credentials: 'include',
        headers: { accept: 'application/json' },
        signal: abort.signal,
      });
    } catch {
      if (!abort.signal.aborted) this.#settle('error', undefined, { kind: 'network' });
      return;
    }
    if (abort.signal.aborted) return;
    if (!response.ok) {
      this.#settle('error', undefined, { kind: 'http', status: response.status });
      return;
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      if (!abort.signal.aborted) this.#settle('error', undefined, { kind: 'not-json' });
      return;
    }
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    const v = validateReport(body);
    if (v.ok) this.#settle('ready', v.report, undefined);
    else this.#settle('error', undefined, v.error);
  }

  #cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#interrupted = false;
  }

  #settle(
    status: LoadStatus,
    report: ProgrammeReport | undefined,
    error: LoadError | undefined,
  ): void {
    this.#abort = undefined;
    this.status = status;
    this.report = report;
    this.error = error;
    this.host.requestUpdate();
    this.onSettled(status);
  }
}
