// The programme's own questions (feedback[].additional) and figures hidden by the dominance rule
// in <genbridge-results>: labelled tables, hidden figures with their reason, open text under the
// open-text rule, in the CSV download; axe-clean, right to left, no overflow on a phone.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { FeedbackSummary, ProgrammeReport } from '@genbridge/schema';
import '../../src/results.js';
import type { GenbridgeResults } from '../../src/results/genbridge-results.js';
import { chartReady, loadFixture, pageErrors, text } from './helpers.js';

let report: ProgrammeReport;

before(async () => {
  const base = await loadFixture('report.json');
  report = structuredClone(base);
  const all = report.feedback.find((f) => f.key === 'all') as FeedbackSummary;
  all.nps = {
    n: all.nps.n,
    score: null,
    promoters: null,
    passives: null,
    detractors: null,
    distribution: null,
    hidden: 'homogeneous',
  };
  all.additional = [
    {
      kind: 'closed',
      name: 'sessions',
      wave: 'exit',
      type: 'radiogroup',
      n: 12,
      distribution: { '1-2': 3, '3-5': 5, 'more than six sessions in the year': 4 },
    },
    {
      kind: 'closed',
      name: 'department',
      wave: 'baseline',
      type: 'dropdown',
      n: 12,
      distribution: null,
      hidden: 'homogeneous',
    },
    {
      kind: 'closed',
      name: 'helped',
      wave: 'exit',
      type: 'checkbox',
      n: 3,
      distribution: null,
      hidden: 'below_threshold',
    },
    {
      kind: 'open',
      name: 'story',
      wave: 'exit',
      type: 'comment',
      released: true,
      answers: ['We built a dashboard'],
    },
    { kind: 'open', name: 'wish', wave: 'exit', type: 'text', released: false, answers: [] },
  ];
});

afterEach(() => {
  expect(pageErrors, 'console errors').to.deep.equal([]);
});

async function show(locale = 'en'): Promise<GenbridgeResults> {
  const el = await fixture<GenbridgeResults>(
    html`<genbridge-results locale=${locale} group="all"></genbridge-results>`,
  );
  el.report = report;
  await el.updateComplete;
  await chartReady(el);
  return el;
}

describe('<genbridge-results>: the programme’s own questions', () => {
  it('shows closed questions as captioned tables, hidden ones with the reason', async () => {
    const el = await show();
    const root = el.shadowRoot!;
    const sessions = root.querySelector('[data-question=sessions] table')!;
    expect(text(sessions.querySelector('caption'))).to.equal('Answers to “sessions” (12 answered)');
    const rows = [...sessions.querySelectorAll('tbody tr')].map((tr) => [
      text(tr.querySelector('th')),
      text(tr.querySelector('td')),
    ]);
    expect(rows).to.deep.equal([
      ['1-2', '3'],
      ['3-5', '5'],
      ['more than six sessions in the year', '4'],
    ]);
    expect(
      text(root.querySelector('[data-question=department] [data-hidden=homogeneous]')),
    ).to.contain('gave the same answer');
    expect(
      text(root.querySelector('[data-question=helped] [data-hidden=below_threshold]')),
    ).to.contain('Fewer than 5 answers');
    expect(text(root.querySelector('[data-question=story] li'))).to.equal('We built a dashboard');
    expect(text(root.querySelector('[data-question=wish] .note'))).to.contain('10');
    // The NPS hidden by the dominance rule: no score, no counts, the reason instead.
    const nps = root.querySelector('[data-feedback=nps]')!;
    expect(nps.querySelector('table')).to.equal(null);
    expect(nps.querySelector('.figure-value')).to.equal(null);
    expect(text(nps.querySelector('[data-hidden=homogeneous]'))).to.contain('same answer');
  });

  it('puts the closed questions in the CSV download', async () => {
    const el = await show();
    const lines = el.toCsv()!.trim().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(-5)).to.deep.equal(['question', 'wave', 'answer', 'count', 'hidden']);
    const rows = lines.slice(1).map((l) => l.split(','));
    const at = (name: string) => header.indexOf(name);
    const sessions = rows.filter((r) => r[at('question')] === 'sessions');
    expect(sessions.map((r) => [r[at('answer')], r[at('count')]])).to.deep.equal([
      ['1-2', '3'],
      ['3-5', '5'],
      ['more than six sessions in the year', '4'],
    ]);
    const department = rows.filter((r) => r[at('question')] === 'department');
    expect(department).to.have.length(1);
    expect(department[0]![at('hidden')]).to.equal('homogeneous');
    expect(department[0]![at('count')]).to.equal('');
  });

  it('is axe-clean in English and in Arabic, right to left', async () => {
    const el = await show();
    await expect(el).to.be.accessible();
    el.locale = 'ar';
    await el.updateComplete;
    const block = el.shadowRoot!.querySelector('[data-feedback=additional]')!;
    expect(getComputedStyle(block).direction).to.equal('rtl');
    expect(text(block.querySelector('h4'))).to.equal('أسئلة البرنامج الخاصة');
    await expect(el).to.be.accessible();
  });

  for (const locale of ['en', 'ar']) {
    it(`fits a 375 px phone (${locale}): every table inside its card`, async () => {
      await setViewport({ width: 375, height: 800 });
      const el = await show(locale);
      expect(document.documentElement.scrollWidth).to.be.at.most(375);
      for (const card of el.shadowRoot!.querySelectorAll('[data-question]')) {
        const box = card.getBoundingClientRect();
        for (const child of card.querySelectorAll('table, p, li, h5')) {
          const r = child.getBoundingClientRect();
          expect(r.right, child.tagName).to.be.at.most(box.right + 0.5);
          expect(r.left, child.tagName).to.be.at.least(box.left - 0.5);
        }
      }
      await setViewport({ width: 800, height: 600 });
    });
  }
});
