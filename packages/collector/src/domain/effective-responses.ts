import type { SurveyResponse } from '@genbridge/schema';
import type { Programme } from '../programme.js';
import { arrivalKey } from './arrivals.js';

/**
 * The responses that count, one per participant and wave, chosen by the order the server received
 * them (`stored` is in receive order). Client `submittedAt` plays no part, so a far-future date wins
 * nothing (issue 9, attack 5).
 *
 * - `invitation`: the latest wins. Only the invitation's holder can submit under its pseudonym, so
 *   a replacement is the participant correcting themselves.
 * - `open`: the first wins. Anyone who knows or guesses a code can submit for it; letting later
 *   submissions win would let them replace another person's answers. The price: a participant of
 *   an open programme cannot correct a wave once sent.
 *
 * A cohort the programme no longer declares is dropped (the person counts as "not stated"), so
 * nothing the public sent appears in a report unless declared (attack 6).
 */
export function effectiveResponses(
  programme: Pick<Programme, 'accessMode' | 'cohorts'>,
  stored: readonly SurveyResponse[],
): SurveyResponse[] {
  const chosen = new Map<string, number>();
  stored.forEach((r, i) => {
    const key = arrivalKey(r);
    if (programme.accessMode === 'invitation' || !chosen.has(key)) chosen.set(key, i);
  });
  const declared = new Set(programme.cohorts.map((c) => c.id));
  return [...chosen.values()]
    .sort((a, b) => a - b)
    .map((i) => {
      const r = stored[i]!;
      if (r.cohort === undefined || declared.has(r.cohort)) return r;
      const { cohort: _undeclared, ...rest } = r;
      return rest;
    });
}
