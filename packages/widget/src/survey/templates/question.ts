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
  QuestionFileModel,
  QuestionHtmlModel,
  QuestionImageModel,
  QuestionImagePickerModel,
  QuestionMatrixDropdownModel,
  QuestionMatrixDynamicModel,
  QuestionMatrixModel,
  QuestionMultipleTextModel,
  QuestionPanelDynamicModel,
  QuestionRadiogroupModel,
  QuestionRankingModel,
  QuestionRatingModel,
  QuestionSignaturePadModel,
  QuestionTagboxModel,
  QuestionTextModel,
} from 'survey-core';
import { booleanQuestion } from './boolean.js';
import { checkboxQuestion } from './checkbox.js';
import type { RenderContext } from './context.js';
import { dropdownQuestion } from './dropdown.js';
import { fileQuestion } from './file.js';
import { imagePickerQuestion, imageQuestion } from './image.js';
import { matrixQuestion } from './matrix.js';
import { matrixDropdownQuestion } from './matrix-dropdown.js';
import { multipleTextQuestion } from './multiple-text.js';
import { panelDynamicQuestion } from './panel-dynamic.js';
import { panelTemplate } from './panel.js';
import { radiogroupQuestion } from './radiogroup.js';
import { rankingQuestion } from './ranking.js';
import { ratingQuestion } from './rating.js';
import { signaturePadQuestion } from './signature-pad.js';
import { sliderQuestion, type SliderQuestion } from './slider.js';
import { expressionQuestion, htmlElement } from './static-text.js';
import { tagboxQuestion } from './tagbox.js';
import { textQuestion } from './text-input.js';

export function questionTemplate(q: Question, ctx: RenderContext): TemplateResult | typeof nothing {
  if (!q.isVisible) return nothing;
  switch (q.getType()) {
    case 'rating':
      return ratingQuestion(q as QuestionRatingModel);
    case 'radiogroup':
      return radiogroupQuestion(q as QuestionRadiogroupModel, ctx);
    case 'checkbox':
      return checkboxQuestion(q as QuestionCheckboxModel, ctx);
    case 'dropdown':
      return dropdownQuestion(q as QuestionDropdownModel, ctx);
    case 'tagbox':
      return tagboxQuestion(q as QuestionTagboxModel, ctx);
    case 'ranking':
      return rankingQuestion(q as QuestionRankingModel, ctx);
    case 'boolean':
      return booleanQuestion(q as QuestionBooleanModel);
    case 'comment':
    case 'text':
      return textQuestion(q as QuestionCommentModel | QuestionTextModel);
    case 'matrix':
      return matrixQuestion(q as QuestionMatrixModel);
    case 'matrixdropdown':
    case 'matrixdynamic':
      return matrixDropdownQuestion(
        q as QuestionMatrixDropdownModel | QuestionMatrixDynamicModel,
        ctx,
      );
    case 'multipletext':
      return multipleTextQuestion(q as QuestionMultipleTextModel);
    case 'paneldynamic':
      return panelDynamicQuestion(q as QuestionPanelDynamicModel, ctx);
    case 'imagepicker':
      return imagePickerQuestion(q as QuestionImagePickerModel);
    case 'image':
      return imageQuestion(q as QuestionImageModel);
    case 'file':
      return fileQuestion(q as QuestionFileModel, ctx);
    case 'signaturepad':
      return signaturePadQuestion(q as QuestionSignaturePadModel, ctx);
    case 'slider':
      return sliderQuestion(q as unknown as SliderQuestion, ctx);
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
