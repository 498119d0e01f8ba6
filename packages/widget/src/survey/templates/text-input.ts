import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionCommentModel, QuestionTextModel } from 'survey-core';
import { ariaInvalid, describedBy, description, errors, ids, requiredMark, text } from './question-parts.js';

/** `comment` (textarea) and `text` (single line). The value is stored on every keystroke so a draft never lags. */
export function textQuestion(q: QuestionCommentModel | QuestionTextModel): TemplateResult {
  const i = ids(q);
  const max = q.getMaxLength();
  const value = q.value == null ? '' : String(q.value);
  const onInput = (e: Event) => {
    const v = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
    q.value = v === '' ? undefined : q.getType() === 'text' && (q as QuestionTextModel).inputType === 'number' ? Number(v) : v;
  };
  const common = {
    describedBy: describedBy(q),
    invalid: ariaInvalid(q),
    required: q.isRequired ? 'true' : nothing,
    maxlength: max > 0 ? max : nothing,
  };
  const control =
    q.getType() === 'comment'
      ? html`<textarea
          id=${i.input}
          part="textarea"
          rows=${(q as QuestionCommentModel).rows || 4}
          maxlength=${common.maxlength}
          aria-describedby=${common.describedBy}
          aria-invalid=${common.invalid}
          aria-required=${common.required}
          .value=${live(value)}
          @input=${onInput}
        ></textarea>`
      : html`<input
          id=${i.input}
          part="input"
          type=${(q as QuestionTextModel).inputType || 'text'}
          maxlength=${common.maxlength}
          aria-describedby=${common.describedBy}
          aria-invalid=${common.invalid}
          aria-required=${common.required}
          .value=${live(value)}
          @input=${onInput}
        />`;
  return html`<div class="question text" part="question" data-question=${q.name}>
    <label class="title" part="question-title" id=${i.title} for=${i.input}>${text(q.locTitle)}${requiredMark(q)}</label>
    ${description(q)} ${control} ${errors(q)}
  </div>`;
}
