import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionExpressionModel, QuestionHtmlModel } from 'survey-core';
import { htmlToPlainText } from '../plain-text.js';
import { description, ids, text } from './question-parts.js';

/** An `html` element shows its content as plain text: survey JSON never becomes markup. */
export function htmlElement(q: QuestionHtmlModel): TemplateResult {
  const body = htmlToPlainText(q.locHtml.renderedHtml ?? '');
  return html`<div class="question static" part="question note" data-question=${q.name}>
    ${body.split(/\n{2,}/).map((para) => html`<p>${para}</p>`)}
  </div>`;
}

/** A computed value (e.g. a total), read-only. */
export function expressionQuestion(q: QuestionExpressionModel): TemplateResult {
  const i = ids(q);
  return html`<div class="question expression" part="question" data-question=${q.name}>
    <p class="title" part="question-title" id=${i.title}>${text(q.locTitle)}</p>
    ${description(q)}
    <output aria-labelledby=${i.title}>${q.displayValue ?? nothing}</output>
  </div>`;
}
