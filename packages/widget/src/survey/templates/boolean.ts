import { live } from 'lit/directives/live.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionBooleanModel } from 'survey-core';
import { choiceGroup } from './choice-group.js';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  ids,
  text,
  titleContent,
} from './question-parts.js';

/**
 * Yes/no as two radios (both answers are explicit, unlike a toggle); `renderAs: "checkbox"` (e.g. a
 * consent statement) as one labelled checkbox.
 */
export function booleanQuestion(q: QuestionBooleanModel): TemplateResult {
  if (q.renderAs === 'checkbox') {
    const i = ids(q);
    const label = text(q.locLabel) || text(q.locTitle);
    return html`<div class="question boolean-checkbox" part="question" data-question=${q.name}>
      <p class="title" part="question-title" id=${i.title}>${titleContent(q)}</p>
      ${description(q)}
      <label class="option" part="option">
        <input
          type="checkbox"
          id=${i.input}
          aria-describedby=${describedBy(q)}
          aria-invalid=${ariaInvalid(q)}
          aria-required=${q.isRequired ? 'true' : nothing}
          .checked=${live(q.booleanValue === true)}
          @change=${(e: Event) => (q.booleanValue = (e.target as HTMLInputElement).checked ? true : null)}
        /><span class="option-label">${label}</span>
      </label>
      ${errors(q)}
    </div>`;
  }
  const choices = [
    { value: true, label: text(q.locLabelTrue) },
    { value: false, label: text(q.locLabelFalse) },
  ];
  return choiceGroup(
    q,
    choices,
    (v) => q.booleanValue === v,
    (v) => (q.booleanValue = v as boolean),
    { layout: 'list' },
  );
}
