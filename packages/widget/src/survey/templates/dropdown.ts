import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionDropdownModel } from 'survey-core';
import type { RenderContext } from './context.js';
import { commentArea, focusOtherAfterRender, otherComment } from './other-comment.js';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  ids,
  text,
  titleContent,
} from './question-parts.js';

/** Native <select>: keyboard, screen reader and mobile pickers for free. Options map by index. */
export function dropdownQuestion(q: QuestionDropdownModel, ctx: RenderContext): TemplateResult {
  const i = ids(q);
  const choices = q.visibleChoices;
  const selected = choices.findIndex((c) => q.isItemSelected(c));
  return html`<div class="question dropdown" part="question" data-question=${q.name}>
    <label class="title" part="question-title" id=${i.title} for=${i.input}
      >${titleContent(q)}</label
    >
    ${description(q)}
    <select
      id=${i.input}
      part="select"
      ?disabled=${q.isReadOnly}
      aria-describedby=${describedBy(q)}
      aria-invalid=${ariaInvalid(q)}
      aria-required=${q.isRequired ? 'true' : nothing}
      @change=${(e: Event) => {
        const index = Number((e.target as HTMLSelectElement).value);
        const item = index >= 0 ? choices[index] : undefined;
        if (item) q.value = item.value;
        else q.clearValue();
        if (q.isOtherSelected) focusOtherAfterRender(q, e);
      }}
    >
      <option value="-1" ?selected=${selected < 0}>
        ${text(q.locPlaceholder) || ctx.strings.select}
      </option>
      ${choices.map((c, n) => html`<option value=${n} ?selected=${n === selected} ?disabled=${!c.isEnabled}>${text(c.locText) || String(c.value)}</option>`)}
    </select>
    ${otherComment(q)} ${commentArea(q)} ${errors(q)}
  </div>`;
}
