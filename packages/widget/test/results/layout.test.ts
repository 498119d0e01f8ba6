import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import type { ProgrammeReport } from '@genbridge/schema';
import '../../src/results.js';
import type { GenbridgeResults } from '../../src/results/genbridge-results.js';
import { chartReady, loadFixture, pageErrors } from './helpers.js';

/**
 * Layout, print, focus and theme checked on real layout boxes in Chromium (issue 14: 1, 2, 3, 9).
 * No pixel diffs: every assertion is about where boxes are and what colour a computed style has.
 */

let report: ProgrammeReport;
before(async () => {
  report = await loadFixture('report.json');
});

afterEach(async () => {
  await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
  document.documentElement.style.removeProperty('color-scheme');
  expect(pageErrors, 'console errors').to.deep.equal([]);
});

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

async function show(attrs: { locale?: string; theme?: string } = {}): Promise<GenbridgeResults> {
  const el = await fixture<GenbridgeResults>(
    html`<genbridge-results locale=${attrs.locale ?? 'en'}></genbridge-results>`,
  );
  if (attrs.theme) el.setAttribute('theme', attrs.theme);
  el.report = report;
  await el.updateComplete;
  await chartReady(el);
  return el;
}

/** Every element of the shadow tree whose box sticks out past `right` (or `left`), outside scrollers. */
function overflowing(el: GenbridgeResults, left: number, right: number): string[] {
  const out: string[] = [];
  const walk = (node: Element, clipped: boolean) => {
    const style = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    if (!clipped && box.width > 0 && (box.right > right + 0.5 || box.left < left - 0.5)) {
      out.push(
        `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} ${Math.round(box.left)}–${Math.round(box.right)}`,
      );
    }
    const scrolls = /auto|scroll|hidden|clip/.test(style.overflowX);
    for (const child of node.children) walk(child, clipped || scrolls);
  };
  for (const child of el.shadowRoot!.children) walk(child, false);
  return out;
}

describe('<genbridge-results> reflows without sideways scrolling (issue 14.1)', () => {
  for (const width of [320, 375, 768, 1280]) {
    for (const locale of ['en', 'de', 'ar']) {
      it(`${width} px, ${locale}: nothing wider than the page, no element outside its card`, async () => {
        await setViewport({ width, height: 800 });
        const el = await show({ locale });
        await frames(3);
        expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(width);
        const host = el.getBoundingClientRect();
        expect(overflowing(el, host.left, host.right)).to.deep.equal([]);
        // The 0–10 recommendation table must fit its card, not only scroll inside it.
        const nps = el.shadowRoot!.querySelector('[data-feedback=nps]')!;
        const table = nps.querySelector('table')!;
        expect(table.getBoundingClientRect().right).to.be.at.most(
          nps.getBoundingClientRect().right + 0.5,
        );
        expect(table.getBoundingClientRect().left).to.be.at.least(
          nps.getBoundingClientRect().left - 0.5,
        );
      });
    }
  }

  for (const width of [320, 375, 1280]) {
    it(`${width} px: the construct labels of the chart never overlap`, async () => {
      await setViewport({ width, height: 800 });
      const el = await show({ locale: 'de' });
      await frames(3);
      const chart = el.chart!;
      chart.stop();
      chart.update('none');
      const indexAxis = chart.options.indexAxis === 'y' ? 'y' : 'x';
      const scale = chart.scales[indexAxis]!;
      const ctx = chart.ctx;
      const tickFont = (
        scale.options as unknown as { ticks: { font?: { size?: number; family?: string } } }
      ).ticks.font;
      ctx.font = `${tickFont?.size ?? 12}px ${tickFont?.family ?? 'sans-serif'}`;
      const labels = chart.data.labels as string[][];
      const lineHeight = (tickFont?.size ?? 12) * 1.2;
      const boxes = labels.map((lines, i) => {
        const centre = scale.getPixelForTick(i);
        const width = Math.max(...lines.map((l) => ctx.measureText(l).width));
        const height = lines.length * lineHeight;
        return indexAxis === 'x'
          ? { from: centre - width / 2, to: centre + width / 2 }
          : { from: centre - height / 2, to: centre + height / 2 };
      });
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i]!.from, `label ${i} starts after label ${i - 1} ends`).to.be.at.least(
          boxes[i - 1]!.to,
        );
      }
      // And no label line is wider than the space the chart gave the axis.
      if (indexAxis === 'y') {
        for (const lines of labels)
          for (const l of lines) expect(ctx.measureText(l).width).to.be.at.most(scale.width + 0.5);
      }
    });
  }

  it('1280 px: no tall empty column beside the text (chart and text balance)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await show();
    await frames(3);
    const main = el.shadowRoot!.querySelector('.main')!;
    const cols = [...main.children].map((c) => c.getBoundingClientRect());
    const mainBox = main.getBoundingClientRect();
    for (const c of cols) {
      // Each column fills at least 60% of the row height: no ~1000 px hole under a short column.
      if (cols.length > 1 && c.left < mainBox.right - 10)
        expect(mainBox.bottom - c.bottom, 'empty space under a column').to.be.at.most(
          Math.max(200, 0.4 * mainBox.height),
        );
    }
  });
});

describe('<genbridge-results> in print (issue 14.2)', () => {
  /**
   * Chrome lays the page out for print after `beforeprint` and takes its snapshot without running
   * animation frames, so whatever is on the canvas at that moment is what goes on paper. The checks
   * run synchronously after `beforeprint`, right after the chart was first drawn (when the old
   * 300 ms animation was still under way).
   */
  function checkPrinted(el: GenbridgeResults) {
    const chart = el.chart!;
    const indexAxis = chart.options.indexAxis === 'y' ? 'y' : 'x';
    const scale = chart.scales[indexAxis]!;
    const band = Math.abs(scale.getPixelForTick(1) - scale.getPixelForTick(0)) / 2;
    for (let d = 0; d < chart.data.datasets.length; d++) {
      chart.getDatasetMeta(d).data.forEach((bar, i) => {
        const now = bar.getProps([indexAxis], false) as Record<string, number>;
        const end = bar.getProps([indexAxis], true) as Record<string, number>;
        // Drawn where it will end: nothing is mid-animation when the page is printed, so the
        // whiskers (drawn at the bars' places) sit on their bars.
        expect(now[indexAxis], `dataset ${d} bar ${i} at its final place`).to.be.closeTo(
          end[indexAxis]!,
          0.5,
        );
        // In its own category band, not squashed into the first one.
        expect(Math.abs(now[indexAxis]! - scale.getPixelForTick(i))).to.be.below(band);
      });
    }
    // The bitmap is drawn for the box it is printed in: no stretched canvas, no stale size.
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    const box = canvas.getBoundingClientRect();
    const holder = canvas.parentElement!.getBoundingClientRect();
    expect(box.width, 'canvas width = chart width').to.be.closeTo(chart.width, 1);
    expect(box.height, 'canvas height = chart height').to.be.closeTo(chart.height, 1);
    expect(chart.height, 'chart fills its print box').to.be.closeTo(holder.height, 1);
    expect(chart.width, 'chart fills its print box').to.be.closeTo(holder.width, 1);
  }

  for (const width of [1280, 375]) {
    it(`${width} px: bars in their own categories, error bars on the bars, at beforeprint`, async () => {
      await setViewport({ width, height: 900 });
      const el = await show();
      await emulateMedia({ media: 'print' });
      dispatchEvent(new Event('beforeprint'));
      checkPrinted(el);
      await frames(4);
      checkPrinted(el);
      dispatchEvent(new Event('afterprint'));
    });
  }

  it('prints light, in Arabic, even when the element is dark on screen', async () => {
    await setViewport({ width: 1280, height: 900 });
    const el = await show({ locale: 'ar', theme: 'dark' });
    const dark = String(el.chart!.data.datasets[0]!.backgroundColor);
    await emulateMedia({ media: 'print' });
    dispatchEvent(new Event('beforeprint'));
    checkPrinted(el);
    const [r, g, b] = getComputedStyle(el)
      .backgroundColor.match(/[\d.]+/g)!
      .map(Number) as [number, number, number];
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b, 'paper is light').to.be.above(200);
    expect(String(el.chart!.data.datasets[0]!.backgroundColor)).to.not.equal(dark);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).direction).to.equal('rtl');
    dispatchEvent(new Event('afterprint'));
  });
});

function contrastOf(a: string, b: string): number {
  const lum = (colour: string) => {
    const probe = document.createElement('span');
    probe.style.color = colour;
    document.body.append(probe);
    const [r, g, bl] = getComputedStyle(probe)
      .color.match(/[\d.]+/g)!
      .map(Number) as [number, number, number];
    probe.remove();
    const lin = (c: number) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Tabs through the element and checks every focus stop has a ring of ≥ 2 px and ≥ 3:1 contrast. */
async function checkFocusRings(el: GenbridgeResults, minStops: number): Promise<number> {
  (document.activeElement as HTMLElement | null)?.blur();
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  const seen = new Set<Element>();
  try {
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      const active = el.shadowRoot!.activeElement;
      if (!active || seen.has(active)) break;
      seen.add(active);
      const style = getComputedStyle(active);
      const surface = getComputedStyle(el).backgroundColor;
      const what = `${active.tagName.toLowerCase()}.${[...active.classList].join('.')}`;
      expect(style.outlineStyle, `${what} outline style`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), `${what} outline width`).to.be.at.least(2);
      expect(contrastOf(style.outlineColor, surface), `${what} ring contrast`).to.be.at.least(3);
      // The ring is not the same colour as an error border around it (it would disappear).
      const errorBox = active.closest('.state.error');
      if (errorBox)
        expect(style.outlineColor).to.not.equal(getComputedStyle(errorBox).borderTopColor);
    }
  } finally {
    before.remove();
  }
  expect(seen.size, 'focus stops').to.be.at.least(minStops);
  return seen.size;
}

describe('<genbridge-results> focus indicator (issue 14.3)', () => {
  for (const locale of ['en', 'de', 'ar']) {
    for (const theme of ['light', 'dark']) {
      it(`${locale}, ${theme}: every focus stop shows a ring, in the ready and the error state`, async () => {
        const el = await show({ locale, theme });
        // select, the details toggles, the table region, the downloads.
        await checkFocusRings(el, 4);
        const failed = oneEvent(el, 'genbridge-report-error');
        el.src = '/results-api/report?fixture=invalid';
        await failed;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        // The error state offers a way forward (retry), and its focus ring must beat the red outline.
        await checkFocusRings(el, 1);
      });
    }
  }
});

describe('<genbridge-results> theme (issue 14.9)', () => {
  const surface = (el: GenbridgeResults) => {
    const probe = el.shadowRoot!.querySelector('.root')!;
    return getComputedStyle(probe.closest('.root') ?? el).backgroundColor === 'rgba(0, 0, 0, 0)'
      ? getComputedStyle(el).backgroundColor
      : getComputedStyle(probe).backgroundColor;
  };
  const isDark = (colour: string) => {
    const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  };

  it('stays light by default inside a light page, even when the OS is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await show();
    expect(isDark(surface(el)), surface(el)).to.equal(false);
  });

  it('turns dark by default when the page opts into dark (color-scheme)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    const el = await show();
    expect(isDark(surface(el)), surface(el)).to.equal(true);
  });

  it('theme="auto" follows the OS; theme="dark" and "light" force a theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await show({ theme: 'auto' });
    expect(isDark(surface(el))).to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    await frames();
    expect(isDark(surface(el))).to.equal(false);
    el.setAttribute('theme', 'dark');
    await frames();
    expect(isDark(surface(el))).to.equal(true);
    await emulateMedia({ colorScheme: 'dark' });
    el.setAttribute('theme', 'light');
    await frames();
    expect(isDark(surface(el))).to.equal(false);
  });

  it('takes the host page colours through --genbridge-* tokens, in the chart too', async () => {
    const el = await show();
    el.style.setProperty('--genbridge-color-baseline', 'rgb(0, 90, 60)');
    el.style.setProperty('--genbridge-color-surface', 'rgb(250, 248, 240)');
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    await frames();
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(250, 248, 240)');
    await waitUntil(
      () =>
        String(el.chart!.data.datasets[0]!.backgroundColor).replace(/\s/g, '') === 'rgb(0,90,60)',
      'chart takes the baseline token',
      { timeout: 10_000 },
    );
  });
});

describe('<genbridge-results> evaluation panels in light, dark, print and RTL (issue 11.3)', () => {
  const PANELS = ['attrition', 'comparison', 'dyads', 'pooled-cohorts'];
  for (const mode of ['light', 'dark', 'print', 'rtl'] as const) {
    it(`375 px, ${mode}: every panel labelled, nothing wider than the page`, async () => {
      await setViewport({ width: 375, height: 800 });
      const evaluation = await loadFixture('report-evaluation.json');
      const el = await fixture<GenbridgeResults>(
        html`<genbridge-results locale=${mode === 'rtl' ? 'ar' : 'en'}></genbridge-results>`,
      );
      if (mode === 'dark') el.setAttribute('theme', 'dark');
      el.report = evaluation;
      await el.updateComplete;
      await chartReady(el);
      if (mode === 'print') {
        await emulateMedia({ media: 'print' });
        dispatchEvent(new Event('beforeprint'));
      }
      await frames(3);
      try {
        for (const id of PANELS) {
          const panel = el.shadowRoot!.querySelector(`[data-panel=${id}]`);
          expect(panel, id).to.not.equal(null);
          expect(panel!.querySelector('h3')!.textContent!.trim(), `${id} heading`).to.not.equal('');
          const table = panel!.querySelector('table');
          if (table) {
            expect(
              table.querySelector('caption')!.textContent!.trim(),
              `${id} caption`,
            ).to.not.equal('');
            expect(table.querySelectorAll('th[scope=col]').length, `${id} columns`).to.be.above(1);
          }
          // Visible in every mode: print must not drop the panels.
          expect(panel!.getBoundingClientRect().height, `${id} height`).to.be.above(0);
        }
        if (mode === 'rtl')
          expect(getComputedStyle(el.shadowRoot!.querySelector('.root')!).direction).to.equal(
            'rtl',
          );
        const host = el.getBoundingClientRect();
        expect(overflowing(el, host.left, host.right)).to.deep.equal([]);
        expect(document.documentElement.scrollWidth, 'page scroll width').to.be.at.most(375);
      } finally {
        if (mode === 'print') {
          dispatchEvent(new Event('afterprint'));
          await emulateMedia({ media: 'screen' });
        }
      }
    });
  }
});
