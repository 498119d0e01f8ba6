import { defaultInstrument } from '@genbridge/schema';
import { randomUUID } from 'node:crypto';
import { issueInvitations } from '../domain/invitations.js';
import { createProgramme } from '../domain/programmes.js';
import { createRelease } from '../domain/releases.js';
import { submitResponse } from '../domain/responses.js';
import type { Storage } from '../storage/storage.js';
import { syntheticResponses } from './synthetic-responses.js';

/** The demo intranet's programme. */
export const DEMO_PROGRAMME_ID = 'intranet-demo';
/** Synthetic participants seeded on first start (both roles, two cohorts). */
export const DEMO_PARTICIPANTS = 40;
// Two releases of 20 each. The second 20 are the first 20's synthetic twins (same mix of roles,
// cohorts, generations and answers), so every group the first release showed grows by at least
// k = 5 and no figure narrows to one person: random newcomers would usually have to wait for many
// more people before the rules allow a second release, which is the point of the rules.
const HALF = DEMO_PARTICIPANTS / 2;

/**
 * Creates the demo programme once, the way a manager would run one: invitation mode, declared
 * cohorts, a seeded batch of invitations, synthetic participants submitting through the same path
 * as the API (each with their own invitation), and two releases of the report. A second start
 * finds the programme and leaves it (and anything a visitor submitted) alone. The demo publishes
 * its released reports (`publicReport: true`) so the results page needs no admin token.
 */
export async function ensureDemoProgramme(
  storage: Storage,
  now: () => Date = () => new Date(),
): Promise<{ created: boolean; seeded: number }> {
  if (await storage.getProgramme(DEMO_PROGRAMME_ID)) return { created: false, seeded: 0 };
  await createProgramme(storage, {
    id: DEMO_PROGRAMME_ID,
    name: 'Reverse mentoring 2026 (demo, synthetic data)',
    anonymityThreshold: 5,
    publicReport: true,
    accessMode: 'invitation',
    cohorts: [
      { id: 'spring', label: 'Spring 2026' },
      { id: 'autumn', label: 'Autumn 2026' },
    ],
    instrument: defaultInstrument,
  });
  const half = (codePrefix: string) =>
    syntheticResponses({
      programmeId: DEMO_PROGRAMME_ID,
      instrument: defaultInstrument,
      participants: HALF,
      codePrefix,
      dropout: 0.1,
      seed: 1,
    });
  const twins = half('TWIN').map((r) => ({ ...r, responseId: randomUUID() }));
  const responses = [...half('SEED'), ...twins];
  const invitations = await issueInvitations(
    storage,
    DEMO_PROGRAMME_ID,
    { count: DEMO_PARTICIPANTS },
    now,
  );
  const people = [...new Set(responses.map((r) => r.participant))];
  const submitAll = (which: (index: number) => boolean) =>
    // Submitted together, so the embedded storage commits them in one transaction.
    Promise.all(
      responses
        .filter((r) => which(people.indexOf(r.participant)))
        .map(({ participant, ...body }) =>
          submitResponse(
            storage,
            {
              programmeId: DEMO_PROGRAMME_ID,
              body,
              invitationToken: invitations[people.indexOf(participant)]!.token,
            },
            now,
          ),
        ),
    );
  await submitAll((i) => i < HALF);
  await createRelease(storage, DEMO_PROGRAMME_ID, 'manager_request', now);
  await submitAll((i) => i >= HALF);
  await createRelease(storage, DEMO_PROGRAMME_ID, 'manager_request', now);
  return { created: true, seeded: responses.length };
}

/** One fresh invitation for the person trying the demo; printed as a link on every start. */
export async function demoInvitation(storage: Storage): Promise<string> {
  const [invitation] = await issueInvitations(
    storage,
    DEMO_PROGRAMME_ID,
    { count: 1 },
    () => new Date(),
  );
  return invitation!.token;
}
