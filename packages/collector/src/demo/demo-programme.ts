import { defaultInstrument, type SurveyResponse } from '@genbridge/schema';
import { randomUUID } from 'node:crypto';
import { issueInvitations } from '../domain/invitations.js';
import { createProgramme } from '../domain/programmes.js';
import { createRelease } from '../domain/releases.js';
import { submitResponse } from '../domain/responses.js';
import type { Storage } from '../storage/storage.js';
import { syntheticResponses } from './synthetic-responses.js';
import { seededRandom } from './random.js';

/** The demo intranet's programme. */
export const DEMO_PROGRAMME_ID = 'intranet-demo';
/** Synthetic participants seeded on first start (both roles, two cohorts, in mentoring pairs). */
export const DEMO_PARTICIPANTS = 40;
/** Synthetic colleagues outside the programme, surveyed at the same waves (the comparison arm). */
export const DEMO_COMPARISON = 20;
// Two releases, each with half of everyone. The second half are the first half's synthetic twins
// (same mix of roles, cohorts, arms and generations, answers a point apart here and there; pairs of
// their own), so every group the first release showed grows by at least k = 5 and no figure
// narrows to one person: random newcomers would usually have to wait for many more people before
// the rules allow a second release, which is the point of the rules.
const HALF = DEMO_PARTICIPANTS / 2;
const HALF_COMPARISON = DEMO_COMPARISON / 2;

/**
 * Creates the demo programme once, the way a manager would run one: invitation mode, declared
 * cohorts, invitations that assign each participant's mentoring pair and a comparison group of
 * colleagues outside the programme, synthetic people submitting through the same path as the API
 * (each with their own invitation, never naming their arm or pair), and two releases of the
 * report. A second start finds the programme and leaves it (and anything a visitor submitted)
 * alone. The demo publishes its released reports (`publicReport: true`) so the results page
 * needs no admin token.
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
    pairsLeaveTogether(
      syntheticResponses({
        programmeId: DEMO_PROGRAMME_ID,
        instrument: defaultInstrument,
        participants: HALF,
        codePrefix,
        dropout: 0.15,
        seed: 1,
      }),
    );
  const colleagues = (codePrefix: string) =>
    syntheticResponses({
      programmeId: DEMO_PROGRAMME_ID,
      instrument: defaultInstrument,
      participants: HALF_COMPARISON,
      codePrefix,
      dropout: 0.1,
      seed: 2,
      effect: 0.1,
      feedback: false,
    });
  // Twins answer like their original, but not identically: exact copies would make small groups
  // answer alike, and the report hides figures that tell each member's answer (homogeneity).
  const jitter = seededRandom(3);
  const { min, max } = defaultInstrument.scale;
  const nudge = (v: number) =>
    jitter() < 0.35 ? Math.min(max, Math.max(min, v + (jitter() < 0.5 ? -1 : 1))) : v;
  const twin = (rs: SurveyResponse[]) =>
    rs.map((r) => ({
      ...r,
      responseId: randomUUID(),
      answers: Object.fromEntries(Object.entries(r.answers).map(([id, v]) => [id, nudge(v)])),
    }));
  const first = [...half('SEED'), ...colleagues('CMP')];
  const second = [...twin(half('TWIN')), ...twin(colleagues('CTWIN'))];
  const people = [...new Set([...first, ...second].map((r) => r.participant))];
  // What the HR team uploads: a comparison arm, and one pair id per mentor–mentee pair (the
  // synthetic people alternate mentee, mentor, so numbers 1 and 2 are a pair, 3 and 4, …).
  const assignment = (code: string) => {
    const [prefix] = code.split('-') as [string, string];
    if (prefix === 'CMP' || prefix === 'CTWIN') return { arm: 'comparison' as const };
    return { pairId: `${prefix === 'TWIN' ? 'b' : 'a'}${pairNumber(code)}` };
  };
  const invitations = await issueInvitations(
    storage,
    DEMO_PROGRAMME_ID,
    { invitations: people.map(assignment) },
    now,
  );
  const submitAll = (responses: readonly SurveyResponse[]) =>
    // Submitted together, so the embedded storage commits them in one transaction.
    Promise.all(
      responses.map(({ participant, ...body }) =>
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
  await submitAll(first);
  await createRelease(storage, DEMO_PROGRAMME_ID, 'manager_request', now);
  await submitAll(second);
  await createRelease(storage, DEMO_PROGRAMME_ID, 'manager_request', now);
  return { created: true, seeded: first.length + second.length };
}

/** Synthetic people alternate mentee, mentor: numbers 1 and 2 are pair 01, 3 and 4 pair 02, … */
const pairNumber = (code: string) =>
  String(Math.ceil(Number(code.split('-')[1]) / 2)).padStart(2, '0');

/**
 * A pair that stops meeting usually skips the exit survey together: when one partner has no exit,
 * the other's is dropped too. Besides being plausible, it keeps every matched participant in a
 * complete pair, so the dyad figures never single out the few whose partner left.
 */
function pairsLeaveTogether(responses: SurveyResponse[]): SurveyResponse[] {
  const exited = new Set(responses.filter((r) => r.wave === 'exit').map((r) => r.participant));
  const pairExits = new Map<string, number>();
  for (const code of exited)
    pairExits.set(pairNumber(code), (pairExits.get(pairNumber(code)) ?? 0) + 1);
  return responses.filter(
    (r) => r.wave === 'baseline' || pairExits.get(pairNumber(r.participant)) === 2,
  );
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
