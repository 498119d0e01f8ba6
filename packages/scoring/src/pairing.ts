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

const key = (r: SurveyResponse) => `${r.programmeId}\u0000${r.participant}`;

/** Keeps the latest submission per (programme, participant); on equal times the later one in input order. */
function latestPerParticipant(responses: readonly SurveyResponse[]): { byKey: Map<string, SurveyResponse>; replaced: number } {
  const byKey = new Map<string, SurveyResponse>();
  const times = new Map<string, number>();
  let replaced = 0;
  for (const r of responses) {
    const k = key(r);
    const t = Date.parse(r.submittedAt);
    const seen = times.get(k);
    if (seen !== undefined) {
      replaced++;
      if (t < seen) continue;
    }
    byKey.set(k, r);
    times.set(k, t);
  }
  return { byKey, replaced };
}

/**
 * Matches baseline and exit responses by (programme, participant code). When a participant
 * submitted a wave more than once, the latest `submittedAt` wins and the earlier ones are counted
 * in `duplicatesReplaced`.
 */
export function pairResponses(responses: readonly SurveyResponse[]): Pairing {
  const baselines = latestPerParticipant(responses.filter((r) => r.wave === 'baseline'));
  const exitsByKey = latestPerParticipant(responses.filter((r) => r.wave === 'exit'));
  const matched: MatchedPair[] = [];
  const baselineOnly: SurveyResponse[] = [];
  for (const [k, baseline] of baselines.byKey) {
    const exit = exitsByKey.byKey.get(k);
    if (exit) matched.push({ baseline, exit });
    else baselineOnly.push(baseline);
  }
  const exitOnly = [...exitsByKey.byKey].filter(([k]) => !baselines.byKey.has(k)).map(([, r]) => r);
  return {
    matched,
    baselineOnly,
    exitOnly,
    exits: [...exitsByKey.byKey.values()],
    duplicatesReplaced: baselines.replaced + exitsByKey.replaced,
  };
}
