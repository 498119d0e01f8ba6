import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { SurveyModel } from 'survey-core';
import {
  defaultInstrument,
  formatFieldError,
  fromSurveyData,
  ParticipantCode,
  toSurveyJson,
  ValidationError,
  type Instrument,
  type SurveyJson,
  type SurveyResponse,
  type Wave,
} from '@genbridge/schema';
import { VERSION } from '../internal/version.js';
import { clearDraft, draftKey, loadDraft, saveDraft, type Draft } from './draft-store.js';
import {
  completeEvent,
  submitErrorEvent,
  submittedEvent,
  type GenbridgeSubmitErrorDetail,
} from './events.js';
import { resolveLocale, surveyJsonLocales } from './locale.js';
import { SurveyModelController } from './model-controller.js';
import { outbox, type OutboxEntry } from './outbox.js';
import { OutboxController } from './outbox-controller.js';
import {
  checkCodeFacts,
  selfGeneratedCode,
  type CodeFactErrors,
  type CodeFacts,
} from './participant-code.js';
import { isRtl, uiStrings } from './strings.js';
import { loadSurveyCoreLocale } from './survey-core-i18n.js';
import { sameOriginChoices } from './choices-by-url.js';
import { useMarkdown, type MarkdownConverter } from './rich/markdown.js';
import { DEFAULT_MAX_FILE_SIZE } from './templates/context.js';
import { surveyStyles } from './styles.js';
import { codeStepTemplate } from './templates/code-step.js';
import { completionTemplate, type DeliveryStatus } from './templates/completion.js';
import { pageTemplate } from './templates/page.js';
import { uuidV4 } from './uuid.js';

type Phase = 'loading' | 'config-error' | 'code' | 'survey' | 'done';
type FocusTarget = 'first-error' | 'page' | 'completion' | 'code';

const EMPTY_FACTS: CodeFacts = {
  parentLetters: '',
  birthDay: '',
  placeLetters: '',
  olderSiblings: '',
};

/**
 * A Genbridge baseline or exit survey: survey-core runs the survey logic, Lit renders it in shadow
 * DOM, answers are kept on the device until the server acknowledges them.
 *
 * @summary Renders a Genbridge survey and delivers the response reliably.
 * @tag genbridge-survey
 *
 * @attr {"baseline" | "exit"} wave - Which survey to show. Default `baseline`.
 * @attr {string} programme - Programme id (slug, e.g. `rm-2026`). Required.
 * @attr {string} cohort - Optional cohort slug stored with the response.
 * @attr {string} participant - Pseudonymous participant code (e.g. `K7Q2-PX`). Without it the survey first asks the self-generated-code questions.
 * @attr {string} endpoint - URL the response is POSTed to as JSON. Without it only the events fire.
 * @attr {string} locale - Language of survey text and interface (`en`, `de`, `fr`, `ar`, `he`, or a tag such as `de-CH`). Can change at run time; `ar`/`he` lay the survey out right to left.
 * @attr {number} max-file-size - Largest file (bytes) a `file` question keeps in the answer as a data URL. Default 1 MB; keep it under the collector's body limit.
 *
 * @fires {CustomEvent<GenbridgeCompleteDetail>} genbridge-complete - The person finished; `detail.response` is the schema-valid response.
 * @fires {CustomEvent<GenbridgeSubmittedDetail>} genbridge-submitted - The server acknowledged a response (`detail.responseId`, `detail.status`).
 * @fires {CustomEvent<GenbridgeSubmitErrorDetail>} genbridge-submit-error - A delivery attempt failed (`detail.reason`, `detail.willRetry`, `detail.message`).
 *
 * @csspart survey-title - The survey's title.
 * @csspart progress - Progress text and bar container.
 * @csspart progress-bar - The native progress bar.
 * @csspart page - The current page (a form).
 * @csspart page-title - The page heading.
 * @csspart page-description - The page's introduction.
 * @csspart hint - "Questions marked * need an answer."
 * @csspart question - Each question block.
 * @csspart question-title - A question's label or legend.
 * @csspart question-description - A question's help text.
 * @csspart required - The required marker (*).
 * @csspart scale - The row of options of a rating (Likert) question.
 * @csspart scale-extremes - Min/max descriptions of a numeric scale.
 * @csspart choices - The options of a radiogroup or yes/no question.
 * @csspart option - One option (label + radio).
 * @csspart matrix - A matrix question (also has part `question`).
 * @csspart matrix-head - The matrix column header row.
 * @csspart matrix-row - One matrix row (a radiogroup).
 * @csspart select - A dropdown.
 * @csspart input - A single-line text field.
 * @csspart textarea - A multi-line text field.
 * @csspart error - A validation or delivery error message.
 * @csspart note - An informational (html) block rendered as text.
 * @csspart navigation - The button bar.
 * @csspart button - Every button; also `button-next`, `button-back`, `button-complete`, `button-review`, `button-retry`.
 * @csspart code-step - The self-generated participant code form.
 * @csspart code - The generated code.
 * @csspart completion - The completion screen.
 * @csspart completion-title - Its heading.
 * @csspart status - Loading/delivery status message.
 *
 * @cssprop [--genbridge-font-family=system-ui, …] - Font stack (no web fonts are loaded).
 * @cssprop [--genbridge-font-size=1rem] - Base font size.
 * @cssprop [--genbridge-text-color=#1f2328] - Text colour (dark mode: #e6edf3).
 * @cssprop [--genbridge-muted-color=#57606a] - Descriptions and hints (dark: #9da7b3).
 * @cssprop [--genbridge-background=#ffffff] - Background (dark: #0d1117).
 * @cssprop [--genbridge-surface=#f6f8fa] - Option tiles and row separators (dark: #161b22).
 * @cssprop [--genbridge-border-color=#6e7781] - Field borders (dark: #8b949e).
 * @cssprop [--genbridge-accent-color=#0b5cad] - Buttons, selected options, progress (dark: #58a6ff).
 * @cssprop [--genbridge-accent-text-color=#ffffff] - Text on the accent colour (dark: #0d1117).
 * @cssprop [--genbridge-error-color=#b3261e] - Errors and required markers (dark: #ff7b72).
 * @cssprop [--genbridge-focus-color=#0b5cad] - Keyboard focus ring (dark: #58a6ff).
 * @cssprop [--genbridge-radius=6px] - Corner radius.
 * @cssprop [--genbridge-spacing=1rem] - Base spacing.
 * @cssprop [--genbridge-max-width=48rem] - Maximum width of the element.
 */
export class GenbridgeSurvey extends LitElement {
  /** Reported when two copies meet on one page (see `defineElement`). */
  static readonly version = VERSION;
  static override styles = surveyStyles;
  static override properties = {
    wave: { reflect: true },
    programme: {},
    cohort: {},
    participant: {},
    endpoint: {},
    locale: { reflect: true },
    maxFileSize: { type: Number, attribute: 'max-file-size' },
    markdown: { attribute: false },
    instrument: { attribute: false },
    surveyJson: { attribute: false },
    phase: { state: true, attribute: false },
    status: { state: true, attribute: false },
    configError: { state: true, attribute: false },
    codeFacts: { state: true, attribute: false },
    codeErrors: { state: true, attribute: false },
    proposedCode: { state: true, attribute: false },
  };

  /** `baseline` or `exit`. */
  declare wave: Wave;
  /** Programme id (slug). */
  declare programme: string | undefined;
  declare cohort: string | undefined;
  /** Pseudonymous participant code; absent → self-generated code step. */
  declare participant: string | undefined;
  /** Where responses are POSTed; absent → events only. */
  declare endpoint: string | undefined;
  declare locale: string | undefined;
  /** Largest file (bytes) a `file` question accepts; files are kept in the answer as data URLs. */
  declare maxFileSize: number;
  /**
   * Markdown converter for survey text (SurveyJS's `onTextMarkdown` convention), e.g.
   * `(md) => markdownit().renderInline(md)`. Its output is sanitised before it is shown.
   */
  declare markdown: MarkdownConverter | undefined;
  /** A custom instrument (parsed); default: `defaultInstrument` from `@genbridge/schema`. */
  declare instrument: Instrument | undefined;
  /**
   * SurveyJS JSON to render instead of `toSurveyJson(instrument, { wave })`. Its question names must
   * still be the instrument's item ids (and the bridge's names) so `fromSurveyData` can read them.
   */
  declare surveyJson: SurveyJson | Record<string, unknown> | undefined;

  declare private phase: Phase;
  declare private status: DeliveryStatus;
  declare private configError: string;
  declare private codeFacts: CodeFacts;
  declare private codeErrors: CodeFactErrors;
  declare private proposedCode: string | undefined;

  private readonly survey = new SurveyModelController(this);
  private readonly delivery = new OutboxController(this, {
    acknowledged: (entry, status) => this.onAcknowledged(entry, status),
    failed: (entry, detail) => this.onDeliveryFailed(entry, detail),
  });
  private draft: Draft | undefined;
  private storageKey = '';
  private activeInstrument: Instrument = defaultInstrument;
  private buildNo = 0;
  private focusNext: FocusTarget | undefined;
  private ready: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.wave = 'baseline';
    this.maxFileSize = DEFAULT_MAX_FILE_SIZE;
    this.phase = 'loading';
    this.status = { state: 'sending' };
    this.configError = '';
    this.codeFacts = { ...EMPTY_FACTS };
    this.codeErrors = {};
    this.proposedCode = undefined;
  }

  /** The survey-core model in use (undefined while loading). For advanced integrations and tests. */
  get model(): SurveyModel | undefined {
    return this.survey.model;
  }

  /** Resolves when the survey for the current attributes is built and rendered. */
  get surveyReady(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      await this.ready;
      await this.updateComplete;
    })();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.delivery.endpoint = this.endpoint
      ? new URL(this.endpoint, document.baseURI).href
      : undefined;
    const rebuild = ['wave', 'programme', 'participant', 'instrument', 'surveyJson'].some((k) =>
      changed.has(k as keyof GenbridgeSurvey),
    );
    if (rebuild) this.ready = this.build();
    else if (changed.has('locale') && this.survey.model) {
      const model = this.survey.model;
      const locale = this.surveyLocale();
      model.locale = locale;
      // survey-core's own strings (validation messages, …) arrive with their module.
      void loadSurveyCoreLocale(locale).then(() => this.requestUpdate());
    }
    if (changed.has('endpoint') && this.delivery.endpoint) void this.delivery.flush(true);
  }

  private surveyLocale(): string {
    const i = this.activeInstrument;
    return this.surveyJson && !this.instrument
      ? resolveLocale(
          this.locale,
          surveyJsonLocales(this.surveyJson),
          (this.surveyJson as { locale?: string }).locale || 'en',
        )
      : resolveLocale(this.locale, i.locales, i.defaultLocale);
  }

  private async build(): Promise<void> {
    const no = ++this.buildNo;
    this.phase = 'loading';
    this.survey.model = undefined;
    const problem = this.checkAttributes();
    if (problem) {
      this.configError = problem;
      this.phase = 'config-error';
      console.error(`<genbridge-survey>: ${problem}`);
      return;
    }
    const { Model } = await import('./survey-core-loader.js');
    if (no !== this.buildNo) return;
    this.activeInstrument = this.instrument ?? defaultInstrument;
    const json = this.surveyJson ?? toSurveyJson(this.activeInstrument, { wave: this.wave });
    await loadSurveyCoreLocale(this.surveyLocale());
    if (no !== this.buildNo) return;
    const model = new Model(json);
    useMarkdown(model, (md) => this.markdown?.(md) ?? md);
    (model as unknown as { webProvider: unknown }).webProvider = sameOriginChoices;
    model.locale = this.surveyLocale();

    this.storageKey = draftKey(this.programme!, this.wave, this.participant);
    const saved = loadDraft(this.storageKey);
    this.draft = saved ?? {
      v: 1,
      responseId: uuidV4(),
      startedAt: new Date().toISOString(),
      participant: this.participant ?? '',
      data: {},
      pageNo: 0,
    };
    if (saved) {
      model.data = saved.data;
      model.currentPageNo = Math.min(saved.pageNo, model.visiblePages.length - 1);
    }
    model.onValueChanged.add(() => this.persist());
    model.onCurrentPageChanged.add(() => {
      this.persist();
      this.focusNext = 'page';
    });
    model.onComplete.add(() => void this.finish(model));
    this.survey.model = model;

    const awaitingAck = saved?.completedAt && outbox.get(saved.responseId);
    if (awaitingAck) {
      model.doComplete(false);
      this.status = { state: 'queued', retryAt: awaitingAck.nextAttemptAt };
      this.phase = 'done';
    } else {
      if (saved?.completedAt) this.persist({ completedAt: undefined });
      this.phase = this.participantCode() ? 'survey' : 'code';
    }
  }

  private checkAttributes(): string | undefined {
    if (!this.programme)
      return 'the "programme" attribute is required (a programme id such as "rm-2026").';
    if (this.wave !== 'baseline' && this.wave !== 'exit')
      return `wave must be "baseline" or "exit" (got "${String(this.wave)}").`;
    if (this.participant && !ParticipantCode.safeParse(this.participant).success) {
      return `participant "${this.participant}" must be 4 to 16 characters of A-Z, 0-9 and "-".`;
    }
    return undefined;
  }

  private participantCode(): string | undefined {
    return this.participant || this.draft?.participant || undefined;
  }

  private persist(patch: Partial<Draft> = {}): void {
    const model = this.survey.model;
    if (!this.draft || !model) return;
    this.draft = {
      ...this.draft,
      data: model.data as Record<string, unknown>,
      pageNo: model.currentPageNo,
      ...patch,
    };
    if (patch.completedAt === undefined && 'completedAt' in patch) delete this.draft.completedAt;
    saveDraft(this.storageKey, this.draft);
  }

  private async finish(model: SurveyModel): Promise<void> {
    const draft = this.draft!;
    this.phase = 'done';
    this.focusNext = 'completion';
    let response: SurveyResponse;
    try {
      response = fromSurveyData(model.data as Record<string, unknown>, {
        responseId: draft.responseId,
        programmeId: this.programme!,
        ...(this.cohort ? { cohort: this.cohort } : {}),
        participant: this.participantCode()!,
        wave: this.wave,
        locale: this.surveyLocale(),
        startedAt: draft.startedAt,
        submittedAt: new Date().toISOString(),
        instrument: this.activeInstrument,
      });
    } catch (err) {
      const message =
        err instanceof ValidationError ? err.errors.map(formatFieldError).join('; ') : String(err);
      this.status = { state: 'invalid', message };
      this.dispatchEvent(
        submitErrorEvent({
          responseId: draft.responseId,
          reason: 'invalid',
          message,
          willRetry: false,
        }),
      );
      return;
    }
    this.dispatchEvent(completeEvent({ response }));
    if (!this.delivery.endpoint) {
      // The host page stores the response; nothing of it stays on the device.
      clearDraft(this.storageKey);
      this.status = { state: 'local' };
      return;
    }
    this.persist({ completedAt: response.submittedAt });
    this.status = { state: 'sending' };
    await this.delivery.enqueue({
      endpoint: this.delivery.endpoint,
      response,
      attempts: 0,
      nextAttemptAt: Date.now(),
      draftKey: this.storageKey,
    });
  }

  private onAcknowledged(entry: OutboxEntry, status: number): void {
    if (entry.response.responseId === this.draft?.responseId) {
      this.status = { state: 'submitted' };
      this.draft = undefined;
    }
    this.dispatchEvent(submittedEvent({ responseId: entry.response.responseId, status }));
  }

  private onDeliveryFailed(entry: OutboxEntry, detail: GenbridgeSubmitErrorDetail): void {
    if (entry.response.responseId === this.draft?.responseId && this.phase === 'done') {
      this.status = detail.willRetry
        ? { state: 'queued', ...(detail.retryAt ? { retryAt: detail.retryAt } : {}) }
        : { state: 'rejected', message: detail.message };
    }
    this.dispatchEvent(submitErrorEvent(detail));
  }

  /** After a refusal: back into the survey with every answer kept. */
  private review(): void {
    const model = this.survey.model;
    if (!model) return;
    model.clear(false, true);
    this.persist({ completedAt: undefined });
    this.phase = 'survey';
    this.focusNext = 'page';
  }

  private next(): void {
    const model = this.survey.model!;
    if (!model.performNext()) this.focusOnFirstError();
  }

  /** Focus must move even when the errors shown did not change (a second failed attempt). */
  private focusOnFirstError(): void {
    this.focusNext = 'first-error';
    this.requestUpdate();
  }

  private complete(): void {
    const model = this.survey.model!;
    if (!model.tryComplete()) this.focusOnFirstError();
  }

  private submitCode(): void {
    this.codeErrors = checkCodeFacts(this.codeFacts);
    const code = selfGeneratedCode(this.codeFacts);
    if (!code) {
      this.focusOnFirstError();
      return;
    }
    this.proposedCode = code;
    this.focusNext = 'code';
  }

  private acceptCode(): void {
    if (!this.proposedCode || !this.draft) return;
    this.draft = { ...this.draft, participant: this.proposedCode };
    saveDraft(this.storageKey, this.draft);
    this.codeFacts = { ...EMPTY_FACTS };
    this.proposedCode = undefined;
    this.phase = 'survey';
    this.focusNext = 'page';
  }

  override render(): TemplateResult {
    const strings = uiStrings(
      this.phase === 'loading' || this.phase === 'config-error' ? this.locale : this.surveyLocale(),
    );
    const model = this.survey.model;
    let body: TemplateResult | typeof nothing = nothing;
    switch (this.phase) {
      case 'loading':
        body = html`<p part="status" role="status">${strings.loading}</p>`;
        break;
      case 'config-error':
        body = html`<p part="status error" role="alert">${this.configError}</p>`;
        break;
      case 'code':
        body = codeStepTemplate(this.codeFacts, this.codeErrors, this.proposedCode, strings, {
          input: (field, value) => {
            this.codeFacts = { ...this.codeFacts, [field]: value };
            if (this.codeErrors[field])
              this.codeErrors = { ...this.codeErrors, [field]: undefined };
          },
          submit: () => this.submitCode(),
          accept: () => this.acceptCode(),
        });
        break;
      case 'survey':
        body = model
          ? pageTemplate(
              model,
              { strings, maxFileSize: this.maxFileSize },
              {
                next: () => this.next(),
                back: () => model.performPrevious(),
                complete: () => this.complete(),
              },
            )
          : nothing;
        break;
      case 'done':
        body = completionTemplate(model?.processedCompletedHtml ?? '', this.status, strings, {
          review: () => this.review(),
          retry: () => void this.delivery.flush(true),
        });
        break;
    }
    const lang = model && this.phase !== 'loading' ? this.surveyLocale() : this.locale;
    return html`<div
      class="root"
      part="root"
      lang=${lang ?? nothing}
      dir=${isRtl(lang) ? 'rtl' : nothing}
    >
      ${body}
    </div>`;
  }

  override updated(): void {
    const target = this.focusNext;
    if (!target) return;
    this.focusNext = undefined;
    const root = this.renderRoot;
    let el: HTMLElement | null = null;
    if (target === 'first-error') {
      el =
        root.querySelector<HTMLElement>(
          '[aria-invalid="true"] input, input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"]',
        ) ?? null;
      // In a radiogroup focus the checked radio if any (that is where arrow keys start).
      const group = el?.closest('[role="radiogroup"]');
      el = group?.querySelector<HTMLElement>('input:checked') ?? el;
    } else if (target === 'page') {
      el = root.querySelector<HTMLElement>('#page-title');
    } else if (target === 'completion') {
      el = root.querySelector<HTMLElement>('#completion-title');
    } else {
      el = root.querySelector<HTMLElement>('#code-title');
    }
    el?.focus();
    if (target !== 'first-error') el?.scrollIntoView?.({ block: 'nearest' });
  }
}
