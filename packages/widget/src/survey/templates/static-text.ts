import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionExpressionModel, QuestionHtmlModel } from 'survey-core';
import { richHtml } from '../rich/rich-html.js';
import { description, ids, titleContent } from './question-parts.js';

/** An `html` element: the author's markup, sanitised (DOMPurify, `genbridge-html` policy). */
export function htmlElement(q: QuestionHtmlModel): TemplateResult {
  return html`<div
    class="question static rich"
    part="question note"
    data-question=${q.name}
    ${richHtml(q.locHtml.renderedHtml ?? '')}
  ></div>`;
}

/** A computed value (e.g. a total), read-only. */
export function expressionQuestion(q: QuestionExpressionModel): TemplateResult {
  const i = ids(q);
  return html`<div class="question expression" part="question" data-question=${q.name}>
    <p class="title" part="question-title" id=${i.title}>${titleContent(q)}</p>
    ${description(q)}
    <output aria-labelledby=${i.title}>${q.displayValue ?? nothing}</output>
  </div>`;
}
