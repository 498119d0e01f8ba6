import { validateResponse, type FieldError, type SurveyResponse } from '@genbridge/schema';
import { canonicalJson } from '../http/canonical-json.js';
import type { Programme } from '../programme.js';
import type { Receipt, Storage } from '../storage/storage.js';
import { DomainError } from './errors.js';
import { verifyInvitation } from './invitations.js';
import { findProgramme } from './programmes.js';
import { waveWindowError } from './wave-window.js';

const invalid = (path: string, code: FieldError['code'], message: string) =>
  new DomainError('invalid', 'invalid_response', 'the response is not valid', [
    { path, code, message },
  ]);

/** A submission as the HTTP layer hands it over: parsed JSON and the invitation token, if any. */
export interface Submission {
  programmeId: string;
  body: unknown;
  /** From `Authorization: Invitation <token>`. */
  invitationToken?: string | undefined;
}

/** `created` the first time, `duplicate` for an idempotent repeat of the same response. */
export type SubmissionOutcome = { kind: 'created' | 'duplicate'; receipt: Receipt };

/**
 * With an invitation, the response is stored under the invitation's pseudonym: the body may leave
 * `participant` out, and may not name anyone else (issue 9, attack 5: no one replaces another
 * person's answers). Without one, only an open programme accepts it (attack 4: no sybils).
 * The evaluation arm and mentoring pair are the HR team's assignment, copied from the invitation:
 * a body may repeat them, but a different value (or any value without an invitation) is refused
 * with 400 rather than silently dropped, so a client that believes it chose an arm learns it cannot.
 */
async function withParticipant(
  storage: Storage,
  programme: Programme,
  body: unknown,
  token: string | undefined,
): Promise<unknown> {
  const record = typeof body === 'object' && body !== null && !Array.isArray(body);
  const claimed = record ? (body as { arm?: unknown; pairId?: unknown }) : {};
  if (token === undefined && programme.accessMode === 'open') {
    for (const field of ['arm', 'pairId'] as const)
      if (claimed[field] !== undefined)
        throw invalid(
          field,
          'unknown_field',
          'must be left out: arms and pairs are assigned only through invitations',
        );
    return body;
  }
  const invitation = await verifyInvitation(storage, programme, token);
  if (!record) return body;
  const named = (body as { participant?: unknown }).participant;
  if (named !== undefined && named !== invitation.participant)
    throw invalid(
      'participant',
      'unknown_field',
      'must be left out when the response comes with an invitation',
    );
  for (const field of ['arm', 'pairId'] as const)
    if (claimed[field] !== undefined && claimed[field] !== invitation[field])
      throw invalid(field, 'mismatch', 'must be left out: the invitation sets it');
  return {
    ...body,
    participant: invitation.participant,
    ...(invitation.arm ? { arm: invitation.arm } : {}),
    ...(invitation.pairId ? { pairId: invitation.pairId } : {}),
  };
}

/** Cohorts must be declared on the programme (attack 6: free text never reaches a report). */
function checkCohort(programme: Programme, response: SurveyResponse): void {
  if (response.cohort === undefined) return;
  const allowed = programme.cohorts.map((c) => c.id);
  if (allowed.includes(response.cohort)) return;
  throw invalid(
    'cohort',
    'invalid_value',
    allowed.length === 0
      ? 'must be left out: the programme declares no cohorts'
      : `must be one of the programme's cohorts: ${allowed.map((c) => `"${c}"`).join(', ')}`,
  );
}

/**
 * Receives one response. Checks run cheapest first (programme, invitation, validity, closed) and
 * nothing is written unless the whole response is valid; the receipt is returned once the storage
 * has committed the row. The server's receive time orders responses; the client's `submittedAt`
 * is stored but never trusted.
 */
export async function submitResponse(
  storage: Storage,
  submission: Submission,
  now: () => Date,
): Promise<SubmissionOutcome> {
  const programme = await findProgramme(storage, submission.programmeId);
  const input = await withParticipant(
    storage,
    programme,
    submission.body,
    submission.invitationToken,
  );
  const result = validateResponse(input, programme.instrument);
  if (!result.success)
    throw new DomainError(
      'invalid',
      'invalid_response',
      'the response is not valid',
      result.errors,
    );
  const response = result.data;
  if (response.programmeId !== programme.id)
    throw invalid('programmeId', 'mismatch', `must be "${programme.id}", the programme in the URL`);
  checkCohort(programme, response);
  const canonical = canonicalJson(response);
  const receivedAt = now().toISOString();
  const closed = () =>
    new DomainError(
      'conflict',
      'programme_closed',
      `programme "${programme.id}" is closed and accepts no more responses`,
    );
  const refusal = (p: Programme) =>
    p.status === 'closed' ? closed() : waveWindowError(p, response.wave, receivedAt);

  const early = refusal(programme);
  if (early) {
    // A client retrying a response we stored while the programme was open still gets its receipt.
    const earlier = await storage.getReceipt(response.responseId);
    if (earlier && earlier.programmeId === programme.id) {
      const outcome = await storage.insertResponse(response, canonical, receivedAt);
      if (outcome.kind === 'duplicate') return outcome;
    }
    throw early;
  }

  const outcome = await storage.insertResponse(response, canonical, receivedAt);
  // The insert re-checks the status and the wave's dates in its own transaction: a close or a
  // schedule change committed since the lookup. Say which, from the programme as it is now.
  if (outcome.kind === 'closed') {
    const current = await storage.getProgramme(programme.id);
    throw (current && refusal(current)) ?? closed();
  }
  if (outcome.kind === 'conflict')
    throw new DomainError(
      'conflict',
      'response_id_conflict',
      'this responseId was already used for a different response',
      [
        {
          path: 'responseId',
          code: 'rule',
          message: 'is already used by a different response; generate a new UUID',
        },
      ],
    );
  return outcome;
}

/** Deletes all responses of one participant (GDPR erasure). */
export async function eraseParticipant(storage: Storage, programmeId: string, participant: string) {
  const programme = await findProgramme(storage, programmeId);
  const deleted = await storage.deleteParticipant(programme.id, participant);
  return { programmeId: programme.id, participant, deleted };
}

/** Deletes responses received before a date (retention). */
export async function purgeResponses(storage: Storage, programmeId: string, before: string) {
  const programme = await findProgramme(storage, programmeId);
  if (!/^\d{4}-\d{2}-\d{2}/.test(before) || Number.isNaN(Date.parse(before)))
    throw new DomainError('invalid', 'invalid_query', 'give ?before=<ISO 8601 date>', [
      { path: 'before', code: 'invalid_format', message: 'must be an ISO 8601 date or date-time' },
    ]);
  const deleted = await storage.deleteResponsesBefore(programme.id, before);
  return { programmeId: programme.id, before: new Date(before).toISOString(), deleted };
}
