import { html, nothing, type TemplateResult } from 'lit';
import type {
  Question,
  QuestionBooleanModel,
  QuestionCommentModel,
  QuestionDropdownModel,
  QuestionExpressionModel,
  QuestionHtmlModel,
  QuestionMatrixModel,
  QuestionRadiogroupModel,
  QuestionRatingModel,
  QuestionTextModel,
} from 'survey-core';
import type { UiStrings } from '../strings.js';
import { booleanQuestion } from './boolean.js';
import { dropdownQuestion } from './dropdown.js';
import { matrixQuestion } from './matrix.js';
import { radiogroupQuestion } from './radiogroup.js';
import { ratingQuestion } from './rating.js';
import { expressionQuestion, htmlElement } from './static-text.js';
import { textQuestion } from './text-input.js';

/** The question types Genbridge surveys use; anything else is reported instead of half-rendered. */
export const SUPPORTED_TYPES = ['rating', 'radiogroup', 'dropdown', 'boolean', 'comment', 'text', 'matrix', 'html', 'expression'];

export function questionTemplate(q: Question, strings: UiStrings): TemplateResult | typeof nothing {
  if (!q.isVisible) return nothing;
  switch (q.getType()) {
    case 'rating':
      return ratingQuestion(q as QuestionRatingModel);
    case 'radiogroup':
      return radiogroupQuestion(q as QuestionRadiogroupModel);
    case 'dropdown':
      return dropdownQuestion(q as QuestionDropdownModel, strings.select);
    case 'boolean':
      return booleanQuestion(q as QuestionBooleanModel);
    case 'comment':
    case 'text':
      return textQuestion(q as QuestionCommentModel | QuestionTextModel);
    case 'matrix':
      return matrixQuestion(q as QuestionMatrixModel);
    case 'html':
      return htmlElement(q as QuestionHtmlModel);
    case 'expression':
      return expressionQuestion(q as QuestionExpressionModel);
    default:
      return html`<p class="unsupported" part="error">Unsupported question type "${q.getType()}" (${q.name}).</p>`;
  }
}
