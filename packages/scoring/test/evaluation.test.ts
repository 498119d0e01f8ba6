// ProgrammeReport.evaluation: each section computed from the same scores as the R-checked
// statistics, and every new group under the anonymity rules.
import { describe, expect, it } from 'vitest';
import { ProgrammeReport, type SurveyResponse } from '@genbridge/schema';
import {
  ancova,
  clusterRobustMean,
  cohensD,
  minimumDetectableDz,
  poolProgrammes,
  randomEffects,
  scaleScores,
  scoreProgramme,
  welchTTest,
} from '../src/index.js';
import { cohortOf, response, testInstrument } from './helpers.js';

const now = () => new Date('2026-07-01T00:00:00Z');
const score = (rs: SurveyResponse[], k = 5) =>
  scoreProgramme(rs, testInstrument, { now, random: () => 0.5, anonymityThreshold: k });
const dc = 'digital_confidence';
const scores = (rs: SurveyResponse[], wave: 'baseline' | 'exit') => {
  const m = new Map<string, number>();
  for (const r of rs)
    if (r.wave === wave) m.set(r.participant, scaleScores(r.answers, testInstrument)[dc] as number);
  return m;
};
const changes = (rs: SurveyResponse[]) => {
  const pre = scores(rs, 'baseline');
  const post = scores(rs, 'exit');
  return [...pre.keys()]
    .filter((p) => post.has(p))
    .map((p) => (post.get(p) as number) - (pre.get(p) as number));
};
const withArm = (rs: SurveyResponse[], arm: 'comparison') => rs.map((r) => ({ ...r, arm }));

describe('comparison arm', () => {
  const programme = cohortOf(30, { seed: 3 });
  const comparison = withArm(cohortOf(20, { seed: 9, prefix: 'C' }), 'comparison');

  it('keeps the comparison arm out of the programme groups and participation', () => {
    const alone = score(programme);
    const both = score([...programme, ...comparison]);
    expect(both.groups).toEqual(alone.groups);
    expect(both.participation).toEqual(alone.participation);
    expect(alone.evaluation?.comparison).toBeNull();
  });

  it('difference-in-differences and ANCOVA from the same scores', () => {
    const report = score([...programme, ...comparison]);
    ProgrammeReport.parse(report);
    const section = report.evaluation?.comparison;
    if (!section || section.suppressed) throw new Error('comparison should be shown');
    expect(section.programme).toBe(30);
    expect(section.comparison).toBe(20);
    const c = section.constructs.find((x) => x.constructId === dc);
    const dp = changes(programme);
    const dcmp = changes(comparison);
    expect(c?.differenceInDifferences).toEqual(welchTTest(dp, dcmp, 0.95));
    const pre = [
      ...scores(programme, 'baseline').values(),
      ...scores(comparison, 'baseline').values(),
    ];
    const post = [...scores(programme, 'exit').values(), ...scores(comparison, 'exit').values()];
    const arm = [...dp.map(() => 1), ...dcmp.map(() => 0)];
    const expected = ancova(pre, post, arm);
    expect(c?.ancova.estimate).toBeCloseTo(expected.estimate as number, 12);
    expect(c?.ancova.ciLower).toBeCloseTo(expected.ciLower as number, 12);
  });

  it('is hidden when an arm is below k', () => {
    const report = score([
      ...programme,
      ...withArm(cohortOf(4, { seed: 9, prefix: 'C' }), 'comparison'),
    ]);
    expect(report.evaluation?.comparison).toEqual({ suppressed: true, reason: 'below_threshold' });
  });
});

describe('attrition', () => {
  const completers = cohortOf(25, { seed: 4 });
  const dropouts = cohortOf(8, { seed: 5, prefix: 'D' }).filter((r) => r.wave === 'baseline');

  it('compares baseline scores with Welch t and d, and bounds the change', () => {
    const report = score([...completers, ...dropouts]);
    const section = report.evaluation?.attrition;
    if (!section || section.suppressed) throw new Error('attrition should be shown');
    expect(section.baselineOnly).toBe(8);
    const c = section.constructs.find((x) => x.constructId === dc);
    const a = [...scores(completers, 'baseline').values()];
    const b = [...scores(dropouts, 'baseline').values()];
    expect(c?.welch).toEqual(welchTTest(a, b, 0.95));
    expect(c?.d).toBe(cohensD(a, b));
    const d = changes(completers);
    const sum = d.reduce((s, x) => s + x, 0);
    expect(c?.changeIfDropoutsUnchanged.n).toBe(33);
    expect(c?.changeIfDropoutsUnchanged.mean).toBeCloseTo(sum / 33, 12);
    expect(c?.observedChange).toBeCloseTo(sum / 25, 12);
    expect(section.warning).toBe(section.constructs.some((x) => x.differs));
  });

  it('warns when the dropouts started much lower', () => {
    // Low but not all alike (all at the minimum would be hidden as homogeneous, rule 10).
    const low = dropouts.map((r, i) => ({
      ...r,
      answers: Object.fromEntries(
        Object.keys(r.answers).map((id) => [id, id === 'dc_4' ? 5 - (i % 2) : 1 + (i % 2)]),
      ),
    }));
    const section = score([...completers, ...low]).evaluation?.attrition;
    if (!section || section.suppressed) throw new Error('attrition should be shown');
    expect(section.warning).toBe(true);
    expect(section.constructs.find((x) => x.constructId === dc)?.differs).toBe(true);
  });

  it('is null without dropouts and hidden below k', () => {
    expect(score(completers).evaluation?.attrition).toBeNull();
    expect(score([...completers, ...dropouts.slice(0, 4)]).evaluation?.attrition).toEqual({
      suppressed: true,
      reason: 'below_threshold',
    });
  });
});

describe('dyads', () => {
  /** n pairs: mentor M<i> and mentee E<i> sharing pairId pair-<i>. */
  const pairs = (n: number, seed = 6) => {
    const mentors = cohortOf(n, { seed, prefix: 'M', role: 'mentor' });
    const mentees = cohortOf(n, { seed: seed + 1, prefix: 'E', role: 'mentee' });
    const tag = (r: SurveyResponse) => ({ ...r, pairId: `pair-${Number(r.participant.slice(1))}` });
    return [...mentors.map(tag), ...mentees.map(tag)];
  };

  it('cluster-robust change, role change and intra-pair correlation from the same scores', () => {
    const rs = pairs(12);
    const section = score(rs).evaluation?.dyads;
    if (!section || section.suppressed) throw new Error('dyads should be shown');
    expect(section.completePairs).toBe(12);
    const c = section.constructs.find((x) => x.constructId === dc);
    const pre = scores(rs, 'baseline');
    const post = scores(rs, 'exit');
    const ids = [...pre.keys()];
    const values = ids.map((p) => (post.get(p) as number) - (pre.get(p) as number));
    const clusters = ids.map((p) => `pair-${Number(p.slice(1))}`);
    const { clusters: _g, ...expected } = clusterRobustMean(values, clusters);
    expect(c?.clusterRobust.estimate).toBeCloseTo(expected.estimate as number, 12);
    expect(c?.clusterRobust.se).toBeCloseTo(expected.se as number, 12);
    expect(c?.clusterRobust.df).toBe(11);
    expect(c?.mentor.n).toBe(12);
    expect(c?.intraPairCorrelation).not.toBeNull();
  });

  it('nothing pair-level for a single pair or below k pairs', () => {
    const one = [...cohortOf(20, { seed: 2, prefix: 'X' }), ...pairs(1)];
    expect(score(one).evaluation?.dyads).toEqual({ suppressed: true, reason: 'below_threshold' });
    expect(score(pairs(4)).evaluation?.dyads).toEqual({
      suppressed: true,
      reason: 'below_threshold',
    });
  });

  it('hidden when the paired participants differ from the shown total by fewer than k', () => {
    const rs = [...pairs(10), ...cohortOf(2, { seed: 8, prefix: 'U' })];
    expect(score(rs).evaluation?.dyads).toEqual({
      suppressed: true,
      reason: 'complement_below_threshold',
    });
    const enough = [
      ...pairs(10),
      ...cohortOf(5, { seed: 8, prefix: 'U', role: 'mentee' }),
      ...cohortOf(5, { seed: 9, prefix: 'V' }),
    ];
    expect(score(enough).evaluation?.dyads?.suppressed).toBe(false);
  });

  it('null without pairIds', () => {
    expect(score(cohortOf(10)).evaluation?.dyads).toBeNull();
  });
});

describe('minimum detectable effect', () => {
  it('states d_z for the matched n and in scale points', () => {
    const rs = cohortOf(30, { seed: 3 });
    const mde = score(rs).evaluation?.minimumDetectableEffect;
    expect(mde?.n).toBe(30);
    expect(mde?.dz).toBeCloseTo(minimumDetectableDz(30) as number, 12);
    const d = changes(rs);
    const m = d.reduce((s, x) => s + x, 0) / d.length;
    const sd = Math.sqrt(d.reduce((s, x) => s + (x - m) ** 2, 0) / (d.length - 1));
    expect(mde?.constructs.find((c) => c.constructId === dc)?.scalePoints).toBeCloseTo(
      (mde?.dz as number) * sd,
      10,
    );
  });
  it('withheld when the matched n is', () => {
    const mde = score(cohortOf(3)).evaluation?.minimumDetectableEffect;
    expect(mde?.n).toBeNull();
    expect(mde?.dz).toBeNull();
  });
});

describe('item evidence', () => {
  const bands = [
    ...cohortOf(12, { seed: 11, prefix: 'Z', generation: 'gen_z' }),
    ...cohortOf(12, { seed: 12, prefix: 'B', generation: 'baby_boomer' }),
  ];

  it('per construct and wave, with generation bands', () => {
    const report = score(bands);
    ProgrammeReport.parse(report);
    const items = report.evaluation?.items ?? [];
    expect(items.map((i) => `${i.constructId}/${i.wave}`)).toEqual([
      'digital_confidence/baseline',
      'digital_confidence/exit',
      'intergenerational_understanding/baseline',
      'intergenerational_understanding/exit',
      'career_engagement/baseline',
      'career_engagement/exit',
    ]);
    const dcBase = items[0];
    expect(dcBase?.n).toBe(24);
    expect(dcBase?.items.map((i) => i.itemId)).toEqual(['dc_1', 'dc_2', 'dc_3', 'dc_4']);
    expect(dcBase?.byGeneration.map((g) => [g.band, g.suppressed])).toEqual([
      ['gen_z', false],
      ['baby_boomer', false],
    ]);
    // Two items: omega is not identified.
    expect(items[4]?.omega).toBeNull();
  });

  it('one small band hides a second one (complementary)', () => {
    const rs = [...bands, ...cohortOf(3, { seed: 13, prefix: 'X', generation: 'gen_x' })];
    const g = score(rs).evaluation?.items[0]?.byGeneration ?? [];
    expect(g.map((x) => (x.suppressed ? x.reason : 'shown'))).toEqual([
      'complementary',
      'below_threshold',
      'shown',
    ]);
  });

  it('flags an item that works differently in one band', () => {
    // dc_1 follows the construct for gen_z, but baby boomers answer it two points lower than
    // their other items (as if it meant something else to them).
    const noisy = bands.map((r) =>
      r.participant.startsWith('B')
        ? { ...r, answers: { ...r.answers, dc_1: Math.max(1, (r.answers.dc_2 as number) - 2) } }
        : r,
    );
    const dcBase = score(noisy).evaluation?.items[0];
    expect(dcBase?.divergentItems).toContain('dc_1');
    expect(score(bands).evaluation?.items[0]?.divergentItems).toEqual([]);
  });

  it('left out below k or when a few skipped an item', () => {
    expect(score(cohortOf(4), 5).evaluation?.items).toEqual([]);
    const skipped = bands.map((r, i) =>
      i < 4 && r.wave === 'baseline'
        ? { ...r, answers: { ...r.answers, dc_2: undefined as unknown as number } }
        : r,
    );
    const cleaned = skipped.map((r) => ({
      ...r,
      answers: Object.fromEntries(Object.entries(r.answers).filter(([, v]) => v !== undefined)),
    }));
    const items = score(cleaned).evaluation?.items ?? [];
    expect(items.find((i) => i.constructId === dc && i.wave === 'baseline')).toBeUndefined();
    expect(items.find((i) => i.constructId === dc && i.wave === 'exit')).toBeDefined();
  });
});

describe('evaluation.pooledCohorts', () => {
  const spring = cohortOf(30, { seed: 31, cohort: 'spring' });
  const autumn = cohortOf(25, { seed: 32, prefix: 'A', cohort: 'autumn' });

  it('pools the shown cohorts of one programme exactly as poolProgrammes pools programmes', () => {
    const report = score([...spring, ...autumn]);
    ProgrammeReport.parse(report);
    const section = report.evaluation?.pooledCohorts;
    expect(section?.cohorts).toEqual(['autumn', 'spring']);
    const alone = (rs: SurveyResponse[], id: string) =>
      score(rs.map((r) => ({ ...r, programmeId: id, cohort: undefined })));
    const asProgrammes = poolProgrammes([alone(autumn, 'autumn'), alone(spring, 'spring')]);
    expect(section?.constructs).toEqual(asProgrammes.constructs);
  });

  it('is null with one cohort, and leaves out a hidden cohort', () => {
    expect(score(spring).evaluation?.pooledCohorts).toBeNull();
    const few = cohortOf(3, { seed: 33, prefix: 'W', cohort: 'winter' });
    const report = score([...spring, ...autumn, ...few]);
    expect(report.groups.find((g) => g.key === 'cohort:winter')?.suppressed).toBeTruthy();
    const shown = report.groups.filter((g) => g.dimension === 'cohort' && !g.suppressed);
    const section = report.evaluation?.pooledCohorts;
    expect(section?.cohorts ?? []).toEqual(shown.length >= 2 ? shown.map((g) => g.value) : []);
    expect(section?.cohorts ?? []).not.toContain('winter');
  });
});

describe('poolProgrammes', () => {
  const a = score(cohortOf(30, { seed: 21 }).map((r) => ({ ...r, programmeId: 'rm-2025' })));
  const b = score(cohortOf(40, { seed: 22 }));
  const c = score(cohortOf(20, { seed: 23 }).map((r) => ({ ...r, programmeId: 'rm-2027' })));

  it('random effects over the all groups (REML default, DL on request)', () => {
    const pooled = poolProgrammes([a, b, c]);
    expect(pooled.method).toBe('REML');
    const construct = pooled.constructs.find((x) => x.constructId === dc);
    const studies = [a, b, c].map((r) => {
      const g = r.groups[0];
      if (!g || g.suppressed) throw new Error('all group hidden');
      const x = g.constructs.find((y) => y.constructId === dc);
      return {
        yi: x?.difference.mean as number,
        vi: (x?.difference.sd as number) ** 2 / (x?.n as number),
      };
    });
    const fit = randomEffects(
      studies.map((s) => s.yi),
      studies.map((s) => s.vi),
    );
    expect(construct?.estimate).toBe(fit?.estimate);
    expect(construct?.predictionLower).toBe(fit?.predictionLower);
    expect(construct?.studies.map((s) => s.programmeId)).toEqual(['rm-2025', 'rm-2026', 'rm-2027']);
    expect(poolProgrammes([a, b, c], { method: 'DL' }).constructs[0]?.tau2).toBe(
      randomEffects(
        studies.map((s) => s.yi),
        studies.map((s) => s.vi),
        { method: 'DL' },
      )?.tau2 ?? null,
    );
  });

  it('refuses reports on different instruments', () => {
    const other = { ...b, instrument: { id: 'other', version: '1.0.0' } };
    expect(() => poolProgrammes([a, other])).toThrow(/same instrument/);
  });
});

it('a comparison response validates with arm and pairId', () => {
  const r = response({
    participant: 'C001',
    wave: 'baseline',
    arm: 'comparison',
    pairId: 'pair-1',
  });
  expect(r.arm).toBe('comparison');
});
