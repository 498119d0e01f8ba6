import { describe, expect, it } from 'vitest';
import { formatFieldError, formatIssues, ProgrammeReport } from '../src/index.js';

const stats = {
  n: 6,
  baseline: { mean: 3.1, sd: 0.6, ciLower: 2.8, ciUpper: 3.4 },
  exit: { mean: 3.9, sd: 0.5, ciLower: 3.65, ciUpper: 4.15 },
  correlation: 0.42,
  difference: { mean: 0.8, sd: 0.55, ciLower: 0.22, ciUpper: 1.38 },
  tTest: { t: 3.56, df: 5, p: 0.016, pHolm: 0.032 },
  wilcoxon: { v: 21, p: 0.031, method: 'exact', nNonZero: 6 },
  effectSize: { dz: 1.45, dav: 1.45, drm: 1.2, gav: 1.23 },
  normalisedGain: 0.41,
  reliableChange: { reliability: 0.78, seDiff: 0.4, improved: 2, declined: 0, unchanged: 4 },
  reliability: {
    baseline: { alpha: 0.78, items: 7, n: 6, low: false },
    exit: { alpha: 0.66, items: 7, n: 6, low: true },
  },
  missing: { baseline: 0, exit: 0 },
  retrospective: null,
  notes: [],
};

function report(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    programmeId: 'rm-2026',
    generatedAt: '2026-06-30T12:00:00Z',
    instrument: { id: 'genbridge-core', version: '1.0.0' },
    scale: { min: 1, max: 5 },
    settings: {
      anonymityThreshold: 5,
      minItemShare: 0.75,
      openTextThreshold: 10,
      confidenceLevel: 0.95,
    },
    constructs: [
      { id: 'digital_confidence', name: { en: 'Digital confidence' }, headline: true, items: 7 },
    ],
    participation: {
      baseline: 8,
      exit: 7,
      matched: 6,
      baselineOnly: 2,
      exitOnly: 1,
      duplicatesReplaced: 0,
    },
    groups: [
      {
        key: 'all',
        dimension: 'all',
        value: null,
        suppressed: false,
        n: 6,
        constructs: [{ constructId: 'digital_confidence', ...stats }],
      },
      {
        key: 'role:mentor',
        dimension: 'role',
        value: 'mentor',
        suppressed: true,
        reason: 'below_threshold',
      },
    ],
    feedback: [
      { key: 'all', dimension: 'all', value: null, suppressed: true, reason: 'below_threshold' },
    ],
  };
}

const problems = (input: unknown) => {
  const r = ProgrammeReport.safeParse(input);
  return r.success ? [] : formatIssues(r.error, input).map(formatFieldError);
};

describe('ProgrammeReport', () => {
  it('accepts a report with a visible and a suppressed group', () => {
    expect(problems(report())).toEqual([]);
  });

  it('rejects numbers on a suppressed group, so n can never leak', () => {
    const r = report();
    (r.groups as Record<string, unknown>[])[1]!.n = 3;
    expect(problems(r)).toContain('groups.1.n: is not a known field');
  });

  it('rejects an anonymity threshold below 3 and an unknown suppression reason', () => {
    const r = report();
    (r.settings as Record<string, unknown>).anonymityThreshold = 2;
    (r.feedback as Record<string, unknown>[])[0]!.reason = 'shy';
    const found = problems(r);
    expect(found).toContain('settings.anonymityThreshold: must be at least 3');
    expect(found.some((l) => l.startsWith('feedback.0.reason: must be one of'))).toBe(true);
  });

  it('rejects a wrong schema version', () => {
    expect(problems({ ...report(), schemaVersion: 2 })).toEqual([
      'schemaVersion: must be one of 1',
    ]);
  });
});
