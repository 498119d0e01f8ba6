import type { ProgrammeReport, SurveyResponse } from '@genbridge/schema';
import { scoreProgramme, type ScoringOptions } from '@genbridge/scoring';
import type { AccessMode, Programme } from '../programme.js';
import type { Storage } from '../storage/storage.js';
import { effectiveResponses } from './effective-responses.js';

/** Scoring options for a programme: its own k, and its access mode as the report's integrity (contract 2). */
export function scoringOptions(
  programme: Programme,
  now?: () => Date,
): ScoringOptions & { integrity: AccessMode } {
  return {
    programmeId: programme.id,
    anonymityThreshold: programme.anonymityThreshold,
    integrity: programme.accessMode,
    ...(now ? { now } : {}),
  };
}

/**
 * The live report from everything stored, with the responses it was scored from. Only releases
 * and the operator's CLI use it: report viewers read stored releases, never a live computation.
 */
export async function liveReport(
  storage: Storage,
  programme: Programme,
  now?: () => Date,
): Promise<{ report: ProgrammeReport; responses: SurveyResponse[] }> {
  const responses = effectiveResponses(programme, await storage.listResponses(programme.id));
  const report = scoreProgramme(responses, programme.instrument, scoringOptions(programme, now));
  return { report, responses };
}
