import { live } from 'lit/directives/live.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { QuestionMatrixModel } from 'survey-core';
import { describedBy, description, errors, ids, text, titleContent } from './question-parts.js';

/**
 * Matrix of Likert rows. Each row is its own radiogroup named by the row text, and every radio keeps
 * its column label (visually hidden on wide screens, where the shared header row shows it), so a
 * screen reader announces "row, column" instead of an anonymous grid of radios.
 */
export function matrixQuestion(q: QuestionMatrixModel): TemplateResult {
  const i = ids(q);
  const columns = q.visibleColumns.map((c) => ({
    value: c.value,
    label: text(c.locText) || String(c.value),
  }));
  const rowError = (row: (typeof q.visibleRows)[number]) =>
    q.errors.length > 0 && (q.eachRowRequired || q.isRequired) && row.value == null;
  return html`<div
    class="question matrix"
    part="question matrix"
    role="group"
    data-question=${q.name}
    aria-labelledby=${i.title}
    aria-describedby=${describedBy(q)}
  >
    <p class="title" part="question-title" id=${i.title}>${titleContent(q)}</p>
    ${description(q)}
    <div class="matrix-grid">
      <div class="matrix-head" part="matrix-head" aria-hidden="true">
        <span></span>${columns.map((c) => html`<span>${c.label}</span>`)}
      </div>
      ${q.visibleRows.map((row, r) => {
        const rowId = `${q.id}-row-${r}`;
        return html`<div
          class="matrix-row"
          part="matrix-row"
          role="radiogroup"
          aria-labelledby=${rowId}
          aria-invalid=${rowError(row) ? 'true' : nothing}
          aria-describedby=${rowError(row) ? i.error : nothing}
          aria-required=${q.eachRowRequired || q.isRequired ? 'true' : nothing}
        >
          <span class="row-label" id=${rowId}>${text(row.locText)}</span>
          ${columns.map(
            (c, n) =>
              html`<label class="option" part="option">
                <input
                  type="radio"
                  name=${rowId}
                  id=${r === 0 && n === 0 ? i.input : nothing}
                  .checked=${live(row.value === c.value)}
                  @change=${() => (row.value = c.value)}
                /><span class="option-label cell-label">${c.label}</span>
              </label>`,
          )}
        </div>`;
      })}
    </div>
    ${errors(q)}
  </div>`;
}
