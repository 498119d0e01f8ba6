import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionCheckboxModel } from 'survey-core';
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

/**
 * Checkboxes in a labelled group. survey-core's `clickItemHandler` applies Select all, None and
 * `maxSelectedChoices` (items beyond the maximum come back disabled, and the limit is announced
 * in the description so a disabled box is never a mystery).
 */
export function checkboxQuestion(q: QuestionCheckboxModel, ctx: RenderContext): TemplateResult {
  const i = ids(q);
  const limit = q.maxSelectedChoices > 0 ? `${i.input}-limit` : '';
  const described = [describedBy(q), limit].filter((s) => s && s !== nothing).join(' ');
  return html`<fieldset
    class="question checkbox"
    part="question"
    data-question=${q.name}
    aria-describedby=${described || nothing}
    aria-invalid=${ariaInvalid(q)}
  >
    <legend class="title" part="question-title" id=${i.title}>${titleContent(q)}</legend>
    ${description(q)}
    ${limit ? html`<p class="hint" part="hint" id=${limit}>${ctx.strings.chooseAtMost(q.maxSelectedChoices)}</p>` : nothing}
    <div class="options ${columnsClass(q.colCount)}" part="choices">
      ${q.visibleChoices.map(
        (item, n) =>
          html`<label class="option ${q.isSelectAllItem(item) ? 'select-all' : ''}" part="option">
            <input
              type="checkbox"
              id=${n === 0 ? i.input : nothing}
              .checked=${live(q.isSelectAllItem(item) ? q.isAllSelected : q.isItemSelected(item))}
              ?disabled=${q.isReadOnly || !item.isEnabled}
              @change=${(e: Event) => {
                const checked = (e.target as HTMLInputElement).checked;
                q.clickItemHandler(item, checked);
                if (checked && q.isOtherItem(item)) focusOtherAfterRender(q, e);
              }}
            /><span class="option-label">${loc(item.locText)}</span>
          </label>`,
      )}
    </div>
    ${otherComment(q)} ${commentArea(q)} ${errors(q)}
  </fieldset>`;
}
