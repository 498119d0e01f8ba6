import type { SurveyResponse } from '@genbridge/schema';
import { pairWaves, type PairedWaves } from './engine/wave-pairing.js';

/** A participant's baseline and exit response. */
export interface MatchedPair {
  baseline: SurveyResponse;
  exit: SurveyResponse;
}

/** Result of {@link pairResponses}. */
export type Pairing = Omit<PairedWaves, 'matchedBaselines' | 'matchedExits'> & {
  matched: MatchedPair[];
};

/**
 * Matches baseline and exit responses by (programme, participant code). When a participant
 * submitted a wave more than once, the latest `submittedAt` wins (on equal times the later one in
 * input order) and the earlier ones are counted in `duplicatesReplaced`. The same pairing as
 * `scoreProgramme`'s, with the matched responses as pair objects.
 */
export function pairResponses(responses: readonly SurveyResponse[]): Pairing {
  const { matchedBaselines, matchedExits, ...rest } = pairWaves(responses).paired;
  return {
    matched: matchedBaselines.map((baseline, i) => ({
      baseline,
      exit: matchedExits[i] as SurveyResponse,
    })),
    ...rest,
  };
}
