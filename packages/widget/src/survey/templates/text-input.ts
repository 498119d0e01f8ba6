import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import type { QuestionCommentModel, QuestionTextModel } from 'survey-core';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  ids,
  text,
  titleContent,
} from './question-parts.js';
import { commentArea } from './other-comment.js';

/** survey-core input types → native input types (`datetime` is the old name of datetime-local). */
const NATIVE: Record<string, string> = { datetime: 'datetime-local' };

/**
 * survey-core's input masks (`maskType`: numeric, currency, datetime, pattern) work on a live
 * input element: handing it over creates the mask adapter, which rewrites what is typed; the
 * model then takes the unmasked value on blur or Enter.
 */
function maskRef(q: QuestionTextModel) {
  return ref((el) => {
    const input = q as unknown as { input?: HTMLInputElement };
    if (!(el instanceof HTMLInputElement) || input.input === el) return;
    if (input.input) q.beforeDestroyQuestionElement(input.input);
    q.afterRenderQuestionElement(el);
  });
}

/** The control alone (also used by multiple text items and matrix cells). */
export function textControl(
  q: QuestionCommentModel | QuestionTextModel,
  label?: string,
): TemplateResult {
  const i = ids(q);
  const max = q.getMaxLength();
  const common = {
    describedBy: describedBy(q),
    invalid: ariaInvalid(q),
    required: q.isRequired ? 'true' : nothing,
    maxlength: max > 0 ? max : nothing,
    placeholder: text(q.locPlaceholder) || nothing,
    label: label ?? nothing,
  };
  if (q.getType() === 'comment') {
    const value = q.value == null ? '' : String(q.value);
    return html`<textarea
      id=${i.input}
      part="textarea"
      rows=${(q as QuestionCommentModel).rows || 4}
      maxlength=${common.maxlength}
      placeholder=${common.placeholder}
      aria-label=${common.label}
      aria-describedby=${common.describedBy}
      aria-invalid=${common.invalid}
      aria-required=${common.required}
      ?readonly=${q.isReadOnly}
      .value=${live(value)}
      @input=${(e: Event) => {
        const v = (e.target as HTMLTextAreaElement).value;
        q.value = v === '' ? undefined : v;
      }}
    ></textarea>`;
  }
  const t = q as QuestionTextModel;
  const masked = !!t.maskType && t.maskType !== 'none';
  const type = masked ? 'text' : (NATIVE[t.inputType] ?? t.inputType ?? 'text');
  // Masked inputs show the masked text (the adapter keeps it); the model holds the unmasked value.
  const value = masked ? t.inputValue : q.value == null ? '' : String(q.value);
  const min = t.renderedMin;
  const max2 = t.renderedMax;
  return html`<input
    id=${i.input}
    part="input"
    type=${type}
    inputmode=${masked && t.maskType !== 'pattern' ? 'decimal' : nothing}
    min=${min != null && min !== '' ? String(min) : nothing}
    max=${max2 != null && max2 !== '' ? String(max2) : nothing}
    step=${t.renderedStep != null && t.renderedStep !== '' ? String(t.renderedStep) : nothing}
    autocomplete=${t.autocomplete || nothing}
    maxlength=${common.maxlength}
    placeholder=${common.placeholder}
    aria-label=${common.label}
    aria-describedby=${common.describedBy}
    aria-invalid=${common.invalid}
    aria-required=${common.required}
    ?readonly=${q.isReadOnly}
    .value=${masked ? value : live(value)}
    ${masked ? maskRef(t) : nothing}
    @input=${
      masked
        ? nothing
        : (e: Event) => {
            const v = (e.target as HTMLInputElement).value;
            q.value =
              v === ''
                ? undefined
                : t.inputType === 'number' || t.inputType === 'range'
                  ? Number(v)
                  : v;
          }
    }
    @change=${masked ? (e: Event) => t.onChange(e) : nothing}
    @keyup=${masked ? (e: KeyboardEvent) => t.onKeyUp(e) : nothing}
    @blur=${masked ? (e: FocusEvent) => t.onBlur(e) : nothing}
  />`;
}

/** `comment` (textarea) and `text` (every `inputType`, input masks). The value is stored as typed so a draft never lags. */
export function textQuestion(q: QuestionCommentModel | QuestionTextModel): TemplateResult {
  const i = ids(q);
  return html`<div class="question text" part="question" data-question=${q.name}>
    <label class="title" part="question-title" id=${i.title} for=${i.input}
      >${titleContent(q)}</label
    >
    ${description(q)} ${textControl(q)} ${commentArea(q)} ${errors(q)}
  </div>`;
}
