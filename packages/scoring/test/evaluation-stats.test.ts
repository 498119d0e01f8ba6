// The evaluation statistics against R (fixtures/evaluation.R → fixtures/evaluation.json).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ancova,
  clusterRobustMean,
  cohensD,
  itemAnalysis,
  minimumDetectableDz,
  omegaTotal,
  pairedPower,
  pairsNeeded,
  planProgramme,
  pnt,
  randomEffects,
  welchTTest,
} from '../src/index.js';
import type { GroupReport } from '@genbridge/schema';
import { pooledCohorts } from '../src/evaluation/pooled-cohorts.js';
import { attitudeRows, expectClose } from './reference.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const R: any = JSON.parse(
  readFileSync(new URL('./fixtures/evaluation.json', import.meta.url), 'utf8'),
);

const FIELDS = ['estimate', 'se', 't', 'df', 'p', 'ciLower', 'ciUpper'] as const;

describe('Welch t-test and Cohen d (R t.test var.equal = FALSE)', () => {
  for (const name of ['sleep', 'unequal']) {
    it(name, () => {
      const ref = R.welch[name];
      const w = welchTTest(ref.a, ref.b, ref.level);
      for (const f of FIELDS) expectClose(w[f], ref[f]);
      expectClose(cohensD(ref.a, ref.b), ref.d);
    });
  }
  it('undefined with fewer than two values in a group', () => {
    expect(welchTTest([1], [2, 3]).t).toBeNull();
    expect(cohensD([1, 1], [1, 1])).toBeNull();
  });
});

describe('comparison arm (R lm, t.test)', () => {
  it('ANCOVA arm coefficient of lm(post ~ pre + arm)', () => {
    const ref = R.ancova;
    const a = ancova(ref.pre, ref.post, ref.arm);
    for (const f of FIELDS) expectClose(a[f], ref[f]);
  });
  it('difference-in-differences with Welch CI', () => {
    const ref = R.differenceInDifferences;
    const w = welchTTest(ref.a, ref.b);
    for (const f of FIELDS) expectClose(w[f], ref[f]);
  });
  it('singular design (one arm only) gives no estimate', () => {
    expect(ancova([1, 2, 3, 4, 5], [2, 3, 4, 4, 6], [1, 1, 1, 1, 1]).estimate).toBeNull();
  });
});

describe('dyads (sandwich::vcovCL HC1, cor)', () => {
  it('cluster-robust mean with pairs as clusters, t on G − 1 df', () => {
    const ref = R.cluster;
    const c = clusterRobustMean(ref.values, ref.clusters);
    for (const f of FIELDS) expectClose(c[f], ref[f]);
    expect(c.clusters).toBe(15);
  });
  it('a single cluster gives no interval', () => {
    expect(clusterRobustMean([1, 2], ['a', 'a']).se).toBeNull();
  });
});

describe('power (pwr::pwr.t.test type = "paired")', () => {
  it('noncentral t CDF matches R pt(t, df, ncp)', () => {
    for (const row of R.power.pnt) expectClose(pnt(row.t, row.df, row.ncp), row.p, 1e-9);
  });
  it('power for n and d_z', () => {
    for (const row of R.power.grid) expectClose(pairedPower(row.n, row.d, row.alpha), row.power);
  });
  it('minimum detectable d_z and pairs needed (solved to 1e-12; pwr itself to ~1e-4)', () => {
    for (const row of R.power.mde) {
      expectClose(minimumDetectableDz(row.n), row.d);
      expect(Math.abs((minimumDetectableDz(row.n) as number) - row.dPwr)).toBeLessThan(1e-4);
    }
    for (const row of R.power.needed) expectClose(pairsNeeded(row.d), row.n);
    const r = R.power.needed90;
    expectClose(pairsNeeded(r.d, r.alpha, r.power), r.n);
  });
  it('planProgramme: the textbook 15 / 34 / 90 / 199 pairs and the MDE of 30 pairs', () => {
    expect([0.8, 0.5, 0.3, 0.2].map((effect) => planProgramme({ effect }).pairsNeeded)).toEqual([
      15, 34, 90, 199,
    ]);
    expectClose(planProgramme({ pairs: 30 }).minimumDetectableDz, R.power.mde[2].d);
    const withR = planProgramme({ effect: 0.5, correlation: 0.5 });
    expect(withR.effectDz).toBeCloseTo(0.5, 12);
    expect(() => planProgramme({})).toThrow(/pairs, effect/);
    expect(() => planProgramme({ pairs: 1 })).toThrow(/pairs/);
  });
});

describe('random effects (metafor::rma + predict)', () => {
  for (const name of ['bcgReml', 'bcgDl', 'cohortsReml', 'homogeneousReml']) {
    it(name, () => {
      const ref = R.meta[name];
      const fit = randomEffects(ref.yi, ref.vi, { method: ref.method });
      expect(fit).not.toBeNull();
      for (const f of [
        'estimate',
        'se',
        'ciLower',
        'ciUpper',
        'q',
        'predictionLower',
        'predictionUpper',
      ] as const) {
        expectClose(fit?.[f], ref[f]);
      }
      // τ² = 0 (homogeneous) compares absolutely.
      expect(Math.abs((fit?.tau2 as number) - ref.tau2)).toBeLessThan(1e-6 * Math.max(1, ref.tau2));
      expect(Math.abs((fit?.i2 as number) - ref.i2)).toBeLessThan(1e-6 * Math.max(1, ref.i2));
      fit?.weights.forEach((w, i) => expectClose(w, ref.weights[i]));
    });
  }
  it('needs two studies', () => {
    expect(randomEffects([0.3], [0.01])).toBeNull();
  });
  // Found by the anonymity property test: two cohorts whose members all changed alike have SDs of
  // float noise; the REML step divided 0 by 0 and the report carried NaN weights.
  it('variances of float noise give finite figures, never NaN', () => {
    const fit = randomEffects([1 / 3, 0.5], [4e-17 ** 2 / 5, 1e-16 ** 2 / 7]);
    for (const value of [fit?.estimate, fit?.se, fit?.tau2, ...(fit?.weights ?? [])])
      expect(Number.isFinite(value)).toBe(true);
  });
});

describe('pooled cohorts of one programme (metafor::rma REML on each cohort mean and SD² / n)', () => {
  it('two cohorts, from their groups as a report shows them', () => {
    const ref = R.meta.twoCohorts;
    const group = (value: string) => {
      const c = ref[value];
      return {
        key: `cohort:${value}`,
        dimension: 'cohort' as const,
        value,
        suppressed: false as const,
        n: c.n,
        constructs: [{ constructId: 'dc', n: c.n, difference: { mean: c.mean, sd: c.sd } }],
      };
    };
    const hidden = {
      key: 'cohort:winter',
      dimension: 'cohort' as const,
      value: 'winter',
      suppressed: true as const,
      reason: 'below_threshold' as const,
    };
    const section = pooledCohorts(
      [group('spring'), hidden, group('autumn')] as unknown as GroupReport[],
      ['dc'],
      0.95,
    );
    expect(section?.cohorts).toEqual(['spring', 'autumn']);
    expect(section?.method).toBe('REML');
    const pooled = section?.constructs[0];
    for (const f of [
      'estimate',
      'se',
      'ciLower',
      'ciUpper',
      'tau2',
      'i2',
      'q',
      'predictionLower',
      'predictionUpper',
    ] as const)
      expectClose(pooled?.[f], ref[f]);
    pooled?.studies.forEach((s, i) => {
      expectClose(s.estimate, ref.yi[i]);
      expectClose(s.variance, ref.vi[i]);
      expectClose(s.weight, ref.weights[i]);
    });
  });
});

describe('item analysis (psych::alpha) and omega (psych::fa, psych::omega)', () => {
  it('corrected item–total r and alpha if dropped on attitude', () => {
    const ref = R.items.attitude;
    const a = itemAnalysis(attitudeRows());
    expectClose(a.alpha, ref.rawAlpha);
    a.items.forEach((s, j) => {
      expectClose(s.rDrop, ref.rDrop[j]);
      expectClose(s.alphaIfDropped, ref.alphaIfDropped[j]);
      expectClose(s.mean, ref.mean[j]);
      expectClose(s.sd, ref.sd[j]);
    });
  });
  it('omega total: loadings of fa(fm = "pa") to convergence, omega as psych::omega(nfactors = 1)', () => {
    const ref = R.items.attitude;
    const a = itemAnalysis(attitudeRows());
    const o = omegaTotal(a.covariance, 7);
    o.loadings.forEach((l, j) => expectClose(l, ref.paLoadings[j]));
    expectClose(o.omega, ref.omegaFromPa);
    // psych::omega fits minres with optim, which stops ~1e-6 from the least-squares optimum.
    expect(Math.abs((o.omega as number) - ref.psychOmegaTot)).toBeLessThan(1e-6);
  });
  it('three items', () => {
    const ref = R.items.attitude3;
    const rows = attitudeRows().map((r) => [r[0], r[1], r[3]] as number[]);
    const a = itemAnalysis(rows);
    a.items.forEach((s, j) => {
      expectClose(s.rDrop, ref.rDrop[j]);
      expectClose(s.alphaIfDropped, ref.alphaIfDropped[j]);
    });
    const o = omegaTotal(a.covariance, 3);
    o.loadings.forEach((l, j) => expectClose(l, ref.paLoadings[j]));
    expectClose(o.omega, ref.omegaFromPa);
  });
  it('omega is undefined for two items', () => {
    expect(omegaTotal([1, 0.5, 0.5, 1], 2).omega).toBeNull();
  });
});
