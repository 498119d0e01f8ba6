import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Programme } from '../programme.js';
import type { InvitationRecord, Storage } from '../storage/storage.js';
import { formatIssues } from '@genbridge/schema';
import { DomainError } from './errors.js';
import { batchAssignments, InvitationBatch } from './invitation-batch.js';
import { findProgramme } from './programmes.js';

export { MAX_INVITATION_BATCH } from './invitation-batch.js';

// 32 random bytes: 256 bits, far past guessing, as 43 base64url characters.
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
// Crockford's base32 without I, L, O, U: pseudonyms are read aloud to a data steward for erasure.
const PSEUDONYM_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** SHA-256 of a token, base64url: what is stored and looked up; the token itself never is. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A participant code for one invitation (`INV-` and 10 random base32 digits, 50 bits), unrelated to its token. */
function newPseudonym(): string {
  let code = 'INV-';
  for (let i = 0; i < 10; i++) code += PSEUDONYM_ALPHABET[randomInt(PSEUDONYM_ALPHABET.length)];
  return code;
}

/** One created invitation: the only time its token is ever shown (with its arm and pair, for the mail merge). */
export interface IssuedInvitation {
  id: string;
  token: string;
  arm?: 'programme' | 'comparison';
  pairId?: string;
}

/**
 * Creates a batch of invitations for a programme (see {@link InvitationBatch}: `count` alike, or
 * one per listed `{ arm, pairId }`); the tokens are returned once and stored only as hashes.
 */
export async function issueInvitations(
  storage: Storage,
  programmeId: string,
  input: unknown,
  now: () => Date,
): Promise<IssuedInvitation[]> {
  const programme = await findProgramme(storage, programmeId);
  const parsed = InvitationBatch.safeParse(input);
  if (!parsed.success)
    throw new DomainError(
      'invalid',
      'invalid_invitations',
      'the invitation batch is not valid',
      formatIssues(parsed.error, input),
    );
  const issued = batchAssignments(parsed.data).map((assignment) => ({
    id: randomUUID(),
    token: randomBytes(TOKEN_BYTES).toString('base64url'),
    participant: newPseudonym(),
    ...assignment,
  }));
  await storage.createInvitations(
    programme.id,
    issued.map(({ token, ...i }) => ({ ...i, tokenHash: hashToken(token) })),
    now().toISOString(),
  );
  return issued.map(({ participant: _hidden, ...shown }) => shown);
}

/**
 * The programme's invitations without tokens or pseudonyms: a manager who knows which id went to
 * whom must not be able to link a person to their stored answers.
 */
export async function listInvitations(storage: Storage, programmeId: string) {
  const programme = await findProgramme(storage, programmeId);
  const all = await storage.listInvitations(programme.id);
  return {
    programmeId: programme.id,
    issued: all.length,
    revoked: all.filter((i) => i.revokedAt !== null).length,
    invitations: all.map((i) => ({
      id: i.id,
      createdAt: i.createdAt,
      revokedAt: i.revokedAt,
      ...(i.arm ? { arm: i.arm } : {}),
      ...(i.pairId ? { pairId: i.pairId } : {}),
    })),
  };
}

/** Revokes one invitation: its holder can no longer submit or replace answers; stored answers stay. */
export async function revokeInvitation(
  storage: Storage,
  programmeId: string,
  id: string,
  now: () => Date,
) {
  const programme = await findProgramme(storage, programmeId);
  const revoked = await storage.revokeInvitation(programme.id, id, now().toISOString());
  if (!revoked)
    throw new DomainError(
      'not_found',
      'invitation_not_found',
      `programme "${programme.id}" has no invitation "${id}"`,
    );
  return { id: revoked.id, createdAt: revoked.createdAt, revokedAt: revoked.revokedAt };
}

/**
 * The invitation a token stands for in this programme. A missing token is `invitation_required`;
 * a malformed, unknown, revoked or other programme's token is `invitation_invalid`, all alike, so
 * the answer tells nothing about which tokens exist elsewhere.
 */
export async function verifyInvitation(
  storage: Storage,
  programme: Programme,
  token: string | undefined,
): Promise<InvitationRecord> {
  if (token === undefined)
    throw new DomainError(
      'unauthenticated',
      'invitation_required',
      `programme "${programme.id}" accepts responses only with an invitation: "Authorization: Invitation <token>"`,
    );
  const found = TOKEN_PATTERN.test(token)
    ? await storage.findInvitation(hashToken(token))
    : undefined;
  if (!found || found.programmeId !== programme.id || found.revokedAt !== null)
    throw new DomainError(
      'forbidden',
      'invitation_invalid',
      `this invitation is not valid for programme "${programme.id}" (unknown or revoked)`,
    );
  return found;
}

/**
 * For the holder of an invitation: when each wave was received (server time), so the survey can
 * say "already completed on …".
 */
export async function invitationStatus(
  storage: Storage,
  programmeId: string,
  token: string | undefined,
) {
  const programme = await findProgramme(storage, programmeId);
  const invitation = await verifyInvitation(storage, programme, token);
  const receipts = await storage.waveReceipts(programme.id, invitation.participant);
  const at = (wave: string) => {
    const r = receipts.find((x) => x.wave === wave);
    return r ? { submittedAt: r.receivedAt } : null;
  };
  return { baseline: at('baseline'), exit: at('exit') };
}
