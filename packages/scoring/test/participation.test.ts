import { describe, expect, it } from 'vitest';
import { releaseParticipation } from '../src/index.js';

const counts = (baseline: number, exit: number, matched: number, duplicatesReplaced = 0) => ({
  baseline,
  exit,
  matched,
  baselineOnly: baseline - matched,
  exitOnly: exit - matched,
  duplicatesReplaced,
});

describe('releaseParticipation (anonymity of the programme-wide counts)', () => {
  it('shows every count when all are 0 or at least k', () => {
    expect(releaseParticipation(counts(40, 35, 30, 2), 5)).toEqual(counts(40, 35, 30, 2));
    expect(releaseParticipation(counts(0, 0, 0), 5)).toEqual(counts(0, 0, 0));
  });

  it('withholds a matched count below k, and both counts that would give it back', () => {
    expect(releaseParticipation(counts(30, 10, 3), 5)).toEqual({
      baseline: 30,
      exit: 10,
      matched: null,
      baselineOnly: null,
      exitOnly: null,
      duplicatesReplaced: 0,
    });
  });

  it('withholds a wave below k and its only-count, but shows zero', () => {
    expect(releaseParticipation(counts(30, 0, 0), 5)).toEqual(counts(30, 0, 0));
    expect(releaseParticipation(counts(3, 0, 0), 5)).toEqual({
      baseline: null,
      exit: 0,
      matched: 0,
      baselineOnly: null,
      exitOnly: 0,
      duplicatesReplaced: 0,
    });
    expect(releaseParticipation(counts(30, 2, 0), 5)).toMatchObject({
      exit: null,
      exitOnly: null,
      matched: 0,
    });
  });

  it('never leaves a withheld count recoverable by subtraction', () => {
    for (let b = 0; b < 12; b++)
      for (let e = 0; e < 12; e++)
        for (let m = 0; m <= Math.min(b, e); m++) {
          const p = releaseParticipation(counts(b, e, m), 5);
          if (p.matched === null) {
            expect(p.baseline === null || p.baselineOnly === null).toBe(true);
            expect(p.exit === null || p.exitOnly === null).toBe(true);
          }
          if (p.baseline === null) expect(p.matched === null || p.baselineOnly === null).toBe(true);
          if (p.exit === null) expect(p.matched === null || p.exitOnly === null).toBe(true);
          // The n of the programme, of either wave and of the matched pairs is never 1 … k − 1.
          // (Attrition counts may be small: they count people who left, not a reported group.)
          for (const v of [p.baseline, p.exit, p.matched])
            expect(v === null || v === 0 || v >= 5).toBe(true);
        }
  });
});
