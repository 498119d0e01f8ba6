import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Question, QuestionSelectBase } from 'survey-core';
import { hostOf, ids, text } from './question-parts.js';

export const otherId = (q: Question): string => `${ids(q).input}-other`;

/**
 * The "Other (describe)" text box, shown while Other is chosen. survey-core keeps its text under
 * `<name>-Comment` and reports "please describe" on the question when it is empty.
 */
export function otherComment(q: QuestionSelectBase): TemplateResult | typeof nothing {
  if (!q.isOtherSelected) return nothing;
  const id = otherId(q);
  const label = text(q.otherItem.locText);
  return html`<div class="other-comment">
    <label class="sr-only" for=${id}>${label}</label>
    <textarea
      id=${id}
      part="textarea other"
      rows="2"
      placeholder=${text(q.locOtherPlaceholder) || nothing}
      aria-describedby=${q.errors.length ? ids(q).error : nothing}
      aria-invalid=${q.errors.length && !q.otherValue ? 'true' : nothing}
      aria-required="true"
      .value=${live(q.otherValue ?? '')}
      @input=${(e: Event) => (q.otherValue = (e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/** After Other is picked the person wants to type: focus moves into its box once it exists. */
export function focusOtherAfterRender(q: Question, e: Event): void {
  const host = hostOf(e) as unknown as {
    requestUpdate(): void;
    updateComplete: Promise<unknown>;
    shadowRoot: ShadowRoot;
  };
  host.requestUpdate();
  void host.updateComplete.then(() => host.shadowRoot.getElementById(otherId(q))?.focus());
}

/** `showCommentArea`: a free-text comment on any question. */
export function commentArea(q: Question): TemplateResult | typeof nothing {
  if (!q.showCommentArea) return nothing;
  const id = `${ids(q).input}-comment`;
  return html`<div class="comment-area">
    <label class="comment-label" for=${id}>${text(q.locCommentText)}</label>
    <textarea
      id=${id}
      part="textarea comment"
      rows="2"
      placeholder=${text(q.locCommentPlaceholder) || nothing}
      .value=${live(q.comment ?? '')}
      @input=${(e: Event) => (q.comment = (e.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

/** `colCount` 0 = flowing in a row, 1–5 = that many columns; a class because inline styles break strict CSP. */
export const columnsClass = (colCount: number | undefined): string =>
  colCount === 0 ? 'cols-flow' : `cols-${Math.min(Math.max(colCount ?? 1, 1), 5)}`;
