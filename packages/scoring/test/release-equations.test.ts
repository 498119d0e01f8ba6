import { describe, expect, it } from 'vitest';
import type { SurveyResponse } from '@genbridge/schema';
import { auditDisclosure, releaseEquations, scoreProgramme } from '../src/index.js';
import { cohortOf, seeded, testInstrument } from './helpers.js';

const options = { random: seeded(1), instrument: testInstrument };
const release = (id: string, rs: SurveyResponse[]) => ({
  id,
  equations: releaseEquations(scoreProgramme(rs, testInstrument, options), rs, options),
});

describe('releaseEquations', () => {
  const mentors = cohortOf(12, { seed: 1, prefix: 'M', role: 'mentor', cohort: 'spring' });
  const mentees = cohortOf(12, { seed: 2, prefix: 'E', role: 'mentee', cohort: 'spring' });

  it('lists the sums behind every shown figure, over the participants who make them up', () => {
    const rs = [...mentors, ...mentees];
    const equations = releaseEquations(scoreProgramme(rs, testInstrument, options), rs, options);
    const baseline = equations.filter(
      (e) => e.variable === 'construct:digital_confidence/baseline',
    );
    expect(baseline.map((e) => e.label)).toEqual([
      'all · digital_confidence · baseline',
      'role=mentor · digital_confidence · baseline',
      'role=mentee · digital_confidence · baseline',
      'cohort=spring · digital_confidence · baseline',
    ]);
    expect(baseline[1]?.members).toHaveLength(12);
    expect(baseline[1]?.members.every((m) => m.startsWith('M'))).toBe(true);
    // Nobody answered the feedback questions: their answered counts are figures, no distribution.
    expect(equations.some((e) => e.variable === 'feedback:recommend/answered')).toBe(true);
    expect(equations.some((e) => e.variable === 'feedback:recommend=9')).toBe(false);
  });

  it('refuses responses that are not those of the report', () => {
    const rs = [...mentors, ...mentees];
    const report = scoreProgramme(rs, testInstrument, options);
    expect(() => releaseEquations(report, mentors, options)).toThrow(/do not match the report/);
  });

  it('with the audit: one participant submitting both waves between two releases is disclosed, five are not', () => {
    const before = [...mentors, ...mentees];
    const one = cohortOf(1, { seed: 3, prefix: 'N', role: 'mentor', cohort: 'spring' });
    const five = cohortOf(5, { seed: 3, prefix: 'N', role: 'mentor', cohort: 'spring' });
    const disclosed = auditDisclosure([release('r1', before), release('r2', [...before, ...one])]);
    expect(disclosed.disclosed).toBe(true);
    if (disclosed.disclosed) {
      expect(disclosed.findings.map((f) => f.variable)).toContain(
        'construct:digital_confidence/baseline',
      );
      expect(new Set(disclosed.findings.map((f) => f.release))).toEqual(new Set(['r2']));
      expect(JSON.stringify(disclosed)).not.toContain('N0000');
    }
    expect(auditDisclosure([release('r1', before), release('r2', [...before, ...five])])).toEqual({
      disclosed: false,
    });
  });
});
