import { defaultInstrument, formatFieldError, validateResponse } from '@genbridge/schema';
import { canonicalJson } from '../http/canonical-json.js';
import type { Storage } from '../storage/storage.js';
import { syntheticResponses } from './synthetic-responses.js';

/** The demo intranet's programme. */
export const DEMO_PROGRAMME_ID = 'intranet-demo';
/** Synthetic participants seeded on first start (both roles, two cohorts). */
export const DEMO_PARTICIPANTS = 40;

/**
 * Creates the demo programme and seeds synthetic responses, once: a second start finds the
 * programme and leaves it (and anything a visitor submitted) alone. The demo publishes its
 * anonymised report (`publicReport: true`) so the results page can show it without the admin token.
 */
export async function ensureDemoProgramme(
  storage: Storage,
): Promise<{ created: boolean; seeded: number }> {
  if (await storage.getProgramme(DEMO_PROGRAMME_ID)) return { created: false, seeded: 0 };
  const programme = await storage.createProgramme({
    id: DEMO_PROGRAMME_ID,
    name: 'Reverse mentoring 2026 (demo, synthetic data)',
    status: 'open',
    anonymityThreshold: 5,
    publicReport: true,
    instrument: defaultInstrument,
  });
  if (!programme) return { created: false, seeded: 0 };
  const responses = syntheticResponses({
    programmeId: DEMO_PROGRAMME_ID,
    instrument: defaultInstrument,
    participants: DEMO_PARTICIPANTS,
    codePrefix: 'SEED',
    dropout: 0.1,
  });
  const receivedAt = new Date().toISOString();
  const checked = responses.map((r) => {
    // Seed data takes the same validation path as a submission: the demo never shows data the API would refuse.
    const result = validateResponse(r, defaultInstrument);
    if (!result.success)
      throw new Error(`demo seed is invalid: ${result.errors.map(formatFieldError).join('; ')}`);
    return result.data;
  });
  // Submitted together, so the embedded storage commits them in one transaction.
  await Promise.all(checked.map((r) => storage.insertResponse(r, canonicalJson(r), receivedAt)));
  return { created: true, seeded: responses.length };
}
