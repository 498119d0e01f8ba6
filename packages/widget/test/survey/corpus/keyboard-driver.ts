/**
 * Drives <genbridge-survey> with key presses only: Tab through each page, answer every control
 * reached once (the first option, a typed text), Enter on Next / Submit. What it meant to enter is
 * returned as data, so other renderers and survey-core's model can be given the same answers.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type {
  MatrixDropdownRowModelBase,
  Question,
  QuestionMatrixDropdownModelBase,
} from 'survey-core';
import { settle, type SurveyEl } from '../helpers.js';

const press = (key: string) => sendKeys({ press: key });

/** Long enough for the corpus's `text` validators (minLength 20). */
export const SAMPLE = 'Sample answer typed on the keyboard';

const validatorTypes = (q: Question): string[] =>
  ((q as unknown as { validators?: { getType(): string }[] }).validators ?? []).map((v) =>
    v.getType(),
  );

/**
 * What the keyboard enters for a text input and the value survey-core holds for it: per
 * `inputType`, and for a pattern mask (`9` digit, `a` letter, `#` either) text that fits the mask,
 * stored without the mask's literal characters unless the survey saves the masked text.
 */
export function textPlan(q: Question): { keys: string; value: unknown } {
  const m = q as unknown as {
    inputType?: string;
    maskType?: string;
    maskSettings?: { pattern?: string; saveMaskedValue?: boolean };
  };
  if (m.maskType === 'pattern' && m.maskSettings?.pattern) {
    const pattern = m.maskSettings.pattern;
    const keys = pattern.replace(/9/g, '4').replace(/a/g, 'k').replace(/#/g, '7');
    const value = m.maskSettings.saveMaskedValue
      ? keys
      : [...pattern].map((c, i) => ('9a#'.includes(c) ? keys[i] : '')).join('');
    return { keys, value };
  }
  if (m.maskType === 'numeric') return { keys: '12.5', value: 12.5 };
  const validators = validatorTypes(q);
  if (validators.includes('emailvalidator'))
    return { keys: 'a.person@example.com', value: 'a.person@example.com' };
  if (validators.includes('numericvalidator')) return { keys: '100', value: '100' };
  switch (m.inputType ?? 'text') {
    case 'date':
      // Chromium's date field takes month, day, year digits in the en-US locale.
      return { keys: '01152026', value: '2026-01-15' };
    case 'time':
      return { keys: '1030A', value: '10:30' };
    case 'email':
      return { keys: 'a.person@example.com', value: 'a.person@example.com' };
    case 'tel':
      return { keys: '07123 456789', value: '07123 456789' };
    case 'number':
    case 'range':
      return { keys: '3', value: 3 };
    default:
      return { keys: SAMPLE, value: SAMPLE };
  }
}

/** The answer a key press on this question's first control means, derived from the model alone. */
export function intended(q: Question, control: HTMLElement): unknown {
  const m = q as unknown as {
    visibleChoices?: { value: unknown }[];
    visibleRateValues?: { value: unknown }[];
    valueTrue?: unknown;
  };
  switch (q.getType()) {
    case 'radiogroup':
    case 'dropdown':
      return m.visibleChoices?.[0]?.value;
    case 'checkbox':
      return [m.visibleChoices?.[0]?.value];
    case 'rating':
      return m.visibleRateValues?.[0]?.value;
    case 'boolean':
      return m.valueTrue ?? true;
    case 'comment':
      return SAMPLE;
    case 'text':
      return textPlan(q).value;
    default:
      return control instanceof HTMLInputElement ? control.value : undefined;
  }
}

/**
 * For a question whose value is an object (a matrix row, a multiple-text item): which key the
 * focused control answers and what the first key press on it means.
 */
function partOf(
  q: Question,
  control: HTMLElement,
): { key: string; value: unknown; editor?: Question } | undefined {
  if (q.getType() === 'matrix') {
    const rows = [...(control.closest('[part~="matrix"]')?.querySelectorAll('.matrix-row') ?? [])];
    const row = (q as unknown as { visibleRows: { name: string }[] }).visibleRows[
      rows.indexOf(control.closest('.matrix-row')!)
    ];
    const column = (q as unknown as { visibleColumns: { value: unknown }[] }).visibleColumns[0];
    return row && column ? { key: String(row.name), value: column.value } : undefined;
  }
  if (q.getType() === 'multipletext') {
    const items = [...(control.closest('[data-question]')?.querySelectorAll('.item') ?? [])];
    const item = (q as unknown as { items: { name: string; editor: Question }[] }).items[
      items.indexOf(control.closest('.item')!)
    ];
    return item
      ? { key: item.name, value: textPlan(item.editor).value, editor: item.editor }
      : undefined;
  }
  return undefined;
}

const questionOf = (el: SurveyEl, node: Element): Question | undefined => {
  const name = node.closest<HTMLElement>('[data-question]')?.dataset.question;
  return name ? (el.model!.getQuestionByName(name) ?? undefined) : undefined;
};

/** A cell of a matrixdropdown / matrixdynamic: the row, the column and the cell's own question. */
interface Cell {
  matrix: QuestionMatrixDropdownModelBase;
  rowIndex: number;
  row: MatrixDropdownRowModelBase;
  column: string;
  question: Question;
}

/** Which matrix cell a control sits in, from the table's row and cell positions. */
function cellOf(el: SurveyEl, node: Element): Cell | undefined {
  const td = node.closest('td.cell');
  const container = td?.closest<HTMLElement>('.matrixdropdown[data-question]');
  if (!td || !container) return undefined;
  const matrix = el.model!.getQuestionByName(container.dataset.question!) as
    QuestionMatrixDropdownModelBase | undefined;
  if (!matrix) return undefined;
  const tr = td.closest('tr')!;
  const rowIndex = [...container.querySelectorAll('tbody > tr')].indexOf(tr);
  const row = matrix.visibleRows[rowIndex] as MatrixDropdownRowModelBase | undefined;
  const cells = row?.cells.filter((c) => matrix.visibleColumns.includes(c.column));
  const cell = cells?.[[...tr.querySelectorAll(':scope > td.cell')].indexOf(td)];
  return row && cell
    ? { matrix, rowIndex, row, column: cell.column.name, question: cell.question }
    : undefined;
}

/** The matrix's value with one more cell answered: rows by name, or by index for a dynamic one. */
function withCell(previous: unknown, cell: Cell, value: unknown): unknown {
  if (cell.matrix.getType() === 'matrixdynamic') {
    const rows = [...((previous as Record<string, unknown>[] | undefined) ?? [])];
    for (let n = 0; n <= cell.rowIndex; n++) rows[n] ??= {};
    rows[cell.rowIndex] = { ...rows[cell.rowIndex], [cell.column]: value };
    return rows;
  }
  const rows = { ...((previous as Record<string, Record<string, unknown>> | undefined) ?? {}) };
  const name = String(cell.row.rowName);
  rows[name] = { ...rows[name], [cell.column]: value };
  return rows;
}

/**
 * Tabs through each page, answering every control it reaches once, then presses Enter on Next or
 * Submit; in a dynamic matrix it presses "Add row" once and expects focus in the new row. Returns
 * the answers it meant to give, by question name (matrices as their whole value).
 */
export async function completeByKeyboard(
  el: SurveyEl,
  done: () => boolean,
  onPage: () => Promise<void>,
): Promise<Map<string, unknown>> {
  const planned = new Map<string, unknown>();
  const handled = new Set<string>();
  // Masked fields commit on change/blur, so a value is checked once focus has moved on.
  let pending: { q: Question; want: unknown } | undefined;
  const verify = () => {
    if (pending)
      expect(pending.q.value, `value of ${pending.q.name} after the key presses`).to.deep.equal(
        pending.want,
      );
    pending = undefined;
  };
  let pageNo = -1;
  // After "Add row" focus is already on the new row's first control: answer it without a Tab.
  let stay = false;
  for (let guard = 0; guard < 1500 && !done(); guard++) {
    if (
      el.model!.currentPageNo !== pageNo &&
      el.shadowRoot!.querySelector('#page-title, [part~="page"]')
    ) {
      pageNo = el.model!.currentPageNo;
      await onPage();
    }
    if (!stay) await press('Tab');
    stay = false;
    await settle(el);
    verify();
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    if (!active) throw new Error(`focus left the survey (on ${document.activeElement?.tagName})`);
    const part = active.getAttribute('part') ?? '';
    if (active instanceof HTMLButtonElement && /button-(next|complete)/.test(part)) {
      verify();
      await press('Enter');
      await settle(el);
      await new Promise((r) => setTimeout(r, 20));
      continue;
    }
    if (active instanceof HTMLButtonElement && /button-add-row/.test(part)) {
      const container = active.closest<HTMLElement>('[data-question]')!;
      const key = `${pageNo}:${container.dataset.question}:add-row`;
      if (handled.has(key)) continue;
      handled.add(key);
      const before = container.querySelectorAll('tbody > tr').length;
      await press('Enter');
      await settle(el);
      const rows = container.querySelectorAll('tbody > tr');
      expect(rows.length, 'rows after Enter on "Add row"').to.equal(before + 1);
      const now = el.shadowRoot!.activeElement;
      expect(
        now !== null && rows[rows.length - 1]!.contains(now),
        `focus in the new row after "Add row" (on ${now?.outerHTML.slice(0, 80)})`,
      ).to.equal(true);
      stay = true;
      continue;
    }
    const cell = cellOf(el, active);
    const q = cell?.question ?? questionOf(el, active);
    if (!q || (q.isReadOnly ?? false) || active instanceof HTMLButtonElement) continue;
    const slot = cell ? undefined : partOf(q, active);
    const key = cell
      ? `${pageNo}:${cell.matrix.name}:${cell.rowIndex}:${cell.column}`
      : `${pageNo}:${q.name}:${slot?.key ?? ''}`;
    if (handled.has(key)) continue;
    handled.add(key);
    if (
      active instanceof HTMLInputElement &&
      (active.type === 'radio' || active.type === 'checkbox')
    ) {
      await press('Space');
    } else if (active instanceof HTMLSelectElement) {
      await press('ArrowDown');
    } else if (active instanceof HTMLTextAreaElement) {
      await sendKeys({ type: SAMPLE });
    } else if (active instanceof HTMLInputElement && active.type === 'color') {
      // A colour is picked in the browser's own dialog, which headless Chromium cannot drive by
      // key presses; the corpus's colour questions are optional, so they stay unanswered.
      continue;
    } else if (active instanceof HTMLInputElement) {
      await sendKeys({ type: textPlan(slot?.editor ?? q).keys });
    } else continue;
    await settle(el);
    const answer = slot ? slot.value : intended(q, active);
    if (cell) {
      pending = { q, want: answer };
      planned.set(cell.matrix.name, withCell(planned.get(cell.matrix.name), cell, answer));
      continue;
    }
    // A matrix row or a multiple-text item adds its key to the question's object value.
    const want = slot
      ? { ...((planned.get(q.name) as object | undefined) ?? {}), [slot.key]: answer }
      : answer;
    pending = { q, want };
    planned.set(q.name, want);
  }
  return planned;
}
