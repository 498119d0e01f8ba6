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
  /** Earlier submissions replaced by a later one of the same participant and wave. */
  duplicatesReplaced: number;
}

type ByParticipant = Map<string, Map<string, SurveyResponse>>;

function mapOf(byProgramme: ByParticipant, programmeId: string): Map<string, SurveyResponse> {
  let byParticipant = byProgramme.get(programmeId);
  if (!byParticipant) byProgramme.set(programmeId, (byParticipant = new Map()));
  return byParticipant;
}

/**
 * Keeps the latest submission per (programme, participant) and wave; on equal times the later
 * one in input order. Dates are parsed only on a collision, which is rare.
 */
function keepLatest(byParticipant: Map<string, SurveyResponse>, r: SurveyResponse): boolean {
  const seen = byParticipant.get(r.participant);
  if (seen === undefined || Date.parse(r.submittedAt) >= Date.parse(seen.submittedAt)) byParticipant.set(r.participant, r);
  return seen !== undefined;
}

/**
 * Matches baseline and exit responses by (programme, participant code). When a participant
 * submitted a wave more than once, the latest `submittedAt` wins and the earlier ones are counted
 * in `duplicatesReplaced`.
 */
export function pairResponses(responses: readonly SurveyResponse[]): Pairing {
  const baselines: ByParticipant = new Map();
  const exits: ByParticipant = new Map();
  let duplicatesReplaced = 0;
  // Inputs are almost always one programme: remember its maps instead of looking them up per row.
  let lastProgramme: string | undefined;
  let lastBaselines = new Map<string, SurveyResponse>();
  let lastExits = new Map<string, SurveyResponse>();
  for (const r of responses) {
    if (r.programmeId !== lastProgramme) {
      lastProgramme = r.programmeId;
      lastBaselines = mapOf(baselines, lastProgramme);
      lastExits = mapOf(exits, lastProgramme);
    }
    if (keepLatest(r.wave === 'baseline' ? lastBaselines : lastExits, r)) duplicatesReplaced++;
  }
  const matched: MatchedPair[] = [];
  const baselineOnly: SurveyResponse[] = [];
  const exitOnly: SurveyResponse[] = [];
  const allExits: SurveyResponse[] = [];
  for (const [programme, byParticipant] of baselines) {
    const exitsOfProgramme = exits.get(programme);
    for (const [participant, baseline] of byParticipant) {
      const exit = exitsOfProgramme?.get(participant);
      if (exit) matched.push({ baseline, exit });
      else baselineOnly.push(baseline);
    }
  }
  for (const [programme, byParticipant] of exits) {
    const baselinesOfProgramme = baselines.get(programme);
    for (const [participant, exit] of byParticipant) {
      allExits.push(exit);
      if (!baselinesOfProgramme?.has(participant)) exitOnly.push(exit);
    }
  }
  return { matched, baselineOnly, exitOnly, exits: allExits, duplicatesReplaced };
}
