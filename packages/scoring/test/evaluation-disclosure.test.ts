// The evaluation's figures go through the disclosure audit like the groups' figures: differencing
// two releases of the comparison arm or of the baseline-only group must be caught.
import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '@genbridge/schema';
import { auditDisclosure, releaseEquations, scoreProgramme } from '../src/index.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

const options = { random: seeded(1), instrument: testInstrument };
const release = (id: string, rs: SurveyResponse[]) => ({
  id,
  equations: releaseEquations(scoreProgramme(rs, testInstrument, options), rs, options),
});
const programme = cohortOf(24, { seed: 1, prefix: 'P' });
const comparison = (n: number) =>
  cohortOf(n, { seed: 9, prefix: 'C' }).map((r) => ({ ...r, arm: 'comparison' as const }));
const dropouts = (n: number) =>
  cohortOf(n, { seed: 5, prefix: 'D' }).filter((r) => r.wave === 'baseline');

describe('evaluation figures in the disclosure audit', () => {
  it('one more comparison colleague between two releases is disclosed; nobody is on one release', () => {
    const first = release('r1', [...programme, ...comparison(20)]);
    expect(first.equations.some((e) => e.label.startsWith('comparison arm'))).toBe(true);
    expect(auditDisclosure([first])).toEqual({ disclosed: false });
    const verdict = auditDisclosure([first, release('r2', [...programme, ...comparison(21)])]);
    expect(verdict.disclosed).toBe(true);
    if (!verdict.disclosed) return;
    expect(verdict.findings.some((f) => f.label.startsWith('comparison arm'))).toBe(true);
    for (const f of verdict.findings) expect(`${f.label} ${f.reason}`).not.toMatch(/C0020/);
  });

  it('one more baseline-only participant between two releases is disclosed through the attrition figures', () => {
    const verdict = auditDisclosure([
      release('r1', [...programme, ...dropouts(6)]),
      release('r2', [...programme, ...dropouts(7)]),
    ]);
    expect(verdict.disclosed).toBe(true);
    if (!verdict.disclosed) return;
    expect(verdict.findings.some((f) => f.label.startsWith('attrition'))).toBe(true);
  });
});
