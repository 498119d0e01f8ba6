import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionRadiogroupModel } from 'survey-core';
import type { RenderContext } from './context.js';
import { columnsClass, commentArea, focusOtherAfterRender, otherComment } from './other-comment.js';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  ids,
  loc,
  titleContent,
} from './question-parts.js';

/** Radios in a fieldset exposed as a radiogroup; None/Other/Refuse come from survey-core's visibleChoices. */
export function radiogroupQuestion(
  q: QuestionRadiogroupModel,
  _ctx: RenderContext,
): TemplateResult {
  const i = ids(q);
  return html`<fieldset
    class="question choice-group list"
    part="question"
    role="radiogroup"
    data-question=${q.name}
    aria-labelledby=${i.title}
    aria-describedby=${describedBy(q)}
    aria-invalid=${ariaInvalid(q)}
    aria-required=${q.isRequired ? 'true' : nothing}
  >
    <legend class="title" part="question-title" id=${i.title}>${titleContent(q)}</legend>
    ${description(q)}
    <div class="options ${columnsClass(q.colCount)}" part="choices">
      ${q.visibleChoices.map(
        (item, n) =>
          html`<label class="option" part="option">
            <input
              type="radio"
              name=${q.id}
              id=${n === 0 ? i.input : nothing}
              .checked=${live(q.isItemSelected(item))}
              ?disabled=${q.isReadOnly || !item.isEnabled}
              @change=${(e: Event) => {
                q.clickItemHandler(item);
                if (q.isOtherSelected) focusOtherAfterRender(q, e);
              }}
            /><span class="option-label">${loc(item.locText)}</span>
          </label>`,
      )}
    </div>
    ${otherComment(q)} ${commentArea(q)} ${errors(q)}
  </fieldset>`;
}
