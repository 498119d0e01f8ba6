import { live } from 'lit/directives/live.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Question } from 'survey-core';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  ids,
  titleContent,
} from './question-parts.js';

export interface Choice {
  value: unknown;
  /** Plain text, or author text already rendered (markdown/HTML through `loc`). */
  label: string | TemplateResult;
  disabled?: boolean;
}

export interface ChoiceGroupLayout {
  /** `scale`: a row of options (rating); `list`: options under each other, or in `colCount` columns. */
  layout: 'scale' | 'list';
  /** Min/max descriptions shown above a scale. */
  extremes?: { min: string; max: string } | undefined;
  /** Extra classes on the options container (e.g. the column layout of `colCount`). */
  optionsClass?: string;
  /** What follows the options inside the group: Other's text box, the comment area. */
  after?: unknown;
}

/**
 * A single-choice question as native radios in a fieldset exposed as a radiogroup: arrow keys move
 * between options, the legend is the group's programmatic label, errors are linked to the group.
 * The one radiogroup shell: rating, yes/no and radiogroup questions all render through it.
 */
export function choiceGroup(
  q: Question,
  choices: Choice[],
  selected: (value: unknown) => boolean,
  select: (value: unknown, event: Event) => void,
  { layout, extremes, optionsClass = '', after = nothing }: ChoiceGroupLayout,
): TemplateResult {
  const i = ids(q);
  return html`<fieldset
    class="question choice-group ${layout}"
    part="question"
    role="radiogroup"
    data-question=${q.name}
    aria-labelledby=${i.title}
    aria-describedby=${describedBy(q)}
    aria-invalid=${ariaInvalid(q)}
    aria-required=${q.isRequired ? 'true' : nothing}
  >
    <legend class="title" part="question-title" id=${i.title}>${titleContent(q)}</legend>
    ${description(q)}
    ${
      extremes && (extremes.min || extremes.max)
        ? html`<div class="extremes" part="scale-extremes" aria-hidden="true">
            <span>${extremes.min}</span><span>${extremes.max}</span>
          </div>`
        : nothing
    }
    <div class="options ${optionsClass}" part=${layout === 'scale' ? 'scale' : 'choices'}>
      ${choices.map(
        (c, n) =>
          html`<label class="option" part="option">
            <input
              type="radio"
              name=${q.id}
              id=${n === 0 ? i.input : nothing}
              .checked=${live(selected(c.value))}
              ?disabled=${q.isReadOnly || c.disabled === true}
              @change=${(e: Event) => select(c.value, e)}
            /><span class="option-label">${c.label}</span>
          </label>`,
      )}
    </div>
    ${after} ${errors(q)}
  </fieldset>`;
}
