import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, mountSurvey, settle, type SurveyEl } from '../helpers.js';

export const press = async (el: SurveyEl, key: string): Promise<void> => {
  await sendKeys({ press: key });
  await settle(el);
};
/** A key with a modifier held (sendKeys has no "Alt+Key" syntax). */
export const chord = async (
  el: SurveyEl,
  modifier: 'Alt' | 'Control' | 'Shift',
  key: string,
): Promise<void> => {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
  await settle(el);
};
export const type = async (el: SurveyEl, text: string): Promise<void> => {
  await sendKeys({ type: text });
  await settle(el);
};
export const active = (el: SurveyEl): HTMLElement | null =>
  el.shadowRoot!.activeElement as HTMLElement | null;

/** Mounts one page with the given elements (plain SurveyJS JSON). */
export function mountElements(
  elements: unknown[],
  extra: Record<string, unknown> = {},
  locale?: string,
): Promise<SurveyEl> {
  return mountSurvey({
    ...(locale ? { locale } : {}),
    props: { surveyJson: { ...extra, pages: [{ name: 'p', elements }] } },
  });
}

/** Tabs until `pred(activeElement)` holds (at most `max` presses). */
export async function tabTo(
  el: SurveyEl,
  pred: (a: HTMLElement) => boolean,
  max = 40,
): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await press(el, 'Tab');
    const a = active(el);
    if (a && pred(a)) return a;
  }
  throw new Error('focus never reached the wanted control');
}

/**
 * RTL check on layout boxes: the same survey in English and in Arabic; `start` and `end` are two
 * elements that sit side by side. Under dir=rtl their horizontal order must be mirrored, and the
 * question title must hug the right edge of the element.
 */
export async function expectMirrored(
  elements: unknown[],
  start: string,
  end: string,
  title = '[part~="question-title"]',
): Promise<void> {
  const boxes = async (locale: string) => {
    localStorage.clear();
    const el = await mountElements(elements, {}, locale);
    await settle(el);
    const a = $(el, start)!.getBoundingClientRect();
    const b = $(el, end)!.getBoundingClientRect();
    // The title's text, not its block box (which always spans the full width).
    const range = document.createRange();
    range.selectNodeContents($(el, title)!);
    const t = range.getBoundingClientRect();
    const root = $(el, '.root')!.getBoundingClientRect();
    const dir = getComputedStyle($(el, '.root')!).direction;
    el.remove();
    return { a, b, t, root, dir };
  };
  const ltr = await boxes('en');
  const rtl = await boxes('ar');
  expect(ltr.dir).to.equal('ltr');
  expect(rtl.dir).to.equal('rtl');
  expect(ltr.a.left, `${start} before ${end} in LTR`).to.be.lessThan(ltr.b.left);
  expect(rtl.a.left, `${start} after ${end} in RTL`).to.be.greaterThan(rtl.b.left);
  expect(Math.abs(rtl.root.right - rtl.t.right), 'title at the right edge in RTL').to.be.lessThan(
    Math.abs(rtl.root.left - rtl.t.left),
  );
}
