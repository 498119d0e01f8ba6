import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizableString, Question, SurveyError } from 'survey-core';
import { richHtml } from '../rich/rich-html.js';

/** Survey text, processed by survey-core ({placeholders}, locale), for attributes and plain text. */
export const text = (s: LocalizableString | undefined): string => s?.renderedHtml ?? '';

/**
 * Survey text for content: plain text bound as text, unless survey-core produced HTML for it
 * (the page's Markdown converter via `onTextMarkdown`), which is rendered sanitised.
 */
export function loc(s: LocalizableString | undefined): TemplateResult | string {
  if (!s) return '';
  return s.hasHtml ? html`<span class="rich" ${richHtml(s.renderedHtml)}></span>` : s.renderedHtml;
}

/** Element ids inside our shadow root, derived from survey-core's unique question id. */
export const ids = (q: { id: string }) => ({
  title: `${q.id}-title`,
  description: `${q.id}-desc`,
  error: `${q.id}-err`,
  input: `${q.id}-input`,
});

/** Blocking errors only; warnings and info notes never make a control invalid. */
export const blocking = (q: Question): SurveyError[] =>
  q.errors.filter((e) => !e.notificationType || e.notificationType === 'error');
export const hasErrors = (q: Question): boolean => blocking(q).length > 0;

/** `aria-describedby` for the question's control: its description and, when shown, its messages. */
export function describedBy(q: Question): string | typeof nothing {
  const i = ids(q);
  const list = [q.hasDescription ? i.description : '', q.errors.length > 0 ? i.error : ''].filter(
    Boolean,
  );
  return list.length ? list.join(' ') : nothing;
}

export const ariaInvalid = (q: Question): 'true' | typeof nothing =>
  hasErrors(q) ? 'true' : nothing;

export const requiredMark = (q: Question): TemplateResult | typeof nothing =>
  q.isRequired
    ? html`<span class="required" part="required" aria-hidden="true"> *</span>`
    : nothing;

/** Question number ("3.") when the survey shows numbers, then the title and the required marker. */
export const titleContent = (q: Question): TemplateResult =>
  html`${q.no ? html`<span class="number" part="question-number">${q.no} </span>` : nothing}${loc(q.locTitle)}${requiredMark(q)}`;

export function description(q: Question): TemplateResult | typeof nothing {
  return q.hasDescription
    ? html`<div class="description" part="question-description" id=${ids(q).description}>
        ${loc(q.locDescription)}
      </div>`
    : nothing;
}

/** Errors, warnings and info notes (survey-core validators' `notificationType`). */
export function errors(q: Question): TemplateResult | typeof nothing {
  if (q.errors.length === 0) return nothing;
  return html`<div class="errors" part="error" id=${ids(q).error}>
    ${q.errors.map((e) => {
      const kind =
        e.notificationType && e.notificationType !== 'error' ? e.notificationType : 'error';
      return html`<p
        class=${kind}
        part=${kind === 'error' ? 'error-message' : `notification ${kind}`}
      >
        ${e.getText()}
      </p>`;
    })}
  </div>`;
}

/** A `change`/`input` handler's own element host, for local UI state the model does not hold. */
export function hostOf(e: Event): { requestUpdate(): void } {
  return ((e.currentTarget as Element).getRootNode() as ShadowRoot).host as unknown as {
    requestUpdate(): void;
  };
}
