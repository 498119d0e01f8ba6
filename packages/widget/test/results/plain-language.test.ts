import { expect, fixture, html } from '@open-wc/testing';
import type { ConstructChange, GroupChange, ProgrammeReport } from '@genbridge/schema';
import {
  REPORT_CSV_COLUMNS,
  REPORT_CSV_DISPLAY_COLUMNS,
  REPORT_CSV_FEEDBACK_COLUMNS,
} from '@genbridge/schema';
import '../../src/results.js';
import type { GenbridgeResults } from '../../src/results/genbridge-results.js';
import { chartReady, loadFixture, pageErrors, text } from './helpers.js';

/** Issue 14.5 / 14.10 / 14.11 and issue 11.3: what an HR manager reads and downloads. */

const $ = (el: GenbridgeResults, sel: string) => el.shadowRoot!.querySelector(sel);
const $$ = (el: GenbridgeResults, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];

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

async function show(
  attrs: { locale?: string; group?: string } = {},
  r: unknown = report,
): Promise<GenbridgeResults> {
  const el = await fixture<GenbridgeResults>(
    html`<genbridge-results
      locale=${attrs.locale ?? 'en'}
      group=${attrs.group ?? 'all'}
    ></genbridge-results>`,
  );
  el.report = r;
  await el.updateComplete;
  return el;
}

/** The text a reader sees without opening anything (closed <details> bodies left out). */
function visibleText(el: GenbridgeResults): string {
  const clone = el.shadowRoot!.querySelector('.root')!.cloneNode(true) as HTMLElement;
  for (const d of clone.querySelectorAll('details:not([open])'))
    for (const child of [...d.children]) if (child.tagName !== 'SUMMARY') child.remove();
  return text(clone);
}

describe('<genbridge-results> plain-language layer (issue 14.5)', () => {
  it('opens each construct with a one-sentence verdict', async () => {
    const el = await show();
    const dc = change(all, 'digital_confidence');
    const verdict = text($(el, 'li[data-construct=digital_confidence] .verdict'));
    expect(verdict).to.match(/^Digital confidence (rose clearly|probably rose)/);
    const sign = (x: number) => (x < 0 ? '\u2212' : '+') + Math.abs(x).toFixed(2);
    expect(verdict).to.contain(`${sign(dc.difference.mean!)} on the 1–5 scale`);
    expect(verdict).to.contain(
      `95% CI ${sign(dc.difference.ciLower!)} to ${sign(dc.difference.ciUpper!)}`,
    );
    expect(verdict).to.match(/participants improved reliably/);
    expect($$(el, '.summary .verdict')).to.have.length(all.constructs.length);
  });

  it('shows no jargon and one labelled effect size on the main screen', async () => {
    const el = await show();
    const seen = visibleText(el);
    for (const jargon of ['d_z', 'g_av', 'Holm', 'p (', 'Cronbach'])
      expect(seen, jargon).not.to.contain(jargon);
    // One effect size gets a magnitude word; the analyst view repeats numbers, not other labels.
    const analyst = $(el, 'details.analyst')!;
    expect(text(analyst.querySelector('summary'))).to.match(/for analysts/i);
    expect(text(analyst)).to.contain('d_z');
    expect(text(analyst)).to.contain('p (Holm)');
    expect(text(analyst.querySelector('table'))).not.to.match(
      /\b(negligible|small|medium|large)\b/,
    );
  });

  it('never shows "clear" next to an adjusted p that is not significant', async () => {
    const tweaked = structuredClone(report);
    const g = tweaked.groups.find((x) => x.key === 'all') as GroupChange;
    const c = change(g, 'digital_confidence');
    c.difference.ciLower = 0.02;
    c.difference.ciUpper = 0.48;
    c.tTest.pHolm = 0.065;
    const el = await show({}, tweaked);
    const verdict = text($(el, 'li[data-construct=digital_confidence] .verdict'));
    expect(verdict).to.match(/^Digital confidence probably rose/);
    expect(verdict).to.contain('could still be chance');
  });

  it('has a glossary of the terms it uses', async () => {
    const el = await show();
    const terms = $$(el, '.glossary dt').map((dt) => text(dt));
    for (const t of ['Confidence interval', 'Reliable change', 'Effect size', 'Matched pairs'])
      expect(terms).to.include(t);
  });

  it('states the minimum detectable effect in plain words', async () => {
    const el = await show();
    expect(text($(el, '.mde'))).to.match(/^With 40 matched pairs, .* change of about 0\.45 /);
  });

  it('speaks German, French and Arabic (right to left)', async () => {
    const de = await show({ locale: 'de' });
    expect(text($(de, 'li[data-construct=digital_confidence] .verdict'))).to.match(
      /^Digitale Kompetenz|^Digitale|^Digital/,
    );
    expect(visibleText(de)).not.to.contain('Kohorte autumn');
    const fr = await show({ locale: 'fr' });
    expect(text($(fr, 'li[data-construct=digital_confidence] .verdict'))).to.match(
      /^Aisance numérique a (nettement|probablement) augmenté/,
    );
    expect(text($(fr, 'h2'))).to.equal('Résultats du programme');
    const ar = await show({ locale: 'ar' });
    const root = $(ar, '.root') as HTMLElement;
    expect(root.lang).to.equal('ar');
    expect(root.dir).to.equal('rtl');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(text($(ar, 'h2'))).to.match(/[\u0600-\u06ff]/);
    await chartReady(ar);
    await expect(ar).to.be.accessible();
  });
});

describe('<genbridge-results> change view (issue 11.3)', () => {
  it('draws each construct’s mean change with its CI on one axis with a zero line', async () => {
    const el = await show();
    const rows = $$(el, '.forest [data-construct]');
    expect(rows).to.have.length(all.constructs.length);
    const zero = $(el, '.forest .zero')!.getBoundingClientRect();
    for (const row of rows) {
      const c = change(all, row.getAttribute('data-construct')!);
      const ci = row.querySelector('.ci')!.getBoundingClientRect();
      const dot = row.querySelector('.point')!.getBoundingClientRect();
      const centre = dot.left + dot.width / 2;
      expect(centre).to.be.within(ci.left - 0.5, ci.right + 0.5);
      // Left of zero exactly when the interval starts below zero.
      expect(ci.left < zero.left + zero.width / 2).to.equal(c.difference.ciLower! < 0);
    }
    const plot = $(el, '.forest .plot')!;
    expect(plot.getAttribute('role')).to.equal('img');
    expect(plot.getAttribute('aria-label')).to.contain('Digital confidence');
  });
});

describe('<genbridge-results> evaluation panels (issue 11.3)', () => {
  it('shows attrition, comparison and pair panels from report.evaluation, for the whole programme', async () => {
    const ev = await loadFixture('report-evaluation.json');
    const evaluation = ev.evaluation!;
    const el = await show({}, ev);
    const sign = (x: number | null) =>
      x === null ? 'n/a' : (x < 0 ? '\u2212' : '+') + Math.abs(x).toFixed(2);
    for (const [panel, section] of [
      ['attrition', evaluation.attrition],
      ['comparison', evaluation.comparison],
      ['dyads', evaluation.dyads],
    ] as const) {
      const box = $(el, `[data-panel=${panel}]`);
      if (section === null) {
        expect(box, panel).to.equal(null);
        continue;
      }
      expect(box, panel).not.to.equal(null);
      if (section.suppressed) {
        expect(text(box!.querySelector('.suppressed'))).to.contain('Hidden');
        expect(box!.querySelector('table')).to.equal(null);
      } else {
        expect(box!.querySelectorAll('tbody tr')).to.have.length(section.constructs.length);
      }
    }
    if (evaluation.comparison && !evaluation.comparison.suppressed) {
      const k = evaluation.comparison.constructs[0]!;
      const row = text($(el, `[data-panel=comparison] tr[data-construct=${k.constructId}]`));
      expect(row).to.contain(sign(k.differenceInDifferences.estimate));
      expect(row).to.contain(
        `${sign(k.differenceInDifferences.ciLower)} to ${sign(k.differenceInDifferences.ciUpper)}`,
      );
    }
    // The minimum detectable effect is the report's own (exact) figure.
    const mde = evaluation.minimumDetectableEffect;
    if (mde.dz !== null) expect(text($(el, '.mde'))).to.contain(`about ${mde.dz.toFixed(2)} `);
    await chartReady(el);
    await expect(el).to.be.accessible();
    // Programme-wide figures: not repeated under a subgroup.
    el.group = 'role:mentor';
    await el.updateComplete;
    expect($(el, '[data-panel]')).to.equal(null);
  });

  it('pools the cohorts in plain words, a table and CSV/slide downloads (evaluation.pooledCohorts)', async () => {
    const ev = await loadFixture('report-evaluation.json');
    const pooled = ev.evaluation!.pooledCohorts!;
    expect(pooled.cohorts.length).to.be.at.least(2);
    const el = await show({}, ev);
    const panel = $(el, '[data-panel=pooled-cohorts]')!;
    expect(panel).to.not.equal(null);
    const lead = pooled.constructs[0]!;
    const sign = (x: number | null) =>
      x === null ? 'n/a' : (x < 0 ? '\u2212' : '+') + Math.abs(x).toFixed(2);
    const words = text(panel);
    expect(words).to.contain(`Taking the ${pooled.cohorts.length} cohorts together`);
    expect(words).to.contain(`${sign(lead.ciLower)} to ${sign(lead.ciUpper)}`);
    expect(words).to.contain(`${Math.round(lead.i2!)}%`);
    expect(words).to.contain(
      `between ${sign(lead.predictionLower)} and ${sign(lead.predictionUpper)}`,
    );
    expect(panel.querySelectorAll('tbody tr')).to.have.length(pooled.constructs.length);
    expect(text(panel.querySelector(`tr[data-construct=${lead.constructId}]`))).to.contain(
      `${sign(lead.estimate)} (${sign(lead.ciLower)} to ${sign(lead.ciUpper)})`,
    );
    expect(panel.querySelector('[data-download=pooled-csv]')).to.not.equal(null);
    expect(panel.querySelector('[data-download=pooled-svg]')).to.not.equal(null);
    const csv = el.toPooledCsv()!.trim().split('\r\n');
    expect(csv[0]).to.equal(
      'construct,construct_name,row,n,change,variance,weight_pct,ci_lower,ci_upper,tau2,i2_pct,prediction_lower,prediction_upper,method',
    );
    const pooledRow = csv.find(
      (l) => l.startsWith(`${lead.constructId},`) && l.includes(',pooled,'),
    )!;
    expect(pooledRow).to.contain(`,${lead.estimate},`);
    expect(pooledRow).to.contain(`,${lead.predictionUpper},REML`);
    expect(csv).to.have.length(1 + pooled.constructs.reduce((n, c) => n + c.studies.length + 1, 0));
    const svg = new DOMParser().parseFromString(el.toPooledSvg()!, 'image/svg+xml');
    expect(svg.querySelector('parsererror')).to.equal(null);
    expect(svg.querySelectorAll('circle')).to.have.length(
      pooled.constructs.filter((c) => c.estimate !== null).length,
    );
    await chartReady(el);
    await expect(el).to.be.accessible();
    // A report without the section (older reports, one cohort) draws no panel and no file.
    const without = structuredClone(ev);
    delete without.evaluation!.pooledCohorts;
    const plain = await show({}, without);
    expect($(plain, '[data-panel=pooled-cohorts]')).to.equal(null);
    expect(plain.toPooledCsv()).to.equal(undefined);
  });

  it('names the panels in Arabic, right to left, axe-clean', async () => {
    const el = await show({ locale: 'ar' }, await loadFixture('report-evaluation.json'));
    const headings = $$(el, '[data-panel] h3').map((h) => text(h));
    expect(headings.length).to.be.greaterThan(0);
    for (const h of headings) expect(h).to.match(/[\u0600-\u06ff]/);
    await chartReady(el);
    await expect(el).to.be.accessible();
  });
});

describe('<genbridge-results> rough edges (issue 14.10)', () => {
  it('says "Programme results" once and can leave the title to the page', async () => {
    const el = await show();
    expect(visibleText(el).split('Programme results').length - 1).to.equal(1);
    el.setAttribute('heading', '');
    await el.updateComplete;
    expect($(el, 'h2#title')).to.equal(null);
    expect($(el, 'section')!.getAttribute('aria-label')).to.equal('Programme results');
  });

  it('names cohorts by label (from the report, else title case), not by slug', async () => {
    const el = await show();
    const options = $$(el, 'option').map((o) => text(o));
    expect(options).to.include('Cohort Autumn');
    const labelled = {
      ...structuredClone(report),
      cohorts: [{ id: 'autumn', label: 'Autumn 2026' }],
    };
    el.report = labelled;
    await el.updateComplete;
    expect($$(el, 'option').map((o) => text(o))).to.include('Autumn 2026');
    el.locale = 'de';
    await el.updateComplete;
    expect(visibleText(el)).not.to.match(/Kohorte autumn/);
  });

  it('writes negative numbers with a typographic minus', async () => {
    const el = await show();
    const cells = $$(el, 'td, .verdict').map((c) => text(c));
    expect(cells.some((c) => c.includes('\u2212'))).to.equal(true);
    expect(cells.filter((c) => /-\d/.test(c))).to.deep.equal([]);
  });

  it("gives the chosen group's n in the summary line", async () => {
    const el = await show({ group: 'role:mentor' });
    const mentors = report.groups.find((g) => g.key === 'role:mentor') as GroupChange;
    expect(text($(el, '.meta'))).to.contain(`${mentors.n}`);
    expect(text($(el, '.meta'))).to.contain('Mentors');
    expect(text($(el, '.meta'))).not.to.contain(`${report.participation.matched} participants`);
  });

  it('does not split German words on the chart badly', async () => {
    const el = await show({ locale: 'de' });
    await chartReady(el);
    const labels = (el.chart!.data.labels as string[][]).flat();
    expect(labels.some((l) => /ü-$/.test(l))).to.equal(false);
    for (const l of labels) if (l.endsWith('-')) expect(l.length).to.be.at.least(6);
  });
});

describe('<genbridge-results> downloads (issue 14.9, 14.11)', () => {
  it('the web CSV names its columns as the CLI CSV does, with the shares the page shows', async () => {
    const el = await show();
    const [header, ...lines] = el.toCsv()!.trimEnd().split('\r\n');
    const cols = header!.split(',');
    const named: readonly string[] = [
      ...REPORT_CSV_COLUMNS,
      ...REPORT_CSV_DISPLAY_COLUMNS,
      ...REPORT_CSV_FEEDBACK_COLUMNS,
    ];
    for (const c of cols) expect(named, c).to.include(c);
    expect(cols).to.include('diff_mean');
    expect(cols).not.to.include('change_mean');
    expect(cols).to.include('reliably_improved_pct');
    const row = lines.find((l) => l.includes(',digital_confidence,'))!.split(',');
    const dc = change(all, 'digital_confidence');
    const rc = dc.reliableChange;
    const pct = Number(row[cols.indexOf('reliably_improved_pct')]);
    expect(pct).to.be.closeTo(
      (100 * rc.improved) / (rc.improved + rc.declined + rc.unchanged),
      1e-9,
    );
    expect(Number(row[cols.indexOf('diff_mean')])).to.equal(dc.difference.mean);
  });

  it('gives slide-ready SVG and PNG at 1600×900 with title, group, date, legend and the k note', async () => {
    const el = await show({ group: 'role:mentor' });
    await chartReady(el);
    const svgText = el.toSvg()!;
    const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
    expect(svg.getAttribute('width')).to.equal('1600');
    expect(svg.getAttribute('height')).to.equal('900');
    const words = svg.textContent!.replace(/\s+/g, ' ');
    expect(words).to.contain('Programme results');
    expect(words).to.contain('Mentors');
    expect(words).to.contain(new Date(report.generatedAt).getFullYear().toString());
    expect(words).to.contain('Before (baseline)');
    expect(words).to.contain('After (exit)');
    expect(words).to.contain(`fewer than ${report.settings.anonymityThreshold}`);
    const png = await el.toPng();
    const img = new Image();
    img.src = png!;
    await img.decode();
    expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([1600, 900]);
  });
});
