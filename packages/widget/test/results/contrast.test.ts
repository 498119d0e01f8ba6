import { expect, fixture, html } from '@open-wc/testing';
import '../../src/results.js';
import type { GenbridgeResults } from '../../src/results/genbridge-results.js';
import { resolveColor } from '../../src/internal/tokens.js';
import { chartReady, loadFixture, pageErrors } from './helpers.js';

/** WCAG 2.x relative luminance and contrast ratio of two `rgb(…)`/`#rrggbb` colours. */
function luminance(colour: string): number {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number) as [
    number,
    number,
    number,
  ];
  probe.remove();
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

afterEach(() => {
  expect(pageErrors, 'console errors').to.deep.equal([]);
});

describe('<genbridge-results> colours (WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`meets the contrast minimums in the ${theme} theme and is axe-clean`, async () => {
      const el = await fixture<GenbridgeResults>(
        html`<genbridge-results theme=${theme}></genbridge-results>`,
      );
      el.report = await loadFixture('report.json');
      await chartReady(el);
      // Tokens hold light-dark() pairs: resolve them inside the element's own colour scheme.
      const v = (name: string) => resolveColor(el.shadowRoot!, name, 'red');
      const surface = v('--_surface');
      // Text 4.5:1 (1.4.3); our defaults aim at 7:1. Bars, error bars and focus ring 3:1 (1.4.11).
      expect(contrast(v('--_text'), surface)).to.be.at.least(7);
      expect(contrast(v('--_muted'), surface)).to.be.at.least(4.5);
      expect(contrast(v('--_error'), surface)).to.be.at.least(4.5);
      expect(contrast(v('--_text'), v('--_warning-bg'))).to.be.at.least(4.5);
      for (const name of ['--_baseline', '--_exit', '--_border', '--_focus', '--_warning']) {
        expect(contrast(v(name), surface), name).to.be.at.least(3);
      }
      // The two series must also differ from each other, not only from the background.
      expect(v('--_baseline')).not.to.equal(v('--_exit'));
      await expect(el).to.be.accessible();
    });
  }
});
