import { expect } from '@open-wc/testing';
import { CSV_COLUMNS, tableCsv, csvText } from '../../src/results/csv.js';
import { errorBarSegments } from '../../src/results/error-bars.js';
import { magnitude, numberFormats } from '../../src/results/format.js';
import { resolveLocale, strings } from '../../src/results/i18n.js';
import { validateReport } from '../../src/results/load-report.js';
import { constructRows, findGroup, groupLabel, reportState } from '../../src/results/view-model.js';
import type { GroupChange } from '@genbridge/schema';
import { loadFixture } from './helpers.js';

describe('errorBarSegments', () => {
  it('draws a whisker and two caps inside the plot area', () => {
    expect(errorBarSegments(100, 80, 40, 10, 0, 200)).to.deep.equal([
      { x1: 100, y1: 40, x2: 100, y2: 80 },
      { x1: 95, y1: 40, x2: 105, y2: 40 },
      { x1: 95, y1: 80, x2: 105, y2: 80 },
    ]);
  });
  it('clips at the axis and leaves the clipped end open (no cap)', () => {
    expect(errorBarSegments(50, 120, -30, 8, 10, 200)).to.deep.equal([
      { x1: 50, y1: 10, x2: 50, y2: 120 },
      { x1: 46, y1: 120, x2: 54, y2: 120 },
    ]);
  });
  it('draws nothing outside the plot area or for non-finite input', () => {
    expect(errorBarSegments(50, -40, -10, 8, 0, 200)).to.deep.equal([]);
    expect(errorBarSegments(50, Number.NaN, 10, 8, 0, 200)).to.deep.equal([]);
  });
});

describe('magnitude (Cohen 1988)', () => {
  it('labels |d| at the 0.2 / 0.5 / 0.8 thresholds', () => {
    expect([0, 0.19, 0.2, 0.49, 0.5, 0.79, 0.8, 2].map(magnitude)).to.deep.equal([
      'negligible',
      'negligible',
      'small',
      'small',
      'medium',
      'medium',
      'large',
      'large',
    ]);
    expect(magnitude(-0.55)).to.equal('medium');
    expect(magnitude(null)).to.equal(null);
  });
});

describe('numberFormats', () => {
  it('formats per locale', () => {
    const en = numberFormats('en', 'n/a');
    const de = numberFormats('de', 'k. A.');
    expect(en.decimal(3.14159)).to.equal('3.14');
    expect(de.decimal(3.14159)).to.equal('3,14');
    expect(en.signed(0.5)).to.equal('+0.50');
    expect(de.signed(-0.5)).to.equal('\u22120,50');
    expect(en.p(0.0004)).to.equal('< 0.001');
    expect(de.p(0.0123)).to.equal('0,012');
    expect(en.percent(0.375)).to.equal('38%');
    expect(de.percent(0.375)).to.match(/^38\s%$/u);
    expect(de.integer(1234)).to.equal('1.234');
    expect(en.decimal(null)).to.equal('n/a');
    expect(en.level(0.95)).to.equal('95%');
  });
  it('has every string in en, de, fr and ar', () => {
    const en = strings('en');
    const de = strings('de');
    expect(Object.keys(de).sort()).to.deep.equal(Object.keys(en).sort());
    expect(Object.keys(strings('ar')).sort()).to.deep.equal(Object.keys(en).sort());
    expect(resolveLocale('ar-EG')).to.equal('ar');
    expect(resolveLocale('de-AT')).to.equal('de');
    expect(Object.keys(strings('fr')).sort()).to.deep.equal(Object.keys(en).sort());
    expect(resolveLocale('fr-CH')).to.equal('fr');
    expect(resolveLocale('it')).to.equal('en');
    expect(de.title).not.to.equal(en.title);
  });
});

describe('CSV', () => {
  it('neutralises formula-like text and quotes special characters', () => {
    expect(csvText('plain')).to.equal('plain');
    expect(csvText('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvText('a, b')).to.equal('"a, b"');
    expect(csvText('@cmd')).to.equal(`"'@cmd"`);
    // The one guard of @genbridge/schema: any separator, Unicode variants of the signs.
    expect(csvText('text;=1+1')).to.equal(`"text;'=1+1"`);
    expect(csvText('\uFF1D1+1')).to.equal(`"'\uFF1D1+1"`);
    expect(csvText('\u200B=1+1')).to.equal(`"'\u200B=1+1"`);
  });
  it('writes one row per construct with the report numbers at full precision', async () => {
    const report = await loadFixture('report.json');
    const group = report.groups[0] as GroupChange;
    const rows = constructRows(report, group, 'en');
    const lines = tableCsv('all', rows).trimEnd().split('\r\n');
    expect(lines[0]).to.equal(CSV_COLUMNS.join(','));
    expect(lines).to.have.length(rows.length + 1);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    for (const [i, row] of rows.entries()) {
      const cells = lines[i + 1]!.split(',');
      const change = group.constructs.find((c) => c.constructId === row.id)!;
      const rc = change.reliableChange;
      expect(cells[col('construct')]).to.equal(change.constructId);
      expect(Number(cells[col('n')])).to.equal(change.n);
      expect(Number(cells[col('baseline_mean')])).to.equal(change.baseline.mean);
      expect(Number(cells[col('exit_mean')])).to.equal(change.exit.mean);
      expect(Number(cells[col('diff_mean')])).to.equal(change.difference.mean);
      expect(Number(cells[col('ci_lower')])).to.equal(change.difference.ciLower);
      expect(Number(cells[col('d_z')])).to.equal(change.effectSize.dz);
      const pHolm = cells[col('p_holm')]!;
      expect(pHolm === '' ? null : Number(pHolm)).to.equal(change.tTest.pHolm);
      expect(Number(cells[col('reliably_improved')])).to.equal(rc.improved);
      expect(Number(cells[col('reliably_improved_pct')])).to.be.closeTo(
        (100 * rc.improved) / (rc.improved + rc.declined + rc.unchanged),
        1e-12,
      );
    }
  });
});

describe('validateReport and the view model', () => {
  it('accepts the scored fixture and orders headline constructs first', async () => {
    const report = await loadFixture('report.json');
    const v = validateReport(report);
    expect(v.ok).to.equal(true);
    const rows = constructRows(report, findGroup(report, 'all') as GroupChange, 'en');
    const firstNonHeadline = rows.findIndex((r) => !r.headline);
    expect(rows.slice(firstNonHeadline).every((r) => !r.headline)).to.equal(true);
    expect(rows.filter((r) => r.headline).length).to.be.greaterThan(0);
    expect(reportState(report)).to.equal('ready');
    expect(findGroup(report, 'nope')?.key).to.equal('all');
  });
  it('names each offending field and the reason', async () => {
    const v = validateReport(await loadFixture('report-invalid.json'));
    expect(v.ok).to.equal(false);
    if (v.ok || v.error.kind !== 'invalid') throw new Error('expected invalid');
    const joined = v.error.issues.join('\n');
    expect(joined).to.contain('groups.0.constructs.1.n:');
    expect(joined).to.contain('scale.max:');
    expect(joined).to.contain('generatedAt:');
    expect(validateReport('nonsense').ok).to.equal(false);
  });
  it('tells the not-enough and empty states apart', async () => {
    expect(reportState(await loadFixture('report-suppressed.json'))).to.equal('not-enough');
    expect(reportState(await loadFixture('report-empty.json'))).to.equal('empty');
  });
});

describe('wrapLabel', () => {
  it('wraps at word boundaries and hyphenates long compounds', async () => {
    const { wrapLabel } = await import('../../src/results/wrap-label.js');
    expect(wrapLabel('Intergenerational understanding')).to.deep.equal([
      'Intergenerational',
      'understanding',
    ]);
    // Split where the compound joins ("Generationen|übergreifendes"), not mid-syllable
    // ("Generationenü-/bergreifendes", issue 14.10).
    expect(wrapLabel('Generationenübergreifendes Verständnis')).to.deep.equal([
      'Generationen-',
      'übergreifendes',
      'Verständnis',
    ]);
    expect(wrapLabel('Digital confidence')).to.deep.equal(['Digital confidence']);
    expect(wrapLabel('Career engagement and growth')).to.deep.equal([
      'Career engagement',
      'and growth',
    ]);
    expect(wrapLabel('Mutual learning')).to.deep.equal(['Mutual learning']);
    expect(
      wrapLabel('Generationenübergreifendes Verständnis').every((l) => l.length <= 18),
    ).to.equal(true);
  });
});

describe('groupLabel', () => {
  it('names the not_stated group of every breakdown, in each language', () => {
    const en = strings('en');
    expect(groupLabel({ dimension: 'cohort', value: 'not_stated' }, en)).to.equal(
      'No cohort given',
    );
    expect(groupLabel({ dimension: 'generation', value: 'not_stated' }, en)).to.equal(
      'Generation not given',
    );
    expect(groupLabel({ dimension: 'role', value: 'not_stated' }, strings('de'))).to.equal(
      'Rolle ohne Angabe',
    );
    expect(groupLabel({ dimension: 'generation', value: 'not_stated' }, strings('fr'))).to.equal(
      'Génération non indiquée',
    );
    expect(groupLabel({ dimension: 'cohort', value: 'not_stated' }, strings('ar'))).to.equal(
      'الدفعة غير محددة',
    );
  });
});
