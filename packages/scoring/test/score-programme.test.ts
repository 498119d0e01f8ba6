import { describe, expect, it } from 'vitest';
import { ProgrammeReport, type ConstructChange, type GroupChange } from '@genbridge/schema';
import {
  cronbachAlpha,
  holmAdjust,
  pairedTTest,
  scaleScores,
  scoreProgramme,
  wilcoxonSignedRank,
  pairedEffectSizes,
  pearson,
  standardDeviation,
  mean,
  pairResponses,
} from '../src/index.js';
import { cohortOf, response, seeded, testInstrument, uniform } from './helpers.js';

const now = () => new Date('2026-07-01T12:00:00Z');
const score = (
  rs: Parameters<typeof scoreProgramme>[0],
  o: Parameters<typeof scoreProgramme>[2] = {},
) => ProgrammeReport.parse(scoreProgramme(rs, testInstrument, { now, random: seeded(7), ...o }));
const group = (r: ProgrammeReport, key: string) => r.groups.find((g) => g.key === key);
const shown = (r: ProgrammeReport, key: string) => {
  const g = group(r, key);
  if (!g || g.suppressed) throw new Error(`${key} is not shown`);
  return g as GroupChange;
};
const construct = (g: GroupChange, id: string) =>
  g.constructs.find((c) => c.constructId === id) as ConstructChange;

describe('scale scores', () => {
  it('reverse-keys items and averages answered ones', () => {
    // dc_4 is reverse-keyed: 5 → 1.
    expect(
      scaleScores(
        { dc_1: 4, dc_2: 4, dc_3: 3, dc_4: 5, iu_1: 2, iu_2: 3, iu_3: 4, ce_1: 5, ce_2: 4 },
        testInstrument,
      ),
    ).toEqual({
      career_engagement: 4.5,
      digital_confidence: 3,
      intergenerational_understanding: 3,
    });
  });
  it('needs 75% of items answered by default, configurable', () => {
    const s = scaleScores({ dc_1: 4, dc_2: 2, dc_3: 3, iu_1: 2, iu_2: 3, ce_1: 5 }, testInstrument);
    expect(s.digital_confidence).toBe(3); // 3 of 4 = 75%
    expect(s.intergenerational_understanding).toBeNull(); // 2 of 3 < 75%
    expect(s.career_engagement).toBeNull(); // 1 of 2
    const lenient = scaleScores({ iu_1: 2, iu_2: 3, ce_1: 5 }, testInstrument, {
      minItemShare: 0.5,
    });
    expect(lenient).toEqual({
      career_engagement: 5,
      digital_confidence: null,
      intergenerational_understanding: 2.5,
    });
  });
  it('refuses an answer that is not a whole number on the scale, naming the item', () => {
    expect(() => scaleScores({ dc_1: 3.5 }, testInstrument)).toThrow(
      /^answers\.dc_1: 3\.5 is not a whole number from 1 to 5$/,
    );
    expect(() => scaleScores({ dc_2: 6 }, testInstrument)).toThrow(RangeError);
    expect(() => scaleScores({ dc_3: 0 }, testInstrument)).toThrow(/answers\.dc_3/);
    const bad = response({ participant: 'P1', wave: 'exit', answers: { dc_1: 7 } });
    expect(() =>
      scoreProgramme([response({ participant: 'P1', wave: 'baseline' }), bad], testInstrument),
    ).toThrow(/answers\.dc_1: 7/);
  });
});

describe('scoreProgramme', () => {
  const responses = cohortOf(40, { seed: 3 });
  const report = score(responses);

  it('produces a valid report with settings, constructs headline first and participation', () => {
    expect(report.programmeId).toBe('rm-2026');
    expect(report.generatedAt).toBe('2026-07-01T12:00:00.000Z');
    expect(report.settings).toEqual({
      anonymityThreshold: 5,
      minItemShare: 0.75,
      openTextThreshold: 10,
      confidenceLevel: 0.95,
    });
    expect(report.constructs.map((c) => c.id)).toEqual([
      'digital_confidence',
      'intergenerational_understanding',
      'career_engagement',
    ]);
    expect(report.participation).toEqual({
      baseline: 40,
      exit: 40,
      matched: 40,
      baselineOnly: 0,
      exitOnly: 0,
      duplicatesReplaced: 0,
    });
    expect(report.groups.map((g) => g.key)).toEqual(['all', 'role:mentor']);
  });

  it('agrees with the R-checked statistics functions on the scale scores', () => {
    const all = shown(report, 'all');
    const byParticipant = (wave: string) =>
      responses
        .filter((r) => r.wave === wave)
        .map((r) => scaleScores(r.answers, testInstrument).digital_confidence as number);
    const pre = byParticipant('baseline');
    const post = byParticipant('exit');
    const d = post.map((v, i) => v - (pre[i] as number));
    const c = construct(all, 'digital_confidence');
    const t = pairedTTest(d);
    expect(c.n).toBe(40);
    expect(c.baseline.mean).toBeCloseTo(mean(pre) as number, 12);
    expect(c.exit.sd).toBeCloseTo(standardDeviation(post) as number, 12);
    expect(c.tTest.t).toBeCloseTo(t.t as number, 10);
    expect(c.tTest.p).toBeCloseTo(t.p as number, 12);
    expect(c.difference.ciLower).toBeCloseTo(t.ciLower as number, 12);
    expect(c.wilcoxon.v).toBe(wilcoxonSignedRank(d).v);
    expect(c.wilcoxon.p).toBeCloseTo(wilcoxonSignedRank(d).p as number, 12);
    expect(c.correlation).toBeCloseTo(pearson(pre, post) as number, 12);
    const e = pairedEffectSizes({
      n: 40,
      meanDifference: t.mean,
      sdDifference: t.sd,
      sdPre: standardDeviation(pre),
      sdPost: standardDeviation(post),
      correlation: pearson(pre, post),
    });
    expect(c.effectSize.gav).toBeCloseTo(e.gav as number, 12);
    expect(c.effectSize.drm).toBeCloseTo(e.drm as number, 12);
    const holm = holmAdjust(all.constructs.map((x) => x.tTest.p));
    all.constructs.forEach((x, i) => expect(x.tTest.pHolm).toBe(holm[i]));
  });

  it('reports Cronbach alpha per wave on complete cases with the low flag', () => {
    const all = shown(report, 'all');
    const rows = responses
      .filter((r) => r.wave === 'baseline')
      .map((r) =>
        ['dc_1', 'dc_2', 'dc_3', 'dc_4'].map((id) =>
          id === 'dc_4' ? 6 - (r.answers[id] as number) : (r.answers[id] as number),
        ),
      );
    const alpha = cronbachAlpha(rows).alpha as number;
    const rel = construct(all, 'digital_confidence').reliability.baseline;
    expect(rel).toMatchObject({ items: 4, n: 40, low: alpha < 0.7 });
    expect(rel.alpha).toBeCloseTo(alpha, 6);
  });

  it('reliable change uses the baseline alpha (or a supplied reliability) and classifies everyone', () => {
    const c = construct(shown(report, 'all'), 'digital_confidence');
    expect(c.reliableChange.reliability).toBe(c.reliability.baseline.alpha);
    const { improved, declined, unchanged } = c.reliableChange;
    expect(improved + declined + unchanged).toBe(40);
    const supplied = construct(
      shown(score(responses, { reliability: { digital_confidence: 0.8 } }), 'all'),
      'digital_confidence',
    );
    const sd = supplied.baseline.sd as number;
    expect(supplied.reliableChange.reliability).toBe(0.8);
    expect(supplied.reliableChange.seDiff).toBeCloseTo(sd * Math.SQRT2 * Math.sqrt(0.2), 12);
    expect(() => score(responses, { reliability: { digital_confidence: 1 } })).toThrow(
      /reliability.digital_confidence/,
    );
  });

  it('normalised gain averages (post − pre)/(max − pre) over pre < max', () => {
    // Five below the maximum: a gain over fewer than k pairs would be hidden.
    // (Everyone reaching 5 would tell every exit score and is hidden: rule 10.)
    const exit = [3, 3, 4, 5, 5, 2];
    const rs = [1, 2, 3, 4, 5, 1].flatMap((v, i) => [
      response({ participant: `G00${i}`, wave: 'baseline', answers: uniform(v) }),
      response({ participant: `G00${i}`, wave: 'exit', answers: uniform(exit[i] as number) }),
    ]);
    const c = construct(shown(score(rs), 'all'), 'digital_confidence');
    expect(c.normalisedGain).toBeCloseTo((2 / 4 + 1 / 3 + 1 / 2 + 1 / 1 + 1 / 4) / 5, 12);
    const fewer = construct(shown(score(rs.slice(2)), 'all'), 'digital_confidence');
    expect(fewer).toMatchObject({ n: 5, normalisedGain: null });
    expect(fewer.notes).toContain('normalised_gain_suppressed');
  });
});

describe('pairing', () => {
  it('counts attrition and lets the latest submission win', () => {
    const rs = [
      response({ participant: 'AAAA', wave: 'baseline', answers: uniform(2) }),
      response({
        participant: 'AAAA',
        wave: 'baseline',
        answers: uniform(1),
        submittedAt: '2026-01-11T09:00:00Z',
      }),
      response({
        participant: 'AAAA',
        wave: 'baseline',
        answers: uniform(3),
        submittedAt: '2026-01-09T09:00:00+01:00',
      }),
      response({ participant: 'AAAA', wave: 'exit', answers: uniform(4) }),
      response({ participant: 'BBBB', wave: 'baseline', answers: uniform(2) }),
      response({ participant: 'CCCC', wave: 'exit', answers: uniform(2) }),
    ];
    const pairing = pairResponses(rs);
    expect(pairing.matched).toHaveLength(1);
    expect(pairing.matched[0]!.baseline.answers).toEqual(uniform(1)); // the latest baseline
    expect(pairing.baselineOnly.map((r) => r.participant)).toEqual(['BBBB']);
    expect(pairing.exitOnly.map((r) => r.participant)).toEqual(['CCCC']);
    expect(pairing.duplicatesReplaced).toBe(2);
    // The report withholds every count below k (here all of them); resubmissions are not people.
    const r = score(rs, { anonymityThreshold: 3 });
    expect(r.participation).toEqual({
      baseline: null,
      exit: null,
      matched: null,
      baselineOnly: null,
      exitOnly: null,
      duplicatesReplaced: 2,
    });
  });
  it('does not pair across programmes, and asks which programme when mixed', () => {
    const rs = [
      response({ participant: 'AAAA', wave: 'baseline' }),
      response({ participant: 'AAAA', wave: 'exit', programmeId: 'other' }),
    ];
    expect(() => scoreProgramme(rs, testInstrument)).toThrow(
      /several programmes \(other, rm-2026\)/,
    );
    expect(score(rs, { programmeId: 'rm-2026' }).participation).toMatchObject({
      matched: 0,
      baseline: null,
      baselineOnly: null,
      exit: 0,
    });
    expect(() => scoreProgramme([], testInstrument)).toThrow(/programmeId/);
    expect(score([], { programmeId: 'empty' }).groups).toEqual([
      { key: 'all', dimension: 'all', value: null, suppressed: true, reason: 'below_threshold' },
    ]);
  });
  it('rejects responses of another instrument', () => {
    const r = response({
      participant: 'AAAA',
      wave: 'baseline',
      instrument: { id: 'other', version: '1.0.0' },
    });
    expect(() => scoreProgramme([r], testInstrument)).toThrow(/instrument "other"/);
  });
});

describe('missing items', () => {
  it('counts pairs without a construct score per wave', () => {
    const rs = cohortOf(12, { seed: 9 });
    // Two baselines answer only 2 of 3 iu items: no iu score; one exit misses every dc item.
    for (const r of rs.slice(0, 4).filter((x) => x.wave === 'baseline')) delete r.answers.iu_3;
    const exit = rs.find((x) => x.wave === 'exit') as (typeof rs)[number];
    for (const id of ['dc_1', 'dc_2', 'dc_3', 'dc_4']) delete exit.answers[id];
    const all = shown(score(rs), 'all');
    expect(construct(all, 'intergenerational_understanding')).toMatchObject({
      n: 10,
      missing: { baseline: 2, exit: 0 },
    });
    expect(construct(all, 'digital_confidence')).toMatchObject({
      n: 11,
      missing: { baseline: 0, exit: 1 },
    });
    // Alpha is on complete cases of each wave.
    expect(construct(all, 'intergenerational_understanding').reliability.baseline.n).toBe(10);
  });
});

describe('degenerate data never produce NaN or Infinity', () => {
  it('identical answers everywhere: nulls with note codes', () => {
    const rs = Array.from({ length: 6 }, (_, i) => [
      response({ participant: `SAME${i}`, wave: 'baseline', answers: uniform(3) }),
      response({ participant: `SAME${i}`, wave: 'exit', answers: uniform(3) }),
    ]).flat();
    // An SD of 0 tells every score: the figure is hidden (rule 10), with nulls, not NaN.
    const all = shown(score(rs), 'all');
    const c = construct(all, 'digital_confidence');
    expect(c.baseline).toEqual({ mean: null, sd: null, ciLower: null, ciUpper: null });
    expect(c.tTest).toEqual({ t: null, df: 5, p: null, pHolm: null });
    expect(c.wilcoxon).toEqual({ v: null, p: null, method: 'none', nNonZero: 0 });
    expect(c.effectSize).toEqual({ dz: null, dav: null, drm: null, gav: null });
    expect(c.correlation).toBeNull();
    expect(c.reliability.baseline).toEqual({ alpha: null, items: 4, n: 6, low: true });
    expect(c.notes).toEqual(['construct_homogeneous']);
    expect(JSON.stringify(all)).not.toMatch(/NaN|Infinity/);
  });
  it('zero variance inside the statistics: nulls with note codes', () => {
    // Baselines vary; exits too, but every change is 0 except two of +1 and −1 cancelling …
    // the construct is shown and its undefined statistics are null with their codes.
    const pre = [2, 3, 4, 2, 3, 4];
    const post = [2, 3, 4, 3, 2, 4];
    const rs = pre.flatMap((v, i) => [
      response({ participant: `ZV${i}`, wave: 'baseline', answers: uniform(v) }),
      response({ participant: `ZV${i}`, wave: 'exit', answers: uniform(post[i] as number) }),
    ]);
    const c = construct(shown(score(rs), 'all'), 'digital_confidence');
    expect(c.difference.mean).toBe(0);
    expect(c.wilcoxon).toMatchObject({ nNonZero: 2 });
    expect(JSON.stringify(c)).not.toMatch(/NaN|Infinity/);
  });
  it('constant shift: a change with SD 0 is hidden', () => {
    const rs = [1, 2, 3, 2, 1, 3].flatMap((v, i) => [
      response({ participant: `SHIFT${i}`, wave: 'baseline', answers: uniform(v) }),
      response({ participant: `SHIFT${i}`, wave: 'exit', answers: uniform(v + 1) }),
    ]);
    // A change with SD 0 tells every member's change: hidden (rule 10). The statistics'
    // zero-variance handling is checked on the public functions in stats.test.ts.
    const c = construct(shown(score(rs), 'all'), 'digital_confidence');
    expect(c.difference).toEqual({ mean: null, sd: null, ciLower: null, ciUpper: null });
    expect(c.effectSize.dz).toBeNull();
    expect(c.notes).toEqual(['construct_homogeneous']);
  });
  it('everyone at the maximum: normalised gain undefined', () => {
    const rs = Array.from({ length: 5 }, (_, i) => [
      response({ participant: `MAX${i}`, wave: 'baseline', answers: uniform(5) }),
      response({ participant: `MAX${i}`, wave: 'exit', answers: uniform(i % 2 ? 4 : 5) }),
    ]).flat();
    const c = construct(shown(score(rs), 'all'), 'digital_confidence');
    expect(c.normalisedGain).toBeNull();
    // Everyone at 5 at baseline tells every baseline score: the whole figure is hidden (rule 10).
    expect(c.notes).toEqual(['construct_homogeneous']);
  });
  it('random small and sparse data always parse as a ProgrammeReport', () => {
    const random = seeded(42);
    for (let trial = 0; trial < 40; trial++) {
      const n = Math.floor(random() * 12);
      const rs = cohortOf(n, { seed: trial + 100 });
      for (const r of rs)
        for (const id of Object.keys(r.answers)) if (random() < 0.3) delete r.answers[id];
      const report = scoreProgramme(rs, testInstrument, {
        programmeId: 'rm-2026',
        anonymityThreshold: 3,
        random,
      });
      expect(() => ProgrammeReport.parse(report)).not.toThrow();
      expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('retrospective then-test', () => {
  it('reports then → post beside baseline → post for constructs asked retrospectively', () => {
    const rs = cohortOf(8, { seed: 5 });
    const random = seeded(11);
    const thens: number[] = [];
    for (const r of rs.filter((x) => x.wave === 'exit')) {
      const v = 1 + Math.floor(random() * 3);
      thens.push(v);
      r.retrospective = { dc_1: v, dc_2: v, dc_3: v, dc_4: 6 - v };
    }
    const all = shown(score(rs), 'all');
    const dc = construct(all, 'digital_confidence');
    const posts = rs
      .filter((x) => x.wave === 'exit')
      .map((x) => scaleScores(x.answers, testInstrument).digital_confidence as number);
    expect(dc.retrospective).not.toBeNull();
    expect(dc.retrospective?.n).toBe(8);
    expect(dc.retrospective?.then.mean).toBeCloseTo(mean(thens) as number, 12);
    const t = pairedTTest(posts.map((p, i) => p - (thens[i] as number)));
    expect(dc.retrospective?.tTest.t).toBeCloseTo(t.t as number, 10);
    expect(dc.retrospective?.tTest.pHolm).toBe(dc.retrospective?.tTest.p); // family of one
    expect(construct(all, 'intergenerational_understanding').retrospective).toBeNull();
  });
});
