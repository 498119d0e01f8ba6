import { describe, expect, it } from 'vitest';
import {
  cronbachAlpha,
  holmAdjust,
  mean,
  meanInterval,
  normalisedGain,
  pairedEffectSizes,
  pairedTTest,
  pearson,
  psignrank,
  reliableChange,
  standardDeviation,
  wilcoxonSignedRank,
  averageRanks,
} from '../src/index.js';
import { psignrankUpper } from '../src/stats/signed-rank-distribution.js';
import { attitudeRows, diff, expectClose, ref } from './reference.js';

function effects(pre: number[], post: number[]) {
  const d = diff(pre, post);
  return pairedEffectSizes({
    n: d.length,
    meanDifference: mean(d),
    sdDifference: standardDeviation(d),
    sdPre: standardDeviation(pre),
    sdPost: standardDeviation(post),
    correlation: pearson(pre, post),
  });
}

describe('paired t-test vs R t.test(paired = TRUE)', () => {
  for (const name of ['sleep', 'helpExample', 'ties']) {
    it(name, () => {
      const c = ref[name];
      const r = pairedTTest(diff(c.pre, c.post));
      expectClose(r.t, c.ttest.t);
      expect(r.df).toBe(c.ttest.df);
      expectClose(r.p, c.ttest.p);
      expectClose(r.ciLower, c.ttest.ciLower);
      expectClose(r.ciUpper, c.ttest.ciUpper);
      expectClose(r.mean, c.ttest.mean);
      expect(r.notes).toEqual([]);
    });
  }
  it('matches the issue values for sleep', () => {
    const r = pairedTTest(diff(ref.sleep.pre, ref.sleep.post));
    expectClose(r.t, 4.0621277);
    expectClose(r.p, 0.00283289, 1e-6);
    expectClose(r.ciLower, 0.7001142, 1e-6);
    expectClose(r.ciUpper, 2.4598858, 1e-6);
  });
  it('another confidence level widens the interval', () => {
    const r90 = pairedTTest(diff(ref.sleep.pre, ref.sleep.post), 0.9);
    const r95 = pairedTTest(diff(ref.sleep.pre, ref.sleep.post), 0.95);
    expect((r90.ciUpper as number) - (r90.ciLower as number)).toBeLessThan(
      (r95.ciUpper as number) - (r95.ciLower as number),
    );
  });
  it('degenerate: n < 2 and zero variance give null, never NaN', () => {
    expect(pairedTTest([])).toMatchObject({
      n: 0,
      mean: null,
      t: null,
      p: null,
      df: 0,
      notes: ['n_below_2'],
    });
    expect(pairedTTest([1])).toMatchObject({ mean: 1, sd: null, t: null, notes: ['n_below_2'] });
    expect(pairedTTest([0.5, 0.5, 0.5])).toMatchObject({
      mean: 0.5,
      sd: 0,
      t: null,
      p: null,
      ciLower: null,
      notes: ['zero_variance_difference'],
    });
    expect(pairedTTest([0, 0])).toMatchObject({ t: null, notes: ['zero_variance_difference'] });
  });
});

describe('Lakens (2013) effect sizes vs R', () => {
  for (const name of ['sleep', 'helpExample', 'ties']) {
    it(name, () => {
      const c = ref[name];
      const e = effects(c.pre, c.post);
      expectClose(e.dz, c.effect.dz);
      expectClose(e.dav, c.effect.dav);
      expectClose(e.drm, c.effect.drm);
      expectClose(e.gav, c.effect.gav);
      expectClose(pearson(c.pre, c.post), c.effect.r);
    });
  }
  it('issue values (sleep d_av, d_rm, g_av; help d_z)', () => {
    const s = effects(ref.sleep.pre, ref.sleep.post);
    expectClose(s.dav, 0.8334963, 1e-6);
    expectClose(s.drm, 0.8221766, 1e-6);
    expectClose(s.gav, 0.7620538, 1e-6);
    expectClose(effects(ref.helpExample.pre, ref.helpExample.post).dz, 1.011792, 1e-6);
  });
  it('degenerate: zero SDs give null', () => {
    expect(effects([2, 2, 2], [3, 3, 3])).toEqual({ dz: null, dav: null, drm: null, gav: null });
    expect(
      pairedEffectSizes({
        n: 1,
        meanDifference: 1,
        sdDifference: null,
        sdPre: null,
        sdPost: null,
        correlation: null,
      }),
    ).toEqual({
      dz: null,
      dav: null,
      drm: null,
      gav: null,
    });
  });
});

describe('Wilcoxon signed-rank vs R wilcox.test(paired = TRUE)', () => {
  const w = (c: { pre: number[]; post: number[] }, o = {}) =>
    wilcoxonSignedRank(diff(c.pre, c.post), o);
  it('sleep: one zero and one tie → normal approximation, with and without correction', () => {
    const a = w(ref.sleep);
    expect(a).toMatchObject({
      v: ref.sleep.wilcoxCorrect.v,
      method: 'normal',
      nNonZero: 9,
      zeros: 1,
    });
    expectClose(a.p, ref.sleep.wilcoxCorrect.p);
    expectClose(a.p, 0.009090698, 1e-6);
    expectClose(w(ref.sleep, { correct: false }).p, ref.sleep.wilcoxNoCorrect.p);
  });
  it('help example: exact, two-sided and greater', () => {
    const a = w(ref.helpExample);
    expect(a).toMatchObject({ v: 40, method: 'exact', nNonZero: 9 });
    expectClose(a.p, ref.helpExample.wilcoxExact.p);
    expectClose(w(ref.helpExample, { alternative: 'greater' }).p, ref.helpExample.wilcoxGreater.p);
  });
  it('tie-corrected normal approximation (no zeros)', () => {
    const a = w(ref.ties);
    expect(a).toMatchObject({ v: ref.ties.wilcoxCorrect.v, method: 'normal', ties: true });
    expectClose(a.p, ref.ties.wilcoxCorrect.p);
    expectClose(w(ref.ties, { correct: false }).p, ref.ties.wilcoxNoCorrect.p);
    expectClose(w(ref.ties, { alternative: 'less' }).p, ref.ties.wilcoxLess.p);
  });
  it('exact with n = 15, all alternatives, and psignrank over its whole support', () => {
    const c = ref.exact15;
    const a = w(c);
    expect(a).toMatchObject({ v: c.wilcoxExact.v, method: 'exact' });
    expectClose(a.p, c.wilcoxExact.p);
    expectClose(w(c, { alternative: 'greater' }).p, c.wilcoxGreater.p);
    expectClose(w(c, { alternative: 'less' }).p, c.wilcoxLess.p);
    (c.psignrank as number[]).forEach((p, q) => expectClose(psignrank(q, 15), p));
  });
  it('n ≥ 50 without ties uses the normal approximation', () => {
    const a = w(ref.large60);
    expect(a).toMatchObject({ v: ref.large60.wilcoxCorrect.v, method: 'normal' });
    expectClose(a.p, ref.large60.wilcoxCorrect.p);
  });
  it('degenerate: all zeros → method none, null V and p', () => {
    expect(wilcoxonSignedRank([0, 0, 0])).toMatchObject({
      v: null,
      p: null,
      method: 'none',
      nNonZero: 0,
      zeros: 3,
    });
    expect(wilcoxonSignedRank([])).toMatchObject({ method: 'none' });
    expect(() => wilcoxonSignedRank([1, Number.NaN])).toThrow(/difference 2 is NaN/);
    const one = wilcoxonSignedRank([0.5]);
    expect(one).toMatchObject({ v: 1, p: 1, method: 'exact' });
  });
});

describe('Cronbach alpha vs psych::alpha(attitude)', () => {
  it('raw, standardised and average r', () => {
    const a = cronbachAlpha(attitudeRows());
    expect(a).toMatchObject({ n: ref.attitude.n, items: ref.attitude.items });
    expectClose(a.alpha, ref.attitude.rawAlpha);
    expectClose(a.standardized, ref.attitude.stdAlpha);
    expectClose(a.averageR, ref.attitude.averageR);
    expectClose(a.alpha, 0.8431428, 1e-6);
    expectClose(a.standardized, 0.8390838, 1e-6);
  });
  it('uses complete cases only', () => {
    const rows = attitudeRows();
    const withMissing = [...rows, [1, Number.NaN, 3, 4, 5, 6, 7]];
    expect(cronbachAlpha(withMissing)).toMatchObject({ n: 30, alpha: cronbachAlpha(rows).alpha });
  });
  it('degenerate: identical answers or n < 2 give null', () => {
    expect(
      cronbachAlpha([
        [3, 3, 3],
        [3, 3, 3],
        [3, 3, 3],
      ]),
    ).toMatchObject({ alpha: null, standardized: null, n: 3 });
    expect(cronbachAlpha([[1, 2, 3]])).toMatchObject({ alpha: null, n: 1 });
    expect(() => cronbachAlpha([[1, 2], [1]])).toThrow(/row 2/);
  });
});

describe('Holm vs R p.adjust', () => {
  it('issue example and a second family', () => {
    holmAdjust(ref.holm.p).forEach((p, i) => expectClose(p, ref.holm.adjusted[i]));
    holmAdjust(ref.holm2.p).forEach((p, i) => expectClose(p, ref.holm2.adjusted[i]));
    expect(holmAdjust([0.01, 0.04, 0.03, 0.005])).toEqual([0.03, 0.06, 0.06, 0.02]);
  });
  it('keeps nulls out of the family', () => {
    expect(holmAdjust([0.01, null, 0.02])).toEqual([0.02, null, 0.02]);
    expect(holmAdjust([null])).toEqual([null]);
  });
});

describe('reliable change and normalised gain', () => {
  it('counts RCI beyond ±1.96 (Jacobson & Truax)', () => {
    // SE_diff = 1 × √2 × √(1 − 0.5) = 1, so RCI = raw change.
    const r = reliableChange([1, 1, 1, 1, 1], [3.5, 1, 2.9, -1, 2], 1, 0.5);
    expectClose(r.seDiff, 1);
    expect(r).toMatchObject({ improved: 1, declined: 1, unchanged: 3 });
  });
  it('is undefined for reliability ≥ 1, missing reliability or zero SD', () => {
    for (const [sd, rel] of [
      [1, 1],
      [1, null],
      [0, 0.8],
      [null, 0.8],
    ] as const) {
      expect(reliableChange([1], [2], sd, rel)).toEqual({
        seDiff: null,
        improved: 0,
        declined: 0,
        unchanged: 0,
      });
    }
  });
  it('normalised gain skips participants at the maximum', () => {
    expectClose(normalisedGain([3, 4, 5], [4, 5, 5], 5), (0.5 + 1) / 2);
    expect(normalisedGain([5, 5], [4, 5], 5)).toBeNull();
    expectClose(normalisedGain([3], [2], 5), -0.5);
  });
});

describe('ranking', () => {
  it('average ranks match R rank()', () => {
    const r = averageRanks(ref.rank.x);
    expect(Array.from(r.ranks)).toEqual(ref.rank.ranks);
    expect(r.ties.sort()).toEqual([2, 2, 3]);
  });
});

describe('signed-rank distribution tails', () => {
  it('keeps tiny tail probabilities exact on both sides (n = 49: 2^-49)', () => {
    expectClose(psignrank(0, 49), 2 ** -49, 1e-9);
    expectClose(psignrankUpper(49 * 25 - 1, 49), 2 ** -49, 1e-9);
    expectClose(psignrank(1, 3), 2 / 8);
    expect(psignrankUpper(-1, 5)).toBe(1);
    expect(psignrank(15, 5)).toBe(1);
  });
});

describe('exact vs normal switch', () => {
  it('is exact below 50 non-zero differences and normal from 50, as in R', () => {
    const d = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? -1 : 1) * (i + 1));
    expect(wilcoxonSignedRank(d(49)).method).toBe('exact');
    expect(wilcoxonSignedRank(d(50)).method).toBe('normal');
    expect(wilcoxonSignedRank(d(50), { exact: true }).method).toBe('exact');
    // Symmetric data: two-sided p is capped at 1.
    expect(wilcoxonSignedRank([1, -1.5, 2.5, -2, 3, -3.5]).p).toBeLessThanOrEqual(1);
  });
});

describe('meanInterval (R t.test(x)$conf.int)', () => {
  for (const c of ref.meanInterval) {
    it(`n = ${c.x.length}, level ${c.level}`, () => {
      const ci = meanInterval(mean(c.x), standardDeviation(c.x), c.x.length, c.level);
      expectClose(ci.ciLower, c.ciLower);
      expectClose(ci.ciUpper, c.ciUpper);
    });
  }
  it('is undefined below two values', () => {
    expect(meanInterval(3, null, 1)).toEqual({ ciLower: null, ciUpper: null });
  });
});
