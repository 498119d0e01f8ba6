import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { QuestionImageModel, QuestionImagePickerModel } from 'survey-core';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  ids,
  loc,
  text,
  titleContent,
} from './question-parts.js';

/**
 * Pictures as choices: native radios (or checkboxes with `multiSelect`) whose label holds the
 * picture; the alt text is the choice text, so the option has a name even without a caption.
 */
export function imagePickerQuestion(q: QuestionImagePickerModel): TemplateResult {
  const i = ids(q);
  const multi = q.multiSelect;
  return html`<fieldset
    class="question imagepicker"
    part="question"
    role=${multi ? nothing : 'radiogroup'}
    data-question=${q.name}
    aria-labelledby=${i.title}
    aria-describedby=${describedBy(q)}
    aria-invalid=${ariaInvalid(q)}
  >
    <legend class="title" part="question-title" id=${i.title}>${titleContent(q)}</legend>
    ${description(q)}
    <div class="image-options" part="choices">
      ${q.visibleChoices.map((item, n) => {
        const label = text(item.locText) || String(item.value);
        const link = (item as unknown as { imageLink?: string }).imageLink ?? '';
        return html`<label class="image-option" part="option">
          <input
            type=${multi ? 'checkbox' : 'radio'}
            name=${q.id}
            id=${n === 0 ? i.input : nothing}
            .checked=${live(q.isItemSelected(item))}
            ?disabled=${q.isReadOnly || !item.isEnabled}
            @change=${(e: Event) => {
              const checked = (e.target as HTMLInputElement).checked;
              if (!multi) q.value = item.value;
              else {
                const v = Array.isArray(q.value)
                  ? (q.value as unknown[]).filter((x) => x !== item.value)
                  : [];
                q.value = checked ? [...v, item.value] : v;
              }
            }}
          />
          ${
            q.contentMode === 'video'
              ? html`<video src=${link} aria-label=${label} muted preload="metadata"></video>`
              : html`<img src=${link} alt=${label} loading="lazy" />`
          }
          ${q.showLabel ? html`<span class="option-label">${label}</span>` : nothing}
        </label>`;
      })}
    </div>
    ${errors(q)}
  </fieldset>`;
}

/** A picture (or video) shown in the survey; `altText` is required reading for screen readers. */
export function imageQuestion(q: QuestionImageModel): TemplateResult {
  const link = text(q.locImageLink) || q.imageLink || '';
  const alt = text(q.locAltText) || text(q.locTitle);
  const media =
    q.contentMode === 'video'
      ? html`<video src=${link} controls aria-label=${alt} preload="metadata"></video>`
      : q.contentMode === 'youtube'
        ? html`<a href=${link} target="_blank" rel="noopener noreferrer">${alt || link}</a>`
        : html`<img src=${link} alt=${alt} loading="lazy" />`;
  return html`<figure class="question image" part="question image" data-question=${q.name}>
    ${media}${q.hasTitle && q.title !== q.name ? html`<figcaption>${loc(q.locTitle)}</figcaption>` : nothing}
  </figure>`;
}
