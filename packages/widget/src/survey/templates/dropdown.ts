import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionDropdownModel } from 'survey-core';
import { ariaInvalid, describedBy, description, errors, ids, requiredMark, text } from './question-parts.js';

/** Native <select>: keyboard, screen reader and mobile pickers for free. Options map by index. */
export function dropdownQuestion(q: QuestionDropdownModel, placeholder: string): TemplateResult {
  const i = ids(q);
  const choices = q.visibleChoices;
  const selected = choices.findIndex((c) => c.value === q.value);
  return html`<div class="question dropdown" part="question" data-question=${q.name}>
    <label class="title" part="question-title" id=${i.title} for=${i.input}>${text(q.locTitle)}${requiredMark(q)}</label>
    ${description(q)}
    <select
      id=${i.input}
      part="select"
      aria-describedby=${describedBy(q)}
      aria-invalid=${ariaInvalid(q)}
      aria-required=${q.isRequired ? 'true' : nothing}
      @change=${(e: Event) => {
        const index = Number((e.target as HTMLSelectElement).value);
        q.value = index >= 0 ? choices[index]?.value : undefined;
      }}
    >
      <option value="-1" ?selected=${selected < 0}>${text(q.locPlaceholder) || placeholder}</option>
      ${choices.map((c, n) => html`<option value=${n} ?selected=${n === selected}>${text(c.locText) || String(c.value)}</option>`)}
    </select>
    ${errors(q)}
  </div>`;
}
