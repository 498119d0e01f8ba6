import type { ProgrammeReport } from '@genbridge/schema';
import { scoreProgramme } from '@genbridge/scoring';
import type { Programme } from '../programme.js';
import type { Storage } from '../storage/storage.js';

/** The programme's report from everything stored, scored with the programme's own k. */
export async function programmeReport(
  storage: Storage,
  programme: Programme,
  now?: () => Date,
): Promise<ProgrammeReport> {
  const responses = await storage.listResponses(programme.id);
  return scoreProgramme(responses, programme.instrument, {
    programmeId: programme.id,
    anonymityThreshold: programme.anonymityThreshold,
    ...(now ? { now } : {}),
  });
}
