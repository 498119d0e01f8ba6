import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import type { ProgrammeReport } from '@genbridge/schema';
import '../../src/results.js';
import type { GenbridgeResults } from '../../src/results/genbridge-results.js';
import { chartReady, loadFixture, pageErrors } from './helpers.js';

const instances = () => Object.keys(Chart.instances).length;

let report: ProgrammeReport;
before(async () => {
  report = await loadFixture('report.json');
});

afterEach(() => {
  expect(pageErrors, 'console errors').to.deep.equal([]);
});

describe('<genbridge-results> chart lifecycle', () => {
  it('registers before chart.js is needed and draws once connected', async () => {
    expect(customElements.get('genbridge-results')).not.to.equal(undefined);
    const el = document.createElement('genbridge-results');
    el.report = report;
    // Not in the document yet: no chart may be created (it could never attach). Time for one that
    // must not come.
    await new Promise((r) => setTimeout(r, 50));
    expect(el.chart).to.equal(undefined);
    document.body.append(el);
    try {
      const canvas = await chartReady(el);
      expect(Chart.getChart(canvas)).to.equal(el.chart);
    } finally {
      el.remove();
    }
  });

  it('destroys the chart when the element is removed', async () => {
    const el = await fixture<GenbridgeResults>(html`<genbridge-results></genbridge-results>`);
    el.report = report;
    const canvas = await chartReady(el);
    expect(Chart.getChart(canvas)).not.to.equal(undefined);
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(el.chart).to.equal(undefined);
  });

  it('draws again when re-attached', async () => {
    const el = await fixture<GenbridgeResults>(html`<genbridge-results></genbridge-results>`);
    el.report = report;
    await chartReady(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    const canvas = await chartReady(el);
    expect(Chart.getChart(canvas)).to.equal(el.chart);
    expect(instances()).to.be.at.most(1);
  });

  it('leaks no chart instances over many create/remove cycles', async function () {
    this.timeout(30000);
    const before = instances();
    for (let i = 0; i < 25; i++) {
      const el = document.createElement('genbridge-results');
      el.report = report;
      document.body.append(el);
      await chartReady(el);
      // Also switch group once so the in-place update path is exercised.
      if (i % 5 === 0) {
        el.group = 'role:mentee';
        await el.updateComplete;
      }
      el.remove();
    }
    // A removal while chart.js is still being created must not leave a chart behind either.
    const quick = document.createElement('genbridge-results');
    quick.report = report;
    document.body.append(quick);
    quick.remove();
    await new Promise((r) => setTimeout(r, 100));
    expect(instances()).to.equal(before);
  });

  it('follows its container from 600 px to 300 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 600px"><genbridge-results></genbridge-results></div>`,
    );
    const el = wrapper.querySelector('genbridge-results')!;
    el.report = report;
    await chartReady(el);
    const box = el.shadowRoot!.querySelector('.chart-box')!;
    await waitUntil(() => el.chart!.width === box.clientWidth, 'chart did not take the box width', {
      timeout: 10_000,
    });
    const wide = el.chart!.width;
    expect(wide).to.be.greaterThan(500);
    wrapper.style.width = '300px';
    await waitUntil(
      () => el.chart!.width === box.clientWidth && el.chart!.width < 300,
      'chart did not shrink',
      {
        timeout: 10_000,
      },
    );
    expect(el.chart!.width).to.be.lessThan(wide / 2 + 20);
    expect(el.chart!.canvas.getBoundingClientRect().width).to.be.at.most(300);
  });

  it('recolours the chart when the theme changes', async () => {
    const el = await fixture<GenbridgeResults>(
      html`<genbridge-results theme="light"></genbridge-results>`,
    );
    el.report = report;
    await chartReady(el);
    expect(el.chart!.data.datasets[0]!.backgroundColor).to.equal('rgb(0, 114, 178)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.chart!.data.datasets[0]!.backgroundColor).to.equal('rgb(86, 180, 233)');
    el.style.setProperty('--genbridge-color-baseline', 'rgb(1, 2, 3)');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.chart!.data.datasets[0]!.backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
