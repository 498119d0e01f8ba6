import type { SurveyResponse } from '@genbridge/schema';

/** A participant's baseline and exit response. */
export interface MatchedPair {
  baseline: SurveyResponse;
  exit: SurveyResponse;
}

/** Result of {@link pairResponses}. */
export interface Pairing {
  matched: MatchedPair[];
  baselineOnly: SurveyResponse[];
  exitOnly: SurveyResponse[];
  /** Latest exit response of every participant (matched or not), for programme feedback. */
  exits: SurveyResponse[];
  /** The baseline of each of `exits` (same index), `undefined` for exit-only participants. */
  exitBaselines: (SurveyResponse | undefined)[];
  /** Earlier submissions replaced by a later one of the same participant and wave. */
  duplicatesReplaced: number;
}

/** Both waves of one participant, filled while reading: one map lookup per response. */
interface Slot {
  baseline: SurveyResponse | undefined;
  exit: SurveyResponse | undefined;
}

/** True when `r` replaces `seen`: the later `submittedAt`, or the later one in input order on a tie. */
const isLater = (r: SurveyResponse, seen: SurveyResponse) => Date.parse(r.submittedAt) >= Date.parse(seen.submittedAt);

/**
 * Matches baseline and exit responses by (programme, participant code). When a participant
 * submitted a wave more than once, the latest `submittedAt` wins (on equal times the later one in
 * input order) and the earlier ones are counted in `duplicatesReplaced`. Dates are parsed only on
 * such a collision, which is rare.
 */
export function pairResponses(responses: readonly SurveyResponse[]): Pairing {
  const programmes = new Map<string, Map<string, Slot>>();
  let duplicatesReplaced = 0;
  // Inputs are almost always one programme: remember its map instead of looking it up per row.
  let lastProgramme: string | undefined;
  let slots = new Map<string, Slot>();
  for (const r of responses) {
    if (r.programmeId !== lastProgramme) {
      lastProgramme = r.programmeId;
      const known = programmes.get(lastProgramme);
      if (known) slots = known;
      else programmes.set(lastProgramme, (slots = new Map()));
    }
    let slot = slots.get(r.participant);
    if (!slot) slots.set(r.participant, (slot = { baseline: undefined, exit: undefined }));
    const seen = r.wave === 'baseline' ? slot.baseline : slot.exit;
    if (seen !== undefined) {
      duplicatesReplaced++;
      if (!isLater(r, seen)) continue;
    }
    if (r.wave === 'baseline') slot.baseline = r;
    else slot.exit = r;
  }
  const matched: MatchedPair[] = [];
  const baselineOnly: SurveyResponse[] = [];
  const exitOnly: SurveyResponse[] = [];
  const exits: SurveyResponse[] = [];
  const exitBaselines: (SurveyResponse | undefined)[] = [];
  for (const bySlot of programmes.values()) {
    for (const { baseline, exit } of bySlot.values()) {
      if (exit) {
        exits.push(exit);
        exitBaselines.push(baseline);
      }
      if (baseline && exit) matched.push({ baseline, exit });
      else if (baseline) baselineOnly.push(baseline);
      else if (exit) exitOnly.push(exit);
    }
  }
  return { matched, baselineOnly, exitOnly, exits, exitBaselines, duplicatesReplaced };
}
