import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizableString, Question } from 'survey-core';

/** Survey text, processed by survey-core ({placeholders}, locale), bound only as text. */
export const text = (s: LocalizableString | undefined): string => s?.renderedHtml ?? '';

/** Element ids inside our shadow root, derived from survey-core's unique question id. */
export const ids = (q: Question) => ({
  title: `${q.id}-title`,
  description: `${q.id}-desc`,
  error: `${q.id}-err`,
  input: `${q.id}-input`,
});

export const hasErrors = (q: Question): boolean => q.errors.length > 0;

/** `aria-describedby` for the question's control: its description and, when shown, its errors. */
export function describedBy(q: Question): string | typeof nothing {
  const i = ids(q);
  const list = [q.hasDescription ? i.description : '', hasErrors(q) ? i.error : ''].filter(Boolean);
  return list.length ? list.join(' ') : nothing;
}

export const ariaInvalid = (q: Question): 'true' | typeof nothing => (hasErrors(q) ? 'true' : nothing);

export const requiredMark = (q: Question): TemplateResult | typeof nothing =>
  q.isRequired ? html`<span class="required" part="required" aria-hidden="true"> *</span>` : nothing;

export function description(q: Question): TemplateResult | typeof nothing {
  return q.hasDescription
    ? html`<p class="description" part="question-description" id=${ids(q).description}>${text(q.locDescription)}</p>`
    : nothing;
}

export function errors(q: Question): TemplateResult | typeof nothing {
  if (!hasErrors(q)) return nothing;
  return html`<div class="errors" part="error" id=${ids(q).error}>
    ${q.errors.map((e) => html`<p>${e.getText()}</p>`)}
  </div>`;
}
