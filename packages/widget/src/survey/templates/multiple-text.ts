import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionMultipleTextModel } from 'survey-core';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  ids,
  titleContent,
} from './question-parts.js';
import { textControl } from './text-input.js';

/** Several labelled text boxes answering one question; each item is a survey-core text editor. */
export function multipleTextQuestion(q: QuestionMultipleTextModel): TemplateResult {
  const i = ids(q);
  return html`<fieldset
    class="question multipletext"
    part="question"
    data-question=${q.name}
    aria-describedby=${describedBy(q)}
    aria-invalid=${ariaInvalid(q)}
  >
    <legend class="title" part="question-title" id=${i.title}>${titleContent(q)}</legend>
    ${description(q)}
    <div class="items">
      ${q.items.map((item) => {
        const editor = item.editor;
        const e = ids(editor);
        return html`<div class="item" part="item">
          <label for=${e.input}
            >${item.locTitle.renderedHtml}${
              editor.isRequired
                ? html`<span class="required" part="required" aria-hidden="true"> *</span>`
                : nothing
            }</label
          >
          ${textControl(editor)} ${errors(editor)}
        </div>`;
      })}
    </div>
    ${errors(q)}
  </fieldset>`;
}
