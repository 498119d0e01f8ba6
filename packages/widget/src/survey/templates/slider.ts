import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Question } from 'survey-core';
import type { RenderContext } from './context.js';
import {
  ariaInvalid,
  describedBy,
  description,
  errors,
  ids,
  titleContent,
} from './question-parts.js';

/** The slider's model (survey-core 3's QuestionSliderModel is not in its public type exports). */
export interface SliderQuestion extends Question {
  min: number;
  max: number;
  step: number;
  sliderType: 'single' | 'range';
  renderedMin: number;
  renderedMax: number;
}

/**
 * Native range inputs (arrow keys, Page Up/Down, Home/End; mirrored under RTL by the browser).
 * A range slider is two inputs, "from" and "to", each kept on its side of the other.
 */
export function sliderQuestion(q: SliderQuestion, ctx: RenderContext): TemplateResult {
  const i = ids(q);
  const min = q.renderedMin ?? q.min;
  const max = q.renderedMax ?? q.max;
  const range = q.sliderType === 'range';
  const value = q.value as number | number[] | undefined;
  const lo = range ? (Array.isArray(value) ? value[0] : undefined) : (value as number | undefined);
  const hi = range && Array.isArray(value) ? value[1] : undefined;
  const input = (
    id: string,
    v: number | undefined,
    label: string | undefined,
    set: (n: number) => void,
  ) =>
    html`<input
      type="range"
      id=${id}
      part="slider"
      min=${min}
      max=${max}
      step=${q.step || 1}
      aria-label=${label ?? nothing}
      aria-valuetext=${v == null ? ctx.strings.noAnswer : nothing}
      aria-describedby=${describedBy(q)}
      aria-invalid=${ariaInvalid(q)}
      ?disabled=${q.isReadOnly}
      .value=${live(String(v ?? min))}
      @input=${(e: Event) => set(Number((e.target as HTMLInputElement).value))}
    />`;
  return html`<div class="question slider" part="question" data-question=${q.name}>
    ${
      range
        ? html`<p class="title" part="question-title" id=${i.title}>${titleContent(q)}</p>`
        : html`<label class="title" part="question-title" id=${i.title} for=${i.input}
            >${titleContent(q)}</label
          >`
    }
    ${description(q)}
    <div class="slider-row">
      <span class="slider-end" aria-hidden="true">${min}</span>
      ${
        range
          ? html`${input(i.input, lo, `${q.title}: ${ctx.strings.from}`, (n) => (q.value = [Math.min(n, hi ?? max), hi ?? max]))}
            ${input(`${i.input}-to`, hi ?? max, `${q.title}: ${ctx.strings.to}`, (n) => (q.value = [lo ?? min, Math.max(n, lo ?? min)]))}`
          : input(i.input, lo, undefined, (n) => (q.value = n))
      }
      <span class="slider-end" aria-hidden="true">${max}</span>
      <output for=${i.input} aria-hidden="true"
        >${value == null ? '–' : Array.isArray(value) ? value.join(' – ') : value}</output
      >
    </div>
    ${errors(q)}
  </div>`;
}
