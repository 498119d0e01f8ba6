import { html, nothing, type TemplateResult } from 'lit';
import type {
  IElement,
  PanelModel,
  Question,
  QuestionBooleanModel,
  QuestionCheckboxModel,
  QuestionCommentModel,
  QuestionCompositeModel,
  QuestionCustomModel,
  QuestionDropdownModel,
  QuestionExpressionModel,
  QuestionHtmlModel,
  QuestionMatrixModel,
  QuestionMultipleTextModel,
  QuestionRadiogroupModel,
  QuestionRatingModel,
  QuestionTextModel,
} from 'survey-core';
import { booleanQuestion } from './boolean.js';
import { checkboxQuestion } from './checkbox.js';
import type { RenderContext } from './context.js';
import { dropdownQuestion } from './dropdown.js';
import { LAZY_TYPES, lazyTemplate, loadTemplates } from './lazy-types.js';
import { matrixQuestion } from './matrix.js';
import { multipleTextQuestion } from './multiple-text.js';
import { panelTemplate } from './panel.js';
import { radiogroupQuestion } from './radiogroup.js';
import { ratingQuestion } from './rating.js';
import { expressionQuestion, htmlElement } from './static-text.js';
import { textQuestion } from './text-input.js';

export function questionTemplate(q: Question, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!q.isVisible) return nothing;
  const type = q.getType();
  if (LAZY_TYPES.has(type)) {
    const lazy = lazyTemplate(type);
    if (lazy) return lazy(q, ctx);
    // Normally loaded before its page shows (see genbridge-survey.ts); this covers a question that
    // appears later (a dynamic panel added, a type changed by the page).
    void loadTemplates([type]).then(() => ctx.refresh?.());
    return html`<p class="loading" part="status" role="status">${ctx.strings.loading}</p>`;
  }
  switch (type) {
    case 'rating':
      return ratingQuestion(q as QuestionRatingModel);
    case 'radiogroup':
      return radiogroupQuestion(q as QuestionRadiogroupModel, ctx);
    case 'checkbox':
      return checkboxQuestion(q as QuestionCheckboxModel, ctx);
    case 'dropdown':
      return dropdownQuestion(q as QuestionDropdownModel, ctx);
    case 'boolean':
      return booleanQuestion(q as QuestionBooleanModel);
    case 'comment':
    case 'text':
      return textQuestion(q as QuestionCommentModel | QuestionTextModel);
    case 'matrix':
      return matrixQuestion(q as QuestionMatrixModel);
    case 'multipletext':
      return multipleTextQuestion(q as QuestionMultipleTextModel);
    case 'html':
      return htmlElement(q as QuestionHtmlModel);
    case 'expression':
      return expressionQuestion(q as QuestionExpressionModel);
    default: {
      // Components registered by the page (ComponentCollection): a composite renders its inner
      // panel, a single-question component its inner question.
      const composite = (q as QuestionCompositeModel).contentPanel as PanelModel | undefined;
      if (composite) return panelTemplate(composite, ctx, q);
      const inner = (q as QuestionCustomModel).contentQuestion as Question | undefined;
      if (inner) return questionTemplate(inner, ctx);
      return html`<p class="unsupported" part="error" role="alert">
        ${ctx.strings.unsupported(q.getType(), q.name)}
      </p>`;
    }
  }
}

/**
 * A page's or panel's elements in order; panels recurse. Plain `map`, not `repeat`: Lit's `repeat`
 * left two comment markers behind for every page switch (all keys new); the page template keys
 * the whole page instead, so a new page never reuses the previous page's inputs.
 */
export function elementsTemplate(
  elements: readonly IElement[],
  ctx: RenderContext,
): TemplateResult {
  return html`${elements.map((e) => elementTemplate(e, ctx))}`;
}

export function elementTemplate(e: IElement, ctx: RenderContext): TemplateResult | typeof nothing {
  return e.isPanel
    ? panelTemplate(e as unknown as PanelModel, ctx)
    : questionTemplate(e as unknown as Question, ctx);
}
