import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PageModel, SurveyModel } from 'survey-core';
import type { UiStrings } from '../strings.js';
import { questionTemplate } from './question.js';
import { text } from './question-parts.js';

export interface PageHandlers {
  next(): void;
  back(): void;
  complete(): void;
}

/** Survey title, progress, the current page's visible questions and the navigation buttons. */
export function pageTemplate(model: SurveyModel, strings: UiStrings, on: PageHandlers): TemplateResult {
  const page = model.currentPage as PageModel | undefined;
  if (!page) return html``;
  const pageNo = model.visiblePages.indexOf(page) + 1;
  const total = model.visiblePages.length;
  const pageTitle = text(page.locTitle);
  const hasRequired = page.questions.some((q) => q.isVisible && q.isRequired);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (model.isLastPage) on.complete();
    else on.next();
  };
  return html`
    ${model.title ? html`<h2 class="survey-title" part="survey-title">${text(model.locTitle)}</h2>` : nothing}
    ${total > 1
      ? html`<div class="progress" part="progress">
          <span id="progress-text">${strings.pageOf(pageNo, total)}</span>
          <progress part="progress-bar" aria-labelledby="progress-text" max=${total} .value=${pageNo}></progress>
        </div>`
      : nothing}
    <form class="page" part="page" novalidate @submit=${onSubmit} aria-labelledby=${pageTitle ? 'page-title' : nothing}>
      <h3 class="page-title" part="page-title" id="page-title" tabindex="-1">${pageTitle || strings.pageOf(pageNo, total)}</h3>
      ${page.hasDescription ? html`<p class="description" part="page-description">${text(page.locDescription)}</p>` : nothing}
      ${hasRequired ? html`<p class="hint" part="hint">${strings.requiredHint}</p>` : nothing}
      ${repeat(
        page.questions,
        (q) => q.id,
        (q) => questionTemplate(q, strings),
      )}
      <div class="nav" part="navigation">
        ${model.isShowPrevButton
          ? html`<button type="button" class="secondary" part="button button-back" @click=${on.back}>${strings.back}</button>`
          : nothing}
        ${model.isLastPage
          ? html`<button type="submit" class="primary" part="button button-complete">${strings.complete}</button>`
          : html`<button type="submit" class="primary" part="button button-next">${strings.next}</button>`}
      </div>
    </form>
  `;
}
