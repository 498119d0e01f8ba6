import { defaultInstrument, type SurveyResponse } from '@genbridge/schema';
import { randomUUID } from 'node:crypto';
import { syntheticResponses } from '../../src/demo/synthetic-responses.js';

// Every call draws from its own seed, so responseIds never repeat across calls in one test run.
let nextSeed = 1000;

/** Valid baseline+exit responses for `participants` synthetic people of programme `programmeId`. */
export function validResponses(
  programmeId: string,
  participants: number,
  options: { seed?: number; prefix?: string; cohorts?: string[]; dropout?: number } = {},
): SurveyResponse[] {
  return syntheticResponses({
    programmeId,
    instrument: defaultInstrument,
    participants,
    seed: options.seed ?? nextSeed++,
    codePrefix: options.prefix ?? 'T',
    dropout: options.dropout ?? 0,
    ...(options.cohorts ? { cohorts: options.cohorts } : {}),
  });
}

/** One valid baseline response with a fresh id. */
export function oneResponse(programmeId: string, participant = 'ABCD-1234'): SurveyResponse {
  const [r] = validResponses(programmeId, 1);
  return { ...r!, responseId: randomUUID(), participant };
}

/**
 * Settings of a programme that takes self-generated codes and declares the cohorts the synthetic
 * responses use: for tests of the submission path itself, where invitations are beside the point.
 */
export const OPEN_PROGRAMME = {
  accessMode: 'open',
  cohorts: [
    { id: 'spring', label: 'Spring' },
    { id: 'autumn', label: 'Autumn' },
  ],
} as const;

/** One valid response of one wave by a new participant (or `participant`), in `cohort` or none. */
export function responseIn(
  programmeId: string,
  wave: 'baseline' | 'exit',
  cohort?: string,
  participant = `P${randomUUID().slice(0, 8).toUpperCase()}`,
): SurveyResponse {
  const r = validResponses(programmeId, 1).find((x) => x.wave === wave)!;
  const { cohort: _c, ...rest } = r;
  return { ...rest, ...(cohort ? { cohort } : {}), responseId: randomUUID(), participant };
}
