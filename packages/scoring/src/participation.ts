import type { ProgrammeReport } from '@genbridge/schema';

/** Participation counts before the anonymity rule is applied. */
export interface ParticipationCounts {
  baseline: number;
  exit: number;
  matched: number;
  baselineOnly: number;
  exitOnly: number;
  duplicatesReplaced: number;
}

const small = (count: number, k: number) => count > 0 && count < k;

/**
 * Applies the anonymity threshold to the participation counts, which are the n of the whole
 * programme: `matched` is the n of the `all` group and `exit` the n of the `all` feedback group,
 * so a count from 1 to k − 1 is withheld (`null`) just as the suppressed group's own n is.
 * Withholding one count also withholds those that would give it back by subtraction
 * (baseline = matched + baselineOnly, exit = matched + exitOnly). Zero reveals nobody and is shown.
 * `duplicatesReplaced` counts resubmissions, not people, and is always shown.
 */
export function releaseParticipation(counts: ParticipationCounts, k: number): ProgrammeReport['participation'] {
  const matchedHidden = small(counts.matched, k);
  const baselineHidden = small(counts.baseline, k);
  const exitHidden = small(counts.exit, k);
  return {
    baseline: baselineHidden ? null : counts.baseline,
    exit: exitHidden ? null : counts.exit,
    matched: matchedHidden ? null : counts.matched,
    baselineOnly: matchedHidden || baselineHidden ? null : counts.baselineOnly,
    exitOnly: matchedHidden || exitHidden ? null : counts.exitOnly,
    duplicatesReplaced: counts.duplicatesReplaced,
  };
}
