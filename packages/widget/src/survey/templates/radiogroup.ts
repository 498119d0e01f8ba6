import { html, type TemplateResult } from 'lit';
import type { ItemValue, QuestionRadiogroupModel } from 'survey-core';
import { choiceGroup } from './choice-group.js';
import type { RenderContext } from './context.js';
import { columnsClass, commentArea, focusOtherAfterRender, otherComment } from './other-comment.js';
import { loc } from './question-parts.js';

/** Radios through the shared choice group; None/Other/Refuse come from survey-core's visibleChoices. */
export function radiogroupQuestion(
  q: QuestionRadiogroupModel,
  _ctx: RenderContext,
): TemplateResult {
  const items = q.visibleChoices;
  return choiceGroup(
    q,
    items.map((item) => ({ value: item, label: loc(item.locText), disabled: !item.isEnabled })),
    (item) => q.isItemSelected(item as ItemValue),
    (item, e) => {
      q.clickItemHandler(item as ItemValue);
      if (q.isOtherSelected) focusOtherAfterRender(q, e);
    },
    {
      layout: 'list',
      optionsClass: columnsClass(q.colCount),
      after: html`${otherComment(q)} ${commentArea(q)}`,
    },
  );
}
