import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Question, SurveyModel } from 'survey-core';
import {
  defaultInstrumentSource,
  PARTICIPANT_CODE_PATTERN,
  SURVEY_QUESTION,
  type FieldError,
  type Instrument,
  type SurveyJson,
  type SurveyResponse,
  type Wave,
} from '@genbridge/schema';
import { VERSION } from '../internal/version.js';
import { invitationStatus } from './delivery.js';
import {
  clearCompletion,
  draftKey,
  loadCompletion,
  loadDraft,
  saveDraft,
  clearDraft,
  type Draft,
  type DraftOwner,
} from './draft-store.js';
import {
  completeEvent,
  submitErrorEvent,
  submittedEvent,
  type GenbridgeSubmitErrorDetail,
} from './events.js';
import { rememberToken, sealToken, takeInviteFromUrl } from './invitation.js';
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
import { formatDay, stateStrings } from './state-strings.js';
import { surveyStateTemplate, type SurveyState } from './state-view.js';
import { isRtl, loadingText, uiStrings } from './strings.js';
import { loadLanguage } from './load-language.js';
import { loadSurveyCoreLocale } from './survey-core-i18n.js';
import { sameOriginChoices } from './choices-by-url.js';
import { useMarkdown, type MarkdownConverter } from './rich/markdown.js';
import { loadSanitizer } from './rich/rich-html.js';
import { DEFAULT_MAX_FILE_SIZE } from './templates/context.js';
import { surveyStyles } from './styles.js';
import { isGenbridgeSurvey, surveyIdentity } from './survey-identity.js';
import { codeStepTemplate } from './templates/code-step.js';
import { completionTemplate, type DeliveryStatus } from './templates/completion.js';
import { pageTemplate } from './templates/page.js';
import {
  loadTemplates,
  typesInSurvey,
  typesOnFirstPage,
  typesOnPage,
} from './templates/lazy-types.js';
import { plainTextToHtml } from './plain-text.js';
import { uuidV4 } from './uuid.js';

type Phase = 'loading' | 'config-error' | 'code' | 'survey' | 'done' | 'state';
type FocusTarget = 'first-error' | 'page' | 'completion' | 'code';
type Status = DeliveryStatus | { state: 'help'; view: SurveyState };

const EMPTY_FACTS: CodeFacts = {
  parentLetters: '',
  birthDay: '',
  placeLetters: '',
  olderSiblings: '',
};

/** The participant code stands in for validation; with an invitation the collector fills it in. */
const INVITED = 'INVITED';

/**
 * Whether text shown with the current page may be markup (the survey's description, the page's
 * own and its elements'): text without `<` or `&` is shown as text and needs no sanitiser.
 */
const pageMayHaveMarkup = (model: SurveyModel): boolean =>
  /[<&]/.test(JSON.stringify([model.description, model.currentPage?.toJSON()]));

let responseBuilder: Promise<typeof import('./response-from-survey.js')> | undefined;
const loadResponseBuilder = () => (responseBuilder ??= import('./response-from-survey.js'));

const whenIdle = (fn: () => void): void => {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 200);
};
const afterNextFrame = (fn: () => void): void => {
  if ('requestAnimationFrame' in globalThis) requestAnimationFrame(() => whenIdle(fn));
  else whenIdle(fn);
};

/** Where each response field's problem is shown: the question it came from. */
function questionNameFor(error: FieldError): string | undefined {
  const [head, key] = error.path.split('.', 2);
  if (head === 'answers' || head === 'extra') return key?.replace(/-Comment$/, '');
  if (head === 'retrospective') return SURVEY_QUESTION.retrospective;
  if (head === 'feedback' && key) return (SURVEY_QUESTION as Record<string, string>)[key];
  if (head === 'consent' || head === 'role' || head === 'generation') return head;
  return undefined;
}

/**
 * A Genbridge baseline or exit survey, or any SurveyJS survey: survey-core runs the survey logic,
 * Lit renders it in shadow DOM, answers are kept on the device until the server acknowledges them.
 *
 * With a `surveyJson` that is not a Genbridge survey (it lacks the instrument's items) the element
 * runs in plain mode: it completes with the survey's data, and with `endpoint` posts
 * `{ responseId, survey, wave, locale, startedAt, submittedAt, data }` with the same idempotent,
 * offline-safe delivery.
 *
 * @summary Renders a Genbridge survey and delivers the response reliably.
 * @tag genbridge-survey
 *
 * @attr {"baseline" | "exit"} wave - Which survey to show. Default `baseline`.
 * @attr {string} programme - Programme id (slug, e.g. `rm-2026`). Required for Genbridge surveys.
 * @attr {string} cohort - Optional cohort slug stored with the response.
 * @attr {string} participant - Pseudonymous participant code (e.g. `K7Q2-PX`). Without it the survey first asks the self-generated-code questions.
 * @attr {string} invitation - Invitation token (write-only; the attribute is removed once read). Also read from a `?invite=` link parameter, which is removed from the address bar. Skips the code step; sent as `Authorization: Invitation <token>`, never shown.
 * @attr {boolean} allow-resubmit - After "already completed on …", offer to answer again (the programme replaces the earlier answers).
 * @attr {string} endpoint - URL the response is POSTed to as JSON. Without it only the events fire.
 * @attr {string} locale - Language of survey text and interface (`en`, `de`, `fr`, `ar`, `he`, or a tag such as `de-CH`). Can change at run time; `ar`/`he` lay the survey out right to left.
 * @attr {number} max-file-size - Largest file (bytes) a `file` question keeps in the answer as a data URL. Default 1 MB; keep it under the collector's body limit.
 *
 * @fires {CustomEvent<GenbridgeCompleteDetail>} genbridge-complete - The person finished; `detail.wave`, `detail.data`, and for Genbridge surveys `detail.response`.
 * @fires {CustomEvent<GenbridgeSubmittedDetail>} genbridge-submitted - The server acknowledged a response (`detail.responseId`, `detail.wave`, `detail.status`).
 * @fires {CustomEvent<GenbridgeSubmitErrorDetail>} genbridge-submit-error - A delivery attempt failed (`detail.reason`, `detail.willRetry`, `detail.contactTeam`, `detail.message` for developers).
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
    invitation: { noAccessor: true },
    allowResubmit: { type: Boolean, attribute: 'allow-resubmit' },
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
  /** Pseudonymous participant code; absent → self-generated code step (unless invited). */
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
  /** Offer "Change my answers" after "already completed on …". */
  declare allowResubmit: boolean;
  /** A custom instrument (parsed); default: `defaultInstrument` from `@genbridge/schema`. */
  declare instrument: Instrument | undefined;
  /**
   * SurveyJS JSON to render instead of `toSurveyJson(instrument, { wave })`. When its questions
   * include every item of the instrument, answers become a `SurveyResponse`; any other survey runs
   * in plain mode (see the class description).
   */
  declare surveyJson: SurveyJson | Record<string, unknown> | undefined;

  declare private phase: Phase;
  declare private status: Status;
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
  private mode: 'genbridge' | 'plain' = 'genbridge';
  private identity = '';
  private invitationToken: string | undefined;
  private invitationHash: string | undefined;
  private buildNo = 0;
  private focusNext: FocusTarget | undefined;
  private ready: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.wave = 'baseline';
    this.maxFileSize = DEFAULT_MAX_FILE_SIZE;
    this.allowResubmit = false;
    this.phase = 'loading';
    this.status = { state: 'sending' };
    this.configError = '';
    this.codeFacts = { ...EMPTY_FACTS };
    this.codeErrors = {};
    this.proposedCode = undefined;
  }

  /**
   * The invitation token. Write-only: reading gives `undefined`, and the attribute is removed as
   * soon as it is read, so the token is neither shown nor left in the DOM.
   */
  set invitation(token: string | null | undefined) {
    // Removing the attribute below calls this again with null: that must not forget the token.
    if (!token) return;
    const old = this.invitationToken;
    this.invitationToken = token;
    if (this.hasAttribute('invitation')) this.removeAttribute('invitation');
    if (old !== token) this.requestUpdate('invitation', old);
  }

  get invitation(): undefined {
    return undefined;
  }

  /** The survey-core model in use (undefined while loading). For advanced integrations and tests. */
  get model(): SurveyModel | undefined {
    return this.survey.model;
  }

  /** Resolves when the survey for the current attributes (locale included) is built and rendered. */
  get surveyReady(): Promise<void> {
    return (async () => {
      await this.updateComplete;
      await this.ready;
      await this.updateComplete;
    })();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const fromLink = takeInviteFromUrl();
    if (fromLink) this.invitation = fromLink;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.delivery.endpoint = this.endpoint
      ? new URL(this.endpoint, document.baseURI).href
      : undefined;
    const rebuild = [
      'wave',
      'programme',
      'participant',
      'instrument',
      'surveyJson',
      'invitation',
    ].some((k) => changed.has(k as keyof GenbridgeSurvey));
    if (rebuild) this.ready = this.build();
    else if (changed.has('locale') && this.survey.model) {
      const model = this.survey.model;
      const locale = this.surveyLocale();
      // survey-core's strings (validation messages, …) and ours arrive with their chunks; the
      // model switches once they are there, so no text is cached in the old language.
      this.ready = this.loadLanguages(locale).then(() => {
        if (this.survey.model !== model) return;
        model.locale = this.surveyLocale();
        this.requestUpdate();
      });
    }
    if (changed.has('endpoint') && this.delivery.endpoint) void this.delivery.flush(true);
  }

  /** The instrument in use; the default one as written (a schema test keeps it equal to its parse). */
  private get activeInstrument(): Instrument {
    return this.instrument ?? defaultInstrumentSource;
  }

  private surveyLocale(): string {
    const i = this.activeInstrument;
    return this.surveyJson && (this.mode === 'plain' || !this.instrument)
      ? resolveLocale(
          this.locale,
          surveyJsonLocales(this.surveyJson),
          (this.surveyJson as { locale?: string }).locale || 'en',
        )
      : resolveLocale(this.locale, i.locales, i.defaultLocale);
  }

  private loadLanguages(locale: string): Promise<unknown> {
    return Promise.all([loadSurveyCoreLocale(locale), loadLanguage(locale)]);
  }

  private owner(): DraftOwner {
    if (this.invitationHash) return { invitationHash: this.invitationHash };
    return this.participant ? { participant: this.participant } : { self: true };
  }

  private async build(): Promise<void> {
    const no = ++this.buildNo;
    this.phase = 'loading';
    this.survey.model = undefined;
    const early = this.checkAttributes();
    if (early) return this.fail(early);
    // The first page's templates download alongside survey-core (its model confirms the page below).
    if (this.surveyJson) void loadTemplates(typesOnFirstPage(this.surveyJson));
    const [{ Model }, hash, built] = await Promise.all([
      import('./survey-core-loader.js'),
      this.invitationToken ? rememberToken(this.invitationToken) : Promise.resolve(undefined),
      this.surveyJson ? undefined : this.instrumentSurveyJson(),
      // Alongside survey-core: the language is almost always this one (the mode can change it).
      this.loadLanguages(this.surveyLocale()),
    ]);
    if (no !== this.buildNo) return;
    this.invitationHash = hash;
    const json = this.surveyJson ?? built!;
    const model = new Model(json);
    this.mode =
      this.surveyJson && !isGenbridgeSurvey(model, this.activeInstrument) ? 'plain' : 'genbridge';
    if (this.mode === 'genbridge' && !this.programme) {
      return this.fail('the "programme" attribute is required (a programme id such as "rm-2026").');
    }
    useMarkdown(model, (md) => this.markdown?.(md) ?? md);
    (model as unknown as { webProvider: unknown }).webProvider = sameOriginChoices;
    model.locale = this.surveyLocale();
    this.identity = surveyIdentity(this.activeInstrument, this.surveyJson);

    this.storageKey = draftKey(this.programme ?? '~', this.wave, this.identity, this.owner());
    const saved = loadDraft(this.storageKey);
    if (saved) {
      model.data = saved.data;
      model.currentPageNo = Math.min(saved.pageNo, model.visiblePages.length - 1);
    }
    // The page shown first waits for what it needs: its templates of rarely used types and, if its
    // text has markup, the sanitiser. The rest arrives once idle, so later pages and the
    // completion screen's HTML are ready even if the network is gone by then.
    const [done] = await Promise.all([
      this.completedBefore(saved),
      // The mode decides which locales the survey offers: the language may differ from the guess.
      this.loadLanguages(model.locale),
      loadTemplates(typesOnPage(model)),
      this.markdown !== undefined || pageMayHaveMarkup(model) ? loadSanitizer() : undefined,
    ]);
    if (no !== this.buildNo) return;
    this.draft = saved ?? this.newDraft();
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
    } else if (done) {
      this.status = {
        state: 'help',
        view: {
          kind: 'completed-before',
          date: formatDay(done, this.surveyLocale()),
          canAnswerAgain: this.allowResubmit,
        },
      };
      this.phase = 'state';
    } else {
      if (saved?.completedAt) this.persist({ completedAt: undefined });
      this.phase = this.needsCode() ? 'code' : 'survey';
    }
    // Once the first page is rendered and painted (the next frame), not competing with it.
    void this.updateComplete.then(() =>
      afterNextFrame(() => {
        void loadSanitizer();
        void loadTemplates(typesInSurvey(json));
        if (this.mode === 'genbridge') void loadResponseBuilder();
      }),
    );
  }

  /**
   * The survey built from the instrument. The bridge is a chunk; the default instrument is used as
   * written (a schema test keeps it equal to its parsed form), so no zod loads before the survey.
   */
  private async instrumentSurveyJson(): Promise<SurveyJson> {
    const endpoint = this.delivery.endpoint;
    const [{ toSurveyJson }, privacy] = await Promise.all([
      import('./survey-json-loader.js'),
      // What the survey promises about open answers follows the programme (issue 14, finding 4).
      this.wave === 'exit' && endpoint
        ? import('./survey-settings.js').then((m) => m.surveyPrivacy(endpoint))
        : undefined,
    ]);
    return toSurveyJson(this.activeInstrument, {
      wave: this.wave,
      ...(privacy ? { privacy } : {}),
    });
  }

  private fail(problem: string): void {
    this.configError = problem;
    this.phase = 'config-error';
    console.error(`<genbridge-survey>: ${problem}`);
  }

  private newDraft(): Draft {
    return {
      v: 2,
      responseId: uuidV4(),
      startedAt: new Date().toISOString(),
      participant: this.participant ?? '',
      data: {},
      pageNo: 0,
    };
  }

  /**
   * When this person already delivered this survey: remembered on this device, or (with an
   * invitation) the server's receive time. A draft in progress wins: they came back to finish it.
   */
  private async completedBefore(saved: Draft | undefined): Promise<string | undefined> {
    if (saved && !saved.completedAt) return undefined;
    const local = loadCompletion(this.storageKey)?.submittedAt;
    if (local) return local;
    if (!this.invitationToken || !this.delivery.endpoint) return undefined;
    const status = await invitationStatus(this.delivery.endpoint, this.invitationToken);
    const at = status?.[this.wave]?.submittedAt;
    return typeof at === 'string' ? at : undefined;
  }

  private checkAttributes(): string | undefined {
    if (this.wave !== 'baseline' && this.wave !== 'exit')
      return `wave must be "baseline" or "exit" (got "${String(this.wave)}").`;
    if (this.participant && !PARTICIPANT_CODE_PATTERN.test(this.participant)) {
      return `participant "${this.participant}" must be 4 to 16 characters of A-Z, 0-9 and "-".`;
    }
    return undefined;
  }

  /** Only Genbridge surveys link waves by a code, and an invitation already identifies the person. */
  private needsCode(): boolean {
    return this.mode === 'genbridge' && !this.invitationToken && !this.participantCode();
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

  /** The body the endpoint receives, or the field problems that keep it from being built. */
  private async buildBody(
    model: SurveyModel,
    draft: Draft,
  ): Promise<{ response?: SurveyResponse; body: Record<string, unknown> } | FieldError[]> {
    const data = model.data as Record<string, unknown>;
    const submittedAt = new Date().toISOString();
    if (this.mode === 'plain') {
      return {
        body: {
          responseId: draft.responseId,
          ...(this.programme ? { programmeId: this.programme } : {}),
          survey: this.identity,
          wave: this.wave,
          ...(this.participant ? { participant: this.participant } : {}),
          locale: this.surveyLocale(),
          startedAt: draft.startedAt,
          submittedAt,
          data,
        },
      };
    }
    const { responseFromSurvey, defaultInstrument } = await loadResponseBuilder();
    const response = responseFromSurvey(data, {
      responseId: draft.responseId,
      programmeId: this.programme!,
      ...(this.cohort ? { cohort: this.cohort } : {}),
      participant: this.invitationToken ? INVITED : this.participantCode()!,
      wave: this.wave,
      locale: this.surveyLocale(),
      startedAt: draft.startedAt,
      submittedAt,
      instrument: this.instrument ?? defaultInstrument,
    });
    if (Array.isArray(response)) return response;
    // Contract 4: with an invitation the collector fills in the participant from the invitation.
    if (this.invitationToken) {
      const { participant: _, ...body } = response;
      return { body };
    }
    return { response, body: response };
  }

  private async finish(model: SurveyModel): Promise<void> {
    const draft = this.draft!;
    const built = await this.buildBody(model, draft);
    if (Array.isArray(built)) {
      this.showProblems(model, built);
      this.dispatchEvent(
        submitErrorEvent({
          responseId: draft.responseId,
          wave: this.wave,
          reason: 'invalid',
          message: built.map((e) => `${e.path}: ${e.message}`).join('; '),
          willRetry: false,
        }),
      );
      return;
    }
    this.phase = 'done';
    this.focusNext = 'completion';
    this.dispatchEvent(
      completeEvent({
        responseId: draft.responseId,
        wave: this.wave,
        mode: this.mode,
        ...(built.response ? { response: built.response } : {}),
        data: model.data as Record<string, unknown>,
      }),
    );
    if (!this.delivery.endpoint) {
      // The host page stores the response; nothing of it stays on the device.
      clearDraft(this.storageKey);
      this.status = { state: 'local' };
      return;
    }
    this.persist({ completedAt: String(built.body.submittedAt) });
    this.status = { state: 'sending' };
    const invitation =
      this.invitationToken && this.invitationHash
        ? { hash: this.invitationHash, ...(await this.sealed(this.invitationToken)) }
        : undefined;
    await this.delivery.enqueue({
      endpoint: this.delivery.endpoint,
      responseId: draft.responseId,
      wave: this.wave,
      body: built.body,
      attempts: 0,
      nextAttemptAt: Date.now(),
      draftKey: this.storageKey,
      ...(invitation ? { invitation } : {}),
    });
  }

  private async sealed(token: string) {
    const sealed = await sealToken(token).catch(() => undefined);
    return sealed ? { sealed } : {};
  }

  /**
   * Problems found while building the response go back to the questions they belong to, in the
   * participant's language; without such a question, a plain sentence. Never a field list.
   */
  private showProblems(model: SurveyModel, errors: FieldError[]): void {
    model.clear(false, true);
    this.persist({ completedAt: undefined });
    const questions = errors
      .map(
        (e) =>
          [e, questionNameFor(e) ? model.getQuestionByName(questionNameFor(e)!) : null] as const,
      )
      .filter((pair): pair is readonly [FieldError, Question] => Boolean(pair[1]?.isVisible));
    if (questions.length === 0) {
      this.status = { state: 'help', view: { kind: 'not-ready' } };
      this.phase = 'state';
      this.focusNext = 'completion';
      return;
    }
    for (const [error, q] of questions) {
      q.addError(
        error.code === 'required'
          ? model.requiredErrorText || stateStrings(this.surveyLocale()).notReady
          : stateStrings(this.surveyLocale()).notReady,
      );
    }
    const page = questions[0]![1].page;
    if (page) model.currentPage = page;
    this.phase = 'survey';
    this.focusOnFirstError();
  }

  private onAcknowledged(entry: OutboxEntry, status: number): void {
    if (entry.responseId === this.draft?.responseId) {
      this.status = { state: 'submitted' };
      this.draft = undefined;
    }
    this.dispatchEvent(submittedEvent({ responseId: entry.responseId, wave: entry.wave, status }));
  }

  private onDeliveryFailed(entry: OutboxEntry, detail: GenbridgeSubmitErrorDetail): void {
    const mine = entry.responseId === this.draft?.responseId && this.phase === 'done';
    let event = detail;
    if (mine && this.draft) {
      if (detail.reason === 'rejected') {
        const refusals = (this.draft.refusals ?? 0) + 1;
        this.persist({ refusals });
        const invitation = detail.status === 401 || detail.status === 403;
        // A second refusal of reviewed answers, or an invitation problem: only people can help.
        const view: SurveyState = invitation
          ? { kind: 'invitation-problem' }
          : refusals >= 2
            ? { kind: 'contact-team' }
            : { kind: 'refused' };
        if (view.kind !== 'refused') event = { ...detail, contactTeam: true };
        this.status = { state: 'help', view };
      } else if (detail.contactTeam) {
        this.status = { state: 'help', view: { kind: 'contact-team' } };
      } else {
        this.status = { state: 'queued', ...(detail.retryAt ? { retryAt: detail.retryAt } : {}) };
      }
    }
    this.dispatchEvent(submitErrorEvent(event));
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

  /** "Change my answers" after "already completed on …": a new response that replaces the old one. */
  private answerAgain(): void {
    const model = this.survey.model;
    if (!model) return;
    clearCompletion(this.storageKey);
    this.draft = this.newDraft();
    saveDraft(this.storageKey, this.draft);
    this.phase = this.needsCode() ? 'code' : 'survey';
    this.focusNext = this.phase === 'code' ? 'code' : 'page';
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
    const locale =
      this.phase === 'loading' || this.phase === 'config-error' ? this.locale : this.surveyLocale();
    const strings = uiStrings(locale);
    const st = stateStrings(locale);
    const model = this.survey.model;
    const status = this.status;
    let body: TemplateResult | typeof nothing = nothing;
    switch (this.phase) {
      case 'loading':
        body = html`<p part="status" role="status">${loadingText(locale)}</p>`;
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
              { strings, maxFileSize: this.maxFileSize, refresh: () => this.requestUpdate() },
              {
                next: () => this.next(),
                back: () => model.performPrevious(),
                complete: () => this.complete(),
              },
            )
          : nothing;
        break;
      case 'state':
      case 'done':
        if (status.state === 'help') {
          body = surveyStateTemplate(status.view, st, strings.reviewAnswers, {
            review: () => this.review(),
            answerAgain: () => this.answerAgain(),
          });
          break;
        }
        {
          // While the answers are only on this device the heading must not thank for a delivery.
          const queued = status.state === 'queued';
          const heading = queued
            ? plainTextToHtml(st.notSentTitle)
            : (model?.processedCompletedHtml ?? '');
          body = completionTemplate(
            heading,
            status,
            { ...strings, queued: st.queued },
            {
              review: () => this.review(),
              retry: () => void this.delivery.flush(true),
            },
          );
        }
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
