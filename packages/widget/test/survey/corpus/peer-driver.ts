/**
 * SurveyJS's own renderer, survey-js-ui 2.5.38 on survey-core 2.5.38 (the benchmark's peer, served
 * by peer-server.mjs), given the same answers through its DOM: radios, checkboxes and "Add row"
 * clicked with the mouse, text typed by key presses, its dropdown combobox driven by ArrowDown and
 * Enter; then Next and Complete clicked. The data it completes with is the reference for
 * <genbridge-survey>'s data.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { textPlan } from './keyboard-driver.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- survey-core 2.5 is a global script here,
   typed only by what this file reads from it. */
type PeerQuestion = any;
type PeerModel = any;
declare global {
  interface Window {
    Survey?: any;
    SurveyUI?: any;
  }
}

let loaded: Promise<void> | undefined;
const addScript = (src: string) =>
  new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`${src} did not load (examples/bench-peer installed?)`));
    document.head.append(s);
  });

/** Loads the peer's classic scripts and stylesheet into the test page once. */
export function loadPeer(): Promise<void> {
  loaded ??= (async () => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/test-peer/survey-core.min.css';
    document.head.append(css);
    await addScript('/test-peer/survey.core.min.js');
    await addScript('/test-peer/survey-js-ui.min.js');
  })();
  return loaded;
}

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  await new Promise((r) => setTimeout(r, 0));
};
const visible = (e: Element) => (e as HTMLElement).offsetParent !== null;

/** Types into a field as a person would, then leaves it (survey-js-ui commits text on blur). */
async function typeInto(input: HTMLElement | null | undefined, keys: string, what: string) {
  if (!input) throw new Error(`peer: no field for ${what}`);
  input.focus();
  // Tabbing into a field selects its text, so typing replaces it (as in the keyboard run).
  (input as HTMLInputElement).select?.();
  await sendKeys({ type: keys });
  input.blur();
  await frames(1);
}

/**
 * A real mouse click (through the browser, not `element.click()`): survey-js-ui treats a radio
 * chosen with the mouse differently (only then does `goNextPageAutomatic` move on). Hidden
 * inputs are clicked through their label.
 */
async function click(target: Element | null | undefined, what: string) {
  if (!target) throw new Error(`peer: nothing to click for ${what}`);
  const box = (target.closest('label') ?? target) as HTMLElement;
  box.scrollIntoView({ block: 'center', inline: 'center' });
  const r = box.getBoundingClientRect();
  const x = Math.round(r.left + Math.min(12, r.width / 2));
  const y = Math.round(r.top + r.height / 2);
  const hit = document.elementFromPoint(x, y);
  if (!hit || !(box.contains(hit) || hit.contains(box)))
    throw new Error(
      `peer: ${what}: the point clicked is covered by ${hit?.outerHTML.slice(0, 120)}`,
    );
  await sendMouse({ type: 'click', position: [x, y] });
}

/** The peer's DOM elements of every rendered question and matrix cell (its own render events). */
type Elements = Map<PeerQuestion, HTMLElement>;

async function enter(q: PeerQuestion, value: unknown, elements: Elements): Promise<void> {
  const el = elements.get(q);
  if (!el) throw new Error(`peer: ${q.name} not rendered`);
  const what = `${q.getType()} ${q.name}`;
  const byValue = (type: string, v: unknown) =>
    [...el.querySelectorAll<HTMLInputElement>(`input[type="${type}"]`)].find(
      (i) => i.value === String(v),
    );
  switch (q.getType()) {
    case 'radiogroup':
    case 'rating':
      await click(byValue('radio', value), `${what} = ${String(value)}`);
      break;
    case 'checkbox':
      for (const v of value as unknown[])
        await click(byValue('checkbox', v), `${what} ∋ ${String(v)}`);
      break;
    case 'dropdown': {
      // Its combobox by keyboard: ArrowDown opens the list on the first item, then moves on; Enter
      // picks the item.
      const n = q.visibleChoices.findIndex((c: { value: unknown }) => c.value === value);
      const combobox = el.querySelector<HTMLElement>('[role="combobox"]');
      if (n < 0 || !combobox) throw new Error(`peer: cannot pick ${String(value)} in ${what}`);
      // On a loaded machine the list opens some frames after the first ArrowDown and keys pressed
      // before that are lost (the cell then holds nothing): wait for it to open, give each key a
      // frame, and try again while nothing was picked. A wrong pick still fails below.
      for (
        let attempt = 0;
        attempt === 0 || (attempt < 3 && (q.value ?? null) === null);
        attempt++
      ) {
        combobox.focus();
        await sendKeys({ press: 'ArrowDown' });
        for (let t = 0; t < 100 && combobox.getAttribute('aria-expanded') !== 'true'; t++)
          await frames(1);
        for (let k = 0; k < n; k++) {
          await sendKeys({ press: 'ArrowDown' });
          await frames(1);
        }
        await sendKeys({ press: 'Enter' });
        await frames(1);
        combobox.blur();
        await frames(1);
      }
      break;
    }
    case 'text':
    case 'comment':
      await typeInto(el.querySelector<HTMLElement>('input, textarea'), textPlan(q).keys, what);
      break;
    case 'multipletext':
      for (const name of Object.keys(value as object)) {
        const n = q.items.findIndex((i: { name: string }) => i.name === name);
        const input = el.querySelectorAll<HTMLElement>('input')[n];
        await typeInto(input, textPlan(q.items[n].editor).keys, `${what}.${name}`);
      }
      break;
    case 'matrix':
      for (const [row, column] of Object.entries(value as Record<string, unknown>)) {
        const n = q.visibleRows.findIndex((r: { name: unknown }) => String(r.name) === row);
        const tr = [...el.querySelectorAll('tr')].filter((t) => t.querySelector('input'))[n];
        await click(
          [...(tr?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])].find(
            (i) => i.value === String(column),
          ),
          `${what}.${row} = ${String(column)}`,
        );
      }
      break;
    case 'matrixdynamic':
    case 'matrixdropdown': {
      const rows = value as Record<string, Record<string, unknown>> | Record<string, unknown>[];
      if (Array.isArray(rows))
        while (q.visibleRows.length < rows.length) {
          await click(el.querySelector('.sd-matrixdynamic__add-btn'), `${what}: Add row`);
          await frames();
        }
      for (const [key, cells] of Object.entries(rows)) {
        const row = Array.isArray(rows)
          ? q.visibleRows[Number(key)]
          : q.visibleRows.find((r: { rowName: unknown }) => String(r.rowName) === key);
        for (const [column, v] of Object.entries(cells as Record<string, unknown>)) {
          const cell = row?.cells.find((c: any) => c.column.name === column);
          if (!cell) throw new Error(`peer: no cell ${what}[${key}].${column}`);
          await enter(cell.question, v, elements);
          await frames(1);
          if (JSON.stringify(cell.question.value) !== JSON.stringify(v))
            throw new Error(
              `peer: ${what}[${key}].${column} holds ${JSON.stringify(cell.question.value)} after entering ${JSON.stringify(v)} (${elements.get(cell.question)?.innerHTML.slice(0, 400)})`,
            );
        }
      }
      break;
    }
    default:
      throw new Error(`peer: ${what} is not driven`);
  }
}

/**
 * Renders `json` with survey-js-ui, enters `planned` (question name → value) page by page through
 * its DOM, in page order and as answers reveal questions, and completes it. Returns `survey.data`.
 */
export async function completeInPeer(
  json: object,
  planned: Map<string, unknown>,
): Promise<Record<string, unknown>> {
  await loadPeer();
  const host = document.createElement('div');
  document.body.append(host);
  const survey: PeerModel = new window.Survey.Model(json);
  const elements: Elements = new Map();
  survey.onAfterRenderQuestion.add((_: unknown, o: any) => elements.set(o.question, o.htmlElement));
  survey.onAfterRenderMatrixCell.add((_: unknown, o: any) =>
    elements.set(o.cellQuestion, o.htmlElement),
  );
  let completed = false;
  survey.onComplete.add(() => (completed = true));
  window.SurveyUI.renderSurvey(survey, host);
  try {
    const entered = new Set<string>();
    for (let guard = 0; guard < 60 && !completed; guard++) {
      await frames();
      const page = survey.currentPageNo;
      for (let round = 0; round < 6 && survey.currentPageNo === page && !completed; round++) {
        const todo = survey.currentPage.questions.filter(
          (q: PeerQuestion) =>
            q.isVisible && planned.get(q.name) !== undefined && !entered.has(q.name),
        );
        if (todo.length === 0) break;
        for (const q of todo) {
          entered.add(q.name);
          await enter(q, planned.get(q.name), elements);
          await frames();
          if (survey.currentPageNo !== page || completed) break;
        }
      }
      const button = () =>
        [...host.querySelectorAll('.sd-navigation__complete-btn, .sd-navigation__next-btn')].find(
          visible,
        );
      // Auto-advance (goNextPageAutomatic) moves on by itself, after a short delay (5 s of wall
      // time: a loaded machine may take a while).
      const advanceBy = Date.now() + 5000;
      while (Date.now() < advanceBy && !button() && !completed && survey.currentPageNo === page)
        await new Promise((r) => setTimeout(r, 20));
      if (completed || survey.currentPageNo !== page) continue;
      const pressed = button();
      // A click that lands while survey-js-ui re-renders can be lost on a loaded machine: one
      // more click if the page has not moved on, and the page must still move on after it.
      for (let attempt = 0; attempt < 2 && !completed && survey.currentPageNo === page; attempt++) {
        const again = attempt === 0 ? pressed : button();
        if (!again) break;
        await click(again, `page ${page + 1}: Next / Complete`);
        const movedBy = Date.now() + 5000;
        while (Date.now() < movedBy && !completed && survey.currentPageNo === page)
          await new Promise((r) => setTimeout(r, 20));
      }
      if (!completed && survey.currentPageNo === page) {
        const errors = survey.currentPage.questions
          .filter((q: PeerQuestion) => q.errors.length > 0)
          .map((q: PeerQuestion) => `${q.name}: ${q.errors.map((e: any) => e.text).join('; ')}`);
        throw new Error(
          `peer: page ${page + 1} did not move on after a click on ${pressed?.outerHTML.slice(0, 160)} (errors: ${errors.join(' | ')}; data ${JSON.stringify(survey.data)})`,
        );
      }
    }
    if (!completed) throw new Error('peer: survey did not complete');
    return survey.data as Record<string, unknown>;
  } finally {
    host.remove();
  }
}
