import { html, nothing, type TemplateResult } from 'lit';
import { richHtml } from '../rich/rich-html.js';
import type { UiStrings } from '../strings.js';

/** Where the finished response stands, as the person should hear it. */
export type DeliveryStatus =
  | { state: 'sending' }
  | { state: 'submitted' }
  | { state: 'local' }
  | { state: 'queued'; retryAt?: number }
  | { state: 'rejected'; message: string }
  | { state: 'invalid'; message: string };

export interface CompletionHandlers {
  review(): void;
  retry(): void;
}

/**
 * `completedHtml` as the author wrote it (survey-core's `processedCompletedHtml`, so
 * `completedHtmlOnCondition` and {placeholders} apply), sanitised; then where the answers stand.
 */
export function completionTemplate(
  completedHtml: string,
  status: DeliveryStatus,
  strings: UiStrings,
  on: CompletionHandlers,
): TemplateResult {
  const failed = status.state === 'rejected' || status.state === 'invalid';
  const message = (() => {
    switch (status.state) {
      case 'sending':
        return strings.sending;
      case 'submitted':
        return strings.submitted;
      case 'local':
        return strings.completedOffline;
      case 'queued':
        return strings.queued(
          status.retryAt ? Math.max(0, Math.ceil((status.retryAt - Date.now()) / 1000)) : 0,
        );
      case 'rejected':
        return strings.rejected(status.message);
      case 'invalid':
        return strings.invalid(status.message);
    }
  })();
  return html`<section class="completion" part="completion" aria-label=${strings.completed}>
    <div
      class="completed-html rich"
      id="completion-title"
      tabindex="-1"
      part="completion-title"
      ${richHtml(completedHtml)}
    ></div>
    <p
      class="status ${status.state}"
      part="status ${failed ? 'error' : ''}"
      role=${failed ? 'alert' : 'status'}
    >
      ${message}
    </p>
    ${
      failed
        ? html`<button
            type="button"
            class="primary"
            part="button button-review"
            @click=${on.review}
          >
            ${strings.reviewAnswers}
          </button>`
        : nothing
    }
    ${
      status.state === 'queued'
        ? html`<button
            type="button"
            class="secondary"
            part="button button-retry"
            @click=${on.retry}
          >
            ${strings.sendNow}
          </button>`
        : nothing
    }
  </section>`;
}
