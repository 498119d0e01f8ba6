import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { LocalizableString, PageModel, SurveyModel } from 'survey-core';
import { richHtml } from '../rich/rich-html.js';
import type { RenderContext } from './context.js';
import { elementsTemplate, elementTemplate } from './question.js';
import { text } from './question-parts.js';

export interface PageHandlers {
  next(): void;
  back(): void;
  complete(): void;
}

/** The JSON's own button text if the author set one, else ours (in our locale). */
const buttonText = (s: LocalizableString, ours: string): string =>
  (s.isEmpty ? ours : text(s)) || ours;

/** The survey's logo, title and description (description as sanitised HTML). */
function header(model: SurveyModel): TemplateResult | typeof nothing {
  const logo = model.logoPosition !== 'none' && model.logo ? text(model.locLogo) || model.logo : '';
  if (!model.title && !logo && !model.description) return nothing;
  const width = parseInt(String(model.logoWidth), 10);
  const height = parseInt(String(model.logoHeight), 10);
  return html`<header
    class="survey-header ${model.logoPosition === 'right' ? 'logo-end' : ''}"
    part="survey-header"
  >
    ${
      logo
        ? html`<img
            class="logo"
            part="logo"
            src=${logo}
            alt=""
            width=${Number.isFinite(width) ? width : nothing}
            height=${Number.isFinite(height) ? height : nothing}
          />`
        : nothing
    }
    <div class="survey-heading">
      ${model.title ? html`<h2 class="survey-title" part="survey-title">${text(model.locTitle)}</h2>` : nothing}
      ${model.description ? html`<div class="description rich" part="survey-description" ${richHtml(text(model.locDescription))}></div>` : nothing}
    </div>
  </header>`;
}

/**
 * `progressBarType`: pages ("Page 2 of 5"), answered or required questions (survey-core's own
 * text and percentage), or "buttons" (a list of the pages, the current one marked).
 */
function progress(
  model: SurveyModel,
  ctx: RenderContext,
  pageNo: number,
  total: number,
  where: 'top' | 'bottom',
): TemplateResult | typeof nothing {
  const show = model.showProgressBar as unknown;
  if (!show || show === 'off' || model.state === 'preview') return nothing;
  const onTop = model.isShowProgressBarOnTop || show === true || show === 'auto';
  if (where === 'top' ? !onTop : !model.isShowProgressBarOnBottom) return nothing;
  const type = model.progressBarType;
  const id = `progress-text-${where}`;
  if (type === 'buttons') {
    return html`<nav
      class="progress progress-buttons"
      part="progress"
      aria-label=${ctx.strings.progressLabel}
    >
      <ol>
        ${model.visiblePages.map(
          (p, n) =>
            html`<li aria-current=${n + 1 === pageNo ? 'step' : nothing}>
              <span class="step-no">${n + 1}</span>
              ${text(p.locNavigationTitle) || text(p.locTitle) || ctx.strings.pageOf(n + 1, total)}
            </li>`,
        )}
      </ol>
    </nav>`;
  }
  if (type === 'pages' && total < 2) return nothing;
  const pages = type === 'pages';
  return html`<div class="progress" part="progress">
    <span id=${id}>${pages ? ctx.strings.pageOf(pageNo, total) : model.progressText}</span>
    <progress
      part="progress-bar"
      aria-labelledby=${id}
      max=${pages ? total : 100}
      .value=${pages ? pageNo : model.progressValue}
    ></progress>
  </div>`;
}

/**
 * Survey header, progress, the current page (or, in `questionsOnPageMode: "questionPerPage"`, the
 * current question), and the navigation buttons (preview and edit when `showPreviewBeforeComplete`).
 */
export function pageTemplate(
  model: SurveyModel,
  ctx: RenderContext,
  on: PageHandlers,
): TemplateResult {
  const page = model.currentPage as PageModel | undefined;
  if (!page) return html``;
  const s = ctx.strings;
  const pageNo = model.visiblePages.indexOf(page) + 1;
  const total = model.visiblePages.length;
  const pageTitle = text(page.locTitle);
  const preview = model.state === 'preview';
  const heading = preview ? s.reviewBeforeSubmit : pageTitle || s.pageOf(pageNo, total);
  const single = model.currentSingleElement;
  const hasRequired = page.questions.some((q) => q.isVisible && q.isRequired);
  const completeVisible = model.isCompleteButtonVisible;
  const previewVisible = model.isPreviewButtonVisible;
  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (completeVisible) on.complete();
    else if (previewVisible) {
      if (!model.showPreview()) on.next();
    } else on.next();
  };
  return html`
    ${header(model)} ${progress(model, ctx, pageNo, total, 'top')}
    <form class="page" part="page" novalidate @submit=${onSubmit} aria-labelledby="page-title">
      <h3 class="page-title" part="page-title" id="page-title" tabindex="-1">${heading}</h3>
      ${page.description && !preview ? html`<div class="description rich" part="page-description" ${richHtml(text(page.locDescription))}></div>` : nothing}
      ${hasRequired && !preview ? html`<p class="hint" part="hint">${s.requiredHint}</p>` : nothing}
      ${keyed(`${page.id}/${(single as { id?: string } | undefined)?.id ?? ''}/${model.state}`, single ? elementTemplate(single, ctx) : elementsTemplate(page.elements, ctx))}
      <div class="nav" part="navigation">
        ${
          model.isShowPrevButton && !preview
            ? html`<button
                type="button"
                class="secondary"
                part="button button-back"
                @click=${on.back}
              >
                ${buttonText(model.locPagePrevText, s.back)}
              </button>`
            : nothing
        }
        ${
          model.isCancelPreviewButtonVisible
            ? html`<button
                type="button"
                class="secondary"
                part="button button-edit"
                @click=${() => model.cancelPreview()}
              >
                ${buttonText(model.locEditText, s.edit)}
              </button>`
            : nothing
        }
        ${
          completeVisible
            ? html`<button type="submit" class="primary" part="button button-complete">
                ${buttonText(model.locCompleteText, s.complete)}
              </button>`
            : previewVisible
              ? html`<button type="submit" class="primary" part="button button-preview">
                  ${buttonText(model.locPreviewText, s.preview)}
                </button>`
              : html`<button type="submit" class="primary" part="button button-next">
                  ${buttonText(model.locPageNextText, s.next)}
                </button>`
        }
      </div>
    </form>
    ${progress(model, ctx, pageNo, total, 'bottom')}
  `;
}
