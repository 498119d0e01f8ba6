import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ConstructChange, GroupChange, ProgrammeReport } from '@genbridge/schema';
import '../../src/results.js';
import type { GenbridgeResults } from '../../src/results/genbridge-results.js';
import { captureDownloads, chartReady, fixed, loadFixture, pageErrors, text } from './helpers.js';

const $ = (el: GenbridgeResults, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: GenbridgeResults, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];

/** R: qt(0.975, 39) — the t value of a 95% interval with 40 pairs (the `all` group). */
const T_39 = 2.022690901;

async function show(
  report: unknown,
  attrs: { locale?: string; group?: string } = {},
): Promise<GenbridgeResults> {
  const el = await fixture<GenbridgeResults>(
    html`<genbridge-results
      locale=${attrs.locale ?? 'en'}
      group=${attrs.group ?? 'all'}
    ></genbridge-results>`,
  );
  el.report = report;
  await el.updateComplete;
  return el;
}

async function selectGroup(el: GenbridgeResults, key: string): Promise<void> {
  const select = $(el, 'select') as HTMLSelectElement;
  select.value = key;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

let report: ProgrammeReport;
let all: GroupChange;
const change = (g: GroupChange, id: string): ConstructChange =>
  g.constructs.find((c) => c.constructId === id)!;

before(async () => {
  report = await loadFixture('report.json');
  all = report.groups.find((g) => g.key === 'all') as GroupChange;
});

afterEach(() => {
  expect(pageErrors, 'console errors').to.deep.equal([]);
});

describe('<genbridge-results> accessibility', () => {
  it('is axe-clean with a report, in en and de', async () => {
    const el = await show(report);
    await chartReady(el);
    await expect(el).to.be.accessible();
    el.locale = 'de';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is axe-clean for a suppressed group and in every state', async () => {
    const el = await show(report, { group: 'generation:prefer_not_to_say' });
    await expect(el).to.be.accessible();
    el.report = await loadFixture('report-suppressed.json');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.report = await loadFixture('report-invalid.json');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.report = undefined;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('gives the canvas role=img and a summary of every plotted mean', async () => {
    const el = await show(report);
    const canvas = await chartReady(el);
    expect(canvas.getAttribute('role')).to.equal('img');
    const label = canvas.getAttribute('aria-label')!;
    for (const c of all.constructs) {
      expect(label).to.contain(`before ${fixed(c.baseline.mean)}, after ${fixed(c.exit.mean)}`);
    }
    expect(label).to.contain('from 1 to 5');
  });
});

describe('<genbridge-results> numbers', () => {
  it("the table's numbers equal the report's", async () => {
    const el = await show(report);
    const rows = $$(el, 'table.data tbody tr');
    expect(rows).to.have.length(all.constructs.length);
    for (const tr of rows) {
      const c = change(all, tr.getAttribute('data-construct')!);
      const cells = [...tr.querySelectorAll('td')].map((td) => text(td));
      const half = (sd: number | null) => (T_39 * sd!) / Math.sqrt(c.n);
      expect(cells).to.deep.equal([
        String(c.n),
        fixed(c.baseline.mean),
        `${fixed(c.baseline.mean! - half(c.baseline.sd))} to ${fixed(c.baseline.mean! + half(c.baseline.sd))}`,
        fixed(c.exit.mean),
        `${fixed(c.exit.mean! - half(c.exit.sd))} to ${fixed(c.exit.mean! + half(c.exit.sd))}`,
        fixed(c.difference.mean, 'en', true),
        `${fixed(c.difference.ciLower, 'en', true)} to ${fixed(c.difference.ciUpper, 'en', true)}`,
      ]);
      // The statistics for analysts sit in their own table, behind a disclosure.
      const stats = [
        ...$(el, `table.stats tr[data-construct=${c.constructId}]`)!.querySelectorAll('td'),
      ].map((td) => text(td));
      expect(stats.slice(0, 3)).to.deep.equal([
        String(c.n),
        fixed(c.effectSize.dz),
        fixed(c.effectSize.gav),
      ]);
      expect(stats[4]).to.equal(c.tTest.pHolm! < 0.001 ? '< 0.001' : c.tTest.pHolm!.toFixed(3));
    }
  });

  it('formats numbers for German readers', async () => {
    const el = await show(report, { locale: 'de' });
    const c = change(all, 'digital_confidence');
    const cells = [
      ...$(el, 'table.data tbody tr[data-construct=digital_confidence]')!.querySelectorAll('td'),
    ].map((td) => text(td));
    expect(cells[1]).to.equal(fixed(c.baseline.mean, 'de'));
    expect(cells[1]).to.contain(',');
    expect(text($(el, 'h2'))).to.equal('Programmergebnisse');
    expect(($(el, '.root') as HTMLElement).lang).to.equal('de');
    expect(text($(el, 'table.data caption'))).to.equal(
      'Mittelwerte und Veränderung, Alle Teilnehmenden',
    );
  });

  it('lists headline constructs first, in the table and the chart', async () => {
    const el = await show(report);
    const order = $$(el, 'table.data tbody tr').map((tr) => tr.getAttribute('data-construct'));
    const headline = report.constructs.filter((c) => c.headline).map((c) => c.id);
    expect(order.slice(0, headline.length)).to.deep.equal(headline);
    await chartReady(el);
    expect(el.chart!.data.labels!.map((l) => (l as string[]).join(' '))).to.deep.equal(
      order.map((id) => report.constructs.find((c) => c.id === id)!.name['en']),
    );
  });

  it('plots means on the full scale with confidence-interval error bars', async () => {
    const el = await show(report);
    await chartReady(el);
    const chart = el.chart!;
    expect(chart.scales['y']!.min).to.equal(report.scale.min);
    expect(chart.scales['y']!.max).to.equal(report.scale.max);
    const order = $$(el, 'table.data tbody tr').map((tr) =>
      change(all, tr.getAttribute('data-construct')!),
    );
    const [before, after] = chart.data.datasets as Array<{
      data: number[];
      errorBars: Array<{ lower: number; upper: number }>;
    }>;
    expect(before!.data).to.deep.equal(order.map((c) => c.baseline.mean));
    expect(after!.data).to.deep.equal(order.map((c) => c.exit.mean));
    order.forEach((c, i) => {
      expect(before!.errorBars[i]!.lower).to.be.closeTo(
        c.baseline.mean! - (T_39 * c.baseline.sd!) / Math.sqrt(c.n),
        1e-6,
      );
      expect(after!.errorBars[i]!.upper).to.be.closeTo(
        c.exit.mean! + (T_39 * c.exit.sd!) / Math.sqrt(c.n),
        1e-6,
      );
    });
  });

  it('describes each construct in words: verdict, n, reliability warning; statistics for analysts', async () => {
    const el = await show(report);
    const c = change(all, 'digital_confidence');
    const item = text($(el, 'li[data-construct=digital_confidence]'));
    const pct = (x: number) =>
      `${Math.round((100 * x) / (c.reliableChange.improved + c.reliableChange.declined + c.reliableChange.unchanged))}%`;
    expect(item).to.contain(`${c.n} matched pairs`);
    expect(item).to.contain(
      `${fixed(c.difference.mean, 'en', true)} on the 1–5 scale (95% CI ${fixed(c.difference.ciLower, 'en', true)} to ${fixed(c.difference.ciUpper, 'en', true)})`,
    );
    expect(item).to.contain(`${pct(c.reliableChange.improved)} of participants improved reliably`);
    expect(item).not.to.contain('d_z');
    expect(text($(el, 'details.analyst'))).to.contain('Cohen (1988)');
    const warned = $$(el, '[data-warning=alpha]').map((w) =>
      w.closest('li')!.getAttribute('data-construct'),
    );
    expect(warned).to.deep.equal(
      all.constructs
        .filter((k) => k.reliability.baseline.low || k.reliability.exit.low)
        .map((k) => k.constructId),
    );
    expect(warned).to.include('inclusion_voice');
  });

  it('shows open text as text only, never as markup', async () => {
    const el = await show(report);
    const items = $$(el, '.open-text li').map((li) => li.textContent!.trim());
    const fb = report.feedback.find((f) => f.key === 'all')!;
    if (fb.suppressed) throw new Error('fixture: feedback for all must be released');
    expect(items).to.deep.equal([...fb.openText.valuableLearning, ...fb.openText.improvement]);
    expect(items.some((t) => t.includes('<img'))).to.equal(true);
    expect($(el, '.open-text img')).to.equal(null);
  });

  it('shows NPS with its distribution, satisfaction and pairing quality', async () => {
    const el = await show(report);
    const fb = report.feedback.find((f) => f.key === 'all')!;
    if (fb.suppressed) throw new Error('fixture');
    const nps = $(el, '[data-feedback=nps]')!;
    expect(text(nps.querySelector('.figure-value'))).to.equal(
      new Intl.NumberFormat('en', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(
        fb.nps.score!,
      ),
    );
    expect(text(nps)).to.contain(
      `${fb.nps.promoters} promoters, ${fb.nps.passives} passives, ${fb.nps.detractors} detractors`,
    );
    const counts = [...nps.querySelectorAll('td')].map((td) => Number(text(td)));
    expect(counts).to.deep.equal(
      Object.keys(fb.nps.distribution!)
        .sort((a, b) => +a - +b)
        .map((k) => fb.nps.distribution![k]),
    );
    expect(text($(el, '[data-feedback=satisfaction]'))).to.contain(
      `${fixed(fb.satisfaction.mean)} of 5`,
    );
    expect(text($(el, '[data-feedback=pairing]'))).to.contain(
      `${fixed(fb.pairingQuality.mean)} of 5`,
    );
  });
});

describe('<genbridge-results> groups', () => {
  it('switches group with the select and says so in an event', async () => {
    const el = await show(report);
    await chartReady(el);
    const mentors = report.groups.find((g) => g.key === 'role:mentor') as GroupChange;
    const heard = oneEvent(el, 'genbridge-group-change');
    await selectGroup(el, 'role:mentor');
    expect((await heard).detail.group).to.equal('role:mentor');
    expect(el.group).to.equal('role:mentor');
    expect(el.getAttribute('group')).to.equal('role:mentor');
    expect(text($(el, 'table.data caption'))).to.equal('Mean scores and change, Mentors');
    const cells = [
      ...$(el, 'table.data tbody tr[data-construct=digital_confidence]')!.querySelectorAll('td'),
    ].map((td) => text(td));
    expect(cells[0]).to.equal(String(change(mentors, 'digital_confidence').n));
    expect(cells[1]).to.equal(fixed(change(mentors, 'digital_confidence').baseline.mean));
    await waitUntil(
      () =>
        el.chart?.data.datasets[0]?.data[0] === change(mentors, 'digital_confidence').baseline.mean,
      'the chart did not switch to the group',
      { timeout: 10_000 },
    );
    const fb = report.feedback.find((f) => f.key === 'role:mentor')!;
    if (fb.suppressed) throw new Error('fixture');
    expect(text($(el, '[data-feedback=nps]'))).to.contain(`(n = ${fb.nps.n})`);
  });

  it('renders a suppressed group as "fewer than k responses", never as zero or an empty chart', async () => {
    const el = await show(report);
    const canvas = await chartReady(el);
    const { Chart } = await import('chart.js');
    await selectGroup(el, 'generation:prefer_not_to_say');
    expect(text($(el, '.suppressed'))).to.equal(
      'Fewer than 5 responses — hidden to protect anonymity.',
    );
    expect($(el, 'canvas')).to.equal(null);
    expect($(el, 'table.data')).to.equal(null);
    expect(el.chart).to.equal(undefined);
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(text($(el, '.feedback .suppressed'))).to.equal(
      'Fewer than 5 responses — hidden to protect anonymity.',
    );
    expect(el.toCsv()).to.equal(undefined);
    const option = $$(el, 'option').find(
      (o) => (o as HTMLOptionElement).value === 'generation:prefer_not_to_say',
    )!;
    expect(text(option)).to.equal('Generation not stated (hidden)');

    await selectGroup(el, 'generation:gen_x');
    expect(text($(el, '.suppressed'))).to.contain('would reveal a smaller group');
    expect(text(el.shadowRoot!)).not.to.match(/\bn = 0\b/);

    await selectGroup(el, 'all');
    await chartReady(el);
    expect($(el, 'canvas')).not.to.equal(null);
  });

  it('withholds open text where the report does not release it', async () => {
    const el = await show(report, { group: 'generation:gen_z' });
    expect($(el, '.open-text')).to.equal(null);
    expect(text($(el, '[data-feedback=open-text-withheld]'))).to.equal(
      `Open-text answers are shown only for groups of at least ${report.settings.openTextThreshold} people.`,
    );
  });
});

describe('<genbridge-results> states', () => {
  it('is empty (and says so) without a report', async () => {
    const el = await fixture<GenbridgeResults>(html`<genbridge-results></genbridge-results>`);
    expect(el.state).to.equal('empty');
    expect(el.matches(':state(empty)')).to.equal(true);
    expect(text($(el, '.state'))).to.equal(
      'No results yet Results appear here once a report is available.',
    );
  });

  it('shows a loading state while the report is on its way', async () => {
    const el = await fixture<GenbridgeResults>(
      html`<genbridge-results src="/results-api/slow?ms=800&fixture=report"></genbridge-results>`,
    );
    expect(el.state).to.equal('loading');
    expect(el.matches(':state(loading)')).to.equal(true);
    const status = $(el, '[role=status]')!;
    expect(text(status)).to.equal('Loading results…');
    await expect(el).to.be.accessible();
    await oneEvent(el, 'genbridge-report-load');
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    await chartReady(el);
  });

  it('fetches src with the page credentials', async () => {
    document.cookie = 'genbridge_results_test=1; path=/';
    const el = await fixture<GenbridgeResults>(
      html`<genbridge-results src="/results-api/report"></genbridge-results>`,
    );
    await oneEvent(el, 'genbridge-report-load');
    const seen = await (await fetch('/results-api/last-cookie')).json();
    expect(seen.cookie).to.contain('genbridge_results_test=1');
    document.cookie = 'genbridge_results_test=; path=/; max-age=0';
  });

  it('shows an HTTP error clearly', async () => {
    const el = await fixture<GenbridgeResults>(
      html`<genbridge-results src="/results-api/status/403"></genbridge-results>`,
    );
    const ev = await oneEvent(el, 'genbridge-report-error');
    await el.updateComplete;
    expect(ev.detail.error).to.deep.equal({ kind: 'http', status: 403 });
    expect(el.state).to.equal('error');
    expect($(el, '[role=alert]')).not.to.equal(null);
    expect(text($(el, '.state'))).to.contain('The server answered with status 403.');
  });

  it('shows an error when the server sends something other than JSON', async () => {
    const el = await fixture<GenbridgeResults>(
      html`<genbridge-results src="/results-api/not-json"></genbridge-results>`,
    );
    await oneEvent(el, 'genbridge-report-error');
    await el.updateComplete;
    expect(text($(el, '.state'))).to.contain('The server did not send a JSON report.');
  });

  it('shows a network error', async () => {
    const el = await fixture<GenbridgeResults>(
      html`<genbridge-results src="http://127.0.0.1:9/report"></genbridge-results>`,
    );
    await oneEvent(el, 'genbridge-report-error');
    await el.updateComplete;
    expect(text($(el, '.state'))).to.contain('network error');
  });

  it('shows a report failing validation as a clear error naming the fields, not a broken chart', async () => {
    const el = await fixture<GenbridgeResults>(
      html`<genbridge-results src="/results-api/report?fixture=invalid"></genbridge-results>`,
    );
    const ev = await oneEvent(el, 'genbridge-report-error');
    await el.updateComplete;
    expect(ev.detail.error.kind).to.equal('invalid');
    expect(el.state).to.equal('error');
    expect($(el, 'canvas')).to.equal(null);
    expect(el.chart).to.equal(undefined);
    const issues = $$(el, '.issues li').map((li) => text(li));
    expect(issues.some((i) => i.startsWith('groups.0.constructs.1.n:'))).to.equal(true);
    expect(issues.some((i) => i.startsWith('scale.max:'))).to.equal(true);
    expect(issues.some((i) => i.startsWith('generatedAt:'))).to.equal(true);
    expect(text($(el, '.state'))).to.contain('The report does not match the expected format:');
  });

  it('keeps a report set before the element was upgraded', async () => {
    const inert = document.implementation.createHTMLDocument('');
    const el = inert.createElement('genbridge-results') as GenbridgeResults;
    (el as { report?: unknown }).report = report;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      await chartReady(el);
    } finally {
      el.remove();
    }
  });

  it('validates a report handed over as a property the same way', async () => {
    const el = await show({ ...report, schemaVersion: 2 });
    expect(el.state).to.equal('error');
    expect(el.report).to.equal(undefined);
    expect(text($(el, '.issues'))).to.contain('schemaVersion:');
  });

  it('says "not enough responses yet" while every group is below the threshold', async () => {
    const small = await loadFixture('report-suppressed.json');
    const el = await show(small);
    expect(el.state).to.equal('not-enough');
    expect(el.matches(':state(not-enough)')).to.equal(true);
    expect(text($(el, '.state'))).to.contain(
      `at least ${small.settings.anonymityThreshold} participants`,
    );
    // 4 people took part; the report withholds counts below k and the element says so.
    expect(small.participation.baseline).to.equal(null);
    const k = small.settings.anonymityThreshold;
    expect(text($(el, '.state'))).to.contain(`fewer than ${k} baseline and fewer than ${k} exit`);
    expect(text($(el, '.state'))).to.not.match(/\b4\b/);
    expect($(el, 'canvas')).to.equal(null);
    expect($(el, 'table')).to.equal(null);
  });

  it('says there are no responses yet for an empty programme', async () => {
    const el = await show(await loadFixture('report-empty.json'));
    expect(el.state).to.equal('empty');
    expect(text($(el, '.state'))).to.contain('No survey responses have been received yet.');
  });

  it('aborts a load when removed and loads again when re-attached', async () => {
    const el = await fixture<GenbridgeResults>(
      html`<genbridge-results src="/results-api/slow?ms=600&fixture=report"></genbridge-results>`,
    );
    const parent = el.parentElement!;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    parent.append(el);
    await oneEvent(el, 'genbridge-report-load');
    await el.updateComplete;
    await chartReady(el);
    expect(el.state).to.equal('ready');
  });
});

describe('<genbridge-results> downloads', () => {
  it('downloads the table as CSV and the chart as PNG', async () => {
    const el = await show(report);
    await chartReady(el);
    const capture = captureDownloads();
    try {
      ($(el, '[data-download=csv]') as HTMLButtonElement).click();
      ($(el, '[data-download=png]') as HTMLButtonElement).click();
      await waitUntil(() => capture.downloads.length === 2, 'PNG download', { timeout: 10_000 });
    } finally {
      capture.restore();
    }
    const [csv, png] = capture.downloads;
    expect(csv!.download).to.equal('genbridge-rm-2026-all.csv');
    const body = await (await fetch(csv!.href)).text();
    expect(body).to.equal(el.toCsv());
    const lines = body.trimEnd().split('\r\n');
    expect(lines).to.have.length(all.constructs.length + 1);
    const cols = lines[0]!.split(',');
    const dc = lines.find((l) => l.includes(',digital_confidence,'))!.split(',');
    expect(Number(dc[cols.indexOf('baseline_mean')])).to.equal(
      change(all, 'digital_confidence').baseline.mean,
    );
    expect(png!.download).to.equal('genbridge-rm-2026-all.png');
    expect(png!.href.startsWith('data:image/png;base64,')).to.equal(true);
    const img = new Image();
    img.src = png!.href;
    await img.decode();
    expect(img.naturalWidth).to.equal(1600);
  });
});
