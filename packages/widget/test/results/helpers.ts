import type { ProgrammeReport } from '@genbridge/schema';
import { waitUntil } from '@open-wc/testing';
import type { GenbridgeResults } from '../../src/results/genbridge-results.js';

export async function loadFixture(name: string): Promise<ProgrammeReport> {
  const res = await fetch(new URL(`./fixtures/${name}`, import.meta.url));
  return (await res.json()) as ProgrammeReport;
}

/** Waits until the element has drawn its chart (chart.js is loaded lazily). */
export async function chartReady(el: GenbridgeResults): Promise<HTMLCanvasElement> {
  await waitUntil(() => el.chart !== undefined, 'chart was not created', { timeout: 5000 });
  return el.shadowRoot!.querySelector('canvas')!;
}

export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function shadow(el: GenbridgeResults): ShadowRoot {
  return el.shadowRoot!;
}
