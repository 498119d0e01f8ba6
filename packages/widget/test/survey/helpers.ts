import { fixture, html, nextFrame } from '@open-wc/testing';
import type { GenbridgeSurvey } from '../../src/survey.js';
import '../../src/survey.js';

export type SurveyEl = GenbridgeSurvey;

export interface MountOptions {
  wave?: 'baseline' | 'exit';
  programme?: string;
  participant?: string | null;
  endpoint?: string;
  locale?: string;
  cohort?: string;
  invitation?: string;
  allowResubmit?: boolean;
  props?: Partial<Pick<GenbridgeSurvey, 'instrument' | 'surveyJson'>>;
}

/** Mounts <genbridge-survey> and waits until its survey is built and rendered. */
export async function mountSurvey(o: MountOptions = {}): Promise<SurveyEl> {
  const el = document.createElement('genbridge-survey');
  el.setAttribute('wave', o.wave ?? 'baseline');
  el.setAttribute('programme', o.programme ?? 'test-prog');
  if (o.participant !== null) el.setAttribute('participant', o.participant ?? 'TEST-0001');
  if (o.endpoint) el.setAttribute('endpoint', o.endpoint);
  if (o.locale) el.setAttribute('locale', o.locale);
  if (o.cohort) el.setAttribute('cohort', o.cohort);
  if (o.invitation) el.setAttribute('invitation', o.invitation);
  if (o.allowResubmit) el.setAttribute('allow-resubmit', '');
  Object.assign(el, o.props ?? {});
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await el.surveyReady;
  return el;
}

export const root = (el: SurveyEl): ShadowRoot => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: SurveyEl, sel: string): T | null =>
  root(el).querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: SurveyEl, sel: string): T[] => [
  ...root(el).querySelectorAll<T>(sel),
];

/**
 * Waits until the survey's idle-time preloading (templates of every page, once the first page is
 * painted) has run, so a test that counts renders or loaded chunks starts after everything the
 * mount set off. The element asked for its idle callback first, so ours runs after it.
 */
export async function afterIdlePreload(el: SurveyEl): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(resolve)));
  await settle(el);
}

/** Lets the model's change notifications (microtask) and Lit's update run. */
export async function settle(el: SurveyEl): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
  await Promise.resolve();
  await el.updateComplete;
}

/**
 * Answers every unanswered radiogroup on the current page through the DOM (clicking the option at
 * `pick`, clamped), repeating while answers reveal new questions (visibleIf).
 */
export async function answerPage(el: SurveyEl, pick = 0): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const open = $$(el, '[role="radiogroup"]').filter((g) => !g.querySelector('input:checked'));
    if (open.length === 0) break;
    for (const g of open) {
      const radios = [...g.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      // Yes/no questions get "yes" (consent, retrospective opt-in); scales get the requested point.
      radios[radios.length <= 2 ? 0 : Math.min(pick, radios.length - 1)]!.click();
    }
    await settle(el);
  }
}

export async function clickButton(
  el: SurveyEl,
  part: 'button-next' | 'button-complete' | 'button-back' | 'button-review' | 'button-retry',
): Promise<void> {
  const b = $<HTMLButtonElement>(el, `[part~="${part}"]`);
  if (!b) throw new Error(`no ${part} button`);
  b.click();
  await settle(el);
}

/** Answers page after page and submits. */
export async function completeSurvey(el: SurveyEl, pick = 3): Promise<void> {
  for (let page = 0; page < 20; page++) {
    await answerPage(el, pick);
    if ($(el, '[part~="button-complete"]')) {
      await clickButton(el, 'button-complete');
      return;
    }
    await clickButton(el, 'button-next');
  }
  throw new Error('survey did not reach its last page');
}

export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  name: K,
  timeoutMs = 8000,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${name} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    target.addEventListener(
      name,
      (e) => {
        clearTimeout(timer);
        resolve(e as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
}

let counter = 0;
/** A fresh server-side bucket per test so tests never see each other's responses. */
export const newBucket = (): string => `b${Date.now().toString(36)}${(counter++).toString(36)}`;
export const endpointFor = (bucket: string): string => `/test-api/responses/${bucket}`;
/** A collector-shaped endpoint that needs invitations (contract 4). */
export const programmeEndpointFor = (bucket: string): string =>
  `/test-api/programmes/${bucket}/responses`;

export async function addInvitation(bucket: string, token: string, code: string): Promise<void> {
  await fetch(`/test-api/invite/${bucket}?token=${encodeURIComponent(token)}&code=${code}`, {
    method: 'POST',
  });
}

/** Every value in localStorage, concatenated, to look for what must not be stored in clear. */
export const allLocalStorage = (): string =>
  Object.keys(localStorage)
    .map((k) => `${k}=${localStorage.getItem(k)}`)
    .join('\n');

export type ServerMode = 'ok' | 'down' | 'error503' | 'error429' | 'reject422';

/**
 * How the test endpoint answers from now on; a list answers one attempt with each mode in turn and
 * keeps the last, so a test need not switch modes between the widget's own retries (a race on a
 * loaded machine).
 */
export async function setServerMode(
  bucket: string,
  mode: ServerMode | readonly ServerMode[],
): Promise<void> {
  const modes = typeof mode === 'string' ? [mode] : mode;
  await fetch(`/test-api/mode/${bucket}?mode=${modes.join(',')}`, { method: 'POST' });
}

export async function serverState(bucket: string): Promise<{
  mode: string;
  attempts: number;
  /** Requests that reached storage (201, or 200 for a duplicate). */
  delivered: number;
  stored: { responseId: string; [k: string]: unknown }[];
  authorizations: string[];
}> {
  return (await fetch(`/test-api/state/${bucket}`)).json();
}

export { nextFrame };
