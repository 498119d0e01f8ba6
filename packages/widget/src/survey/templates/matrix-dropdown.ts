import { html, nothing, type TemplateResult } from 'lit';
import type {
  MatrixDropdownRowModelBase,
  QuestionMatrixDropdownModel,
  QuestionMatrixDynamicModel,
} from 'survey-core';
import type { RenderContext } from './context.js';
import {
  describedBy,
  description,
  errors,
  hostOf,
  ids,
  loc,
  text,
  titleContent,
} from './question-parts.js';
import { questionTemplate } from './question.js';

/**
 * `matrixdropdown` (fixed rows) and `matrixdynamic` (rows added and removed by the person) as a real
 * table: column and row headers give every cell its context, and each cell holds the cell's own
 * survey-core question (dropdown, text, checkbox, …) rendered by the usual template with its
 * label kept for screen readers only.
 */
export function matrixDropdownQuestion(
  q: QuestionMatrixDropdownModel | QuestionMatrixDynamicModel,
  ctx: RenderContext,
): TemplateResult {
  const i = ids(q);
  const dynamic = q.getType() === 'matrixdynamic';
  const d = q as QuestionMatrixDynamicModel;
  const columns = q.visibleColumns;
  const rows = q.visibleRows as MatrixDropdownRowModelBase[];
  const rowLabel = (row: MatrixDropdownRowModelBase, n: number) => {
    const t = (row as unknown as { locText?: Parameters<typeof text>[0] }).locText;
    return (t && text(t)) || ctx.strings.rowN(n + 1);
  };
  return html`<div
    class="question matrixdropdown"
    part="question matrix"
    data-question=${q.name}
    role="group"
    aria-labelledby=${i.title}
    aria-describedby=${describedBy(q)}
  >
    <p class="title" part="question-title" id=${i.title}>${titleContent(q)}</p>
    ${description(q)}
    <div class="table-scroll" role="region" aria-labelledby=${i.title} tabindex="0">
      <table part="matrix-table" aria-labelledby=${i.title}>
        <thead>
          <tr part="matrix-head">
            <td></td>
            ${columns.map((c) => html`<th scope="col">${loc(c.locTitle)}${c.isRequired ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}</th>`)}
            ${dynamic ? html`<td></td>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row, n) =>
              html`<tr part="matrix-row">
                <th scope="row">${rowLabel(row, n)}</th>
                ${row.cells
                  .filter((cell) => columns.includes(cell.column))
                  .map(
                    (cell) => html`<td class="cell">${questionTemplate(cell.question, ctx)}</td>`,
                  )}
                ${
                  dynamic
                    ? html`<td class="row-actions">
                        ${
                          d.canRemoveRows && d.canRemoveRow(row)
                            ? html`<button
                                type="button"
                                class="secondary"
                                part="button button-remove-row"
                                aria-label=${`${text(d.locRemoveRowText)}: ${rowLabel(row, n)}`}
                                @click=${(e: Event) => {
                                  d.removeRowUI(row);
                                  focusAfterRemove(e, n);
                                }}
                              >
                                ${text(d.locRemoveRowText)}
                              </button>`
                            : nothing
                        }
                      </td>`
                    : nothing
                }
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${dynamic && rows.length === 0 && d.hideColumnsIfEmpty ? html`<p class="empty">${text(d.locNoRowsText)}</p>` : nothing}
    ${
      dynamic && d.canAddRow
        ? html`<button
            type="button"
            class="secondary"
            part="button button-add-row"
            @click=${(e: Event) => {
              d.addRowUI();
              focusNewRow(e);
            }}
          >
            ${text(d.locAddRowText)}
          </button>`
        : nothing
    }
    ${errors(q)}
  </div>`;
}

/**
 * After "Add row", focus goes to the new row's first control: a keyboard user continues typing
 * there instead of tabbing back through the whole table from the button.
 */
function focusNewRow(e: Event): void {
  const table = (e.currentTarget as Element).closest('[data-question]')?.querySelector('tbody');
  const host = hostOf(e) as unknown as { requestUpdate(): void; updateComplete: Promise<unknown> };
  host.requestUpdate();
  void host.updateComplete.then(() =>
    table?.lastElementChild
      ?.querySelector<HTMLElement>('input, select, textarea, button, [tabindex="0"]')
      ?.focus(),
  );
}

/**
 * After "Remove", the pressed button is gone; focus goes to the Remove button of the row that took
 * its place, else of the row before, else to "Add row", so a keyboard user is not dropped to the
 * top of the page.
 */
function focusAfterRemove(e: Event, removed: number): void {
  const question = (e.currentTarget as Element).closest('[data-question]');
  const host = hostOf(e) as unknown as { requestUpdate(): void; updateComplete: Promise<unknown> };
  host.requestUpdate();
  void host.updateComplete.then(() => {
    const removes = [
      ...(question?.querySelectorAll<HTMLElement>('[part~="button-remove-row"]') ?? []),
    ];
    (
      removes[removed] ??
      removes[removed - 1] ??
      question?.querySelector<HTMLElement>('[part~="button-add-row"]')
    )?.focus();
  });
}
