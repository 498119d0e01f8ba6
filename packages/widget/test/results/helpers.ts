import type { ProgrammeReport } from '@genbridge/schema';
import { waitUntil } from '@open-wc/testing';
import type { GenbridgeResults } from '../../src/results/genbridge-results.js';

export async function loadFixture(name: string): Promise<ProgrammeReport> {
  const res = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
  return (await res.json()) as ProgrammeReport;
}

/** Waits until the element has drawn its chart (chart.js is loaded lazily). */
export async function chartReady(el: GenbridgeResults): Promise<HTMLCanvasElement> {
  await waitUntil(() => el.chart !== undefined, 'chart was not created', { timeout: 10_000 });
  return el.shadowRoot!.querySelector('canvas')!;
}

export function text(el: Node | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(el: GenbridgeResults): ShadowRoot {
  return el.shadowRoot!;
}

/** Every console.error, uncaught error and unhandled rejection while the tests run. */
export const pageErrors: string[] = [];
const originalError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  pageErrors.push(args.map(String).join(' '));
  originalError(...args);
};
addEventListener('error', (e) => pageErrors.push(`uncaught: ${e.message}`));
addEventListener('unhandledrejection', (e) =>
  pageErrors.push(`unhandled rejection: ${String(e.reason)}`),
);

/** Two-decimal formatting done independently of the element's own formatter. */
export function fixed(value: number | null, locale = 'en', signed = false): string {
  if (value === null) return locale === 'de' ? 'k. A.' : 'n/a';
  // Negatives with a typographic minus (U+2212), as the element writes them.
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: signed ? 'exceptZero' : 'auto',
  })
    .format(value)
    .replace(/-/g, '\u2212');
}

/** Captures anchor-driven downloads instead of letting the browser save files. */
export function captureDownloads(): {
  downloads: Array<{ href: string; download: string }>;
  restore: () => void;
} {
  const downloads: Array<{ href: string; download: string }> = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    downloads.push({ href: this.href, download: this.download });
  };
  return { downloads, restore: () => (HTMLAnchorElement.prototype.click = original) };
}
