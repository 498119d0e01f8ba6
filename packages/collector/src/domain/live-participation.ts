import { NOT_STATED, suppressBreakdown } from '@genbridge/scoring';
import type { Storage } from '../storage/storage.js';
import { countedResponses, liveTotalShown } from './arrivals.js';
import { effectiveResponses } from './effective-responses.js';
import { findProgramme } from './programmes.js';

/** One wave × cohort count: `n` is null when the anonymity rules hide it ("fewer than k" or withheld). */
export interface ParticipationCell {
  cohort: string;
  label: string;
  n: number | null;
  /** Why a hidden count is hidden (scoring's suppression reasons). */
  suppressed?: string;
}

/** Live participation of one wave: the number of people who answered it, per cohort. */
export interface WaveParticipation {
  wave: 'baseline' | 'exit';
  /** Everyone who answered this wave; null while fewer than k. */
  total: number | null;
  cohorts: ParticipationCell[];
}

/**
 * How many people answered each wave, per cohort, under the report's anonymity rules and no
 * scores: a count below k is hidden, and scoring's complementary suppression hides further cells
 * until the total minus the shown cells cannot single out 1 to k − 1 people. People without a
 * declared cohort form the `not_stated` group, so the cells always partition the total. Counts
 * move only in steps of k arrivals ({@link countedResponses}); no time of the step is shown, since
 * "as of 10:03" would itself tell when the k-th answer came in.
 */
export async function liveParticipation(storage: Storage, programmeId: string) {
  const programme = await findProgramme(storage, programmeId);
  const k = programme.anonymityThreshold;
  const responses = effectiveResponses(
    programme,
    countedResponses(await storage.listResponses(programme.id), k),
  );
  const labels = new Map(programme.cohorts.map((c) => [c.id, c.label]));
  const waves = (['baseline', 'exit'] as const).map((wave): WaveParticipation => {
    const counts = new Map<string, number>([...labels.keys(), NOT_STATED].map((id) => [id, 0]));
    let total = 0;
    for (const r of responses) {
      if (r.wave !== wave) continue;
      total++;
      const cohort = r.cohort ?? NOT_STATED;
      counts.set(cohort, (counts.get(cohort) ?? 0) + 1);
    }
    const totalShown = liveTotalShown(total, k);
    const groups = [...counts].map(([value, n]) => ({ value, n }));
    // An empty group reveals nobody (zero people), so it is never a reason to hide another.
    const decided = suppressBreakdown(
      groups.filter((g) => g.n > 0),
      total,
      k,
      totalShown,
    );
    return {
      wave,
      total: totalShown ? total : null,
      cohorts: groups.map(({ value, n }) => {
        const reason = n === 0 ? null : totalShown ? decided.get(value) : 'below_threshold';
        return {
          cohort: value,
          label: labels.get(value) ?? 'Not stated',
          n: reason ? null : n,
          ...(reason ? { suppressed: reason } : {}),
        };
      }),
    };
  });
  return { programmeId: programme.id, anonymityThreshold: k, waves };
}
