import type { SurveyResponse } from '@genbridge/schema';
import type { AuthStore } from '../auth/auth-store.js';
import type { Programme, ProgrammePatch } from '../programme.js';
import type { RateWindows } from './rate-windows.js';

/** What the collector acknowledges for a stored response; repeated submissions get exactly this back. */
export interface Receipt {
  responseId: string;
  programmeId: string;
  /** When the collector first stored the response (ISO 8601, UTC). */
  receivedAt: string;
}

/** Who answered which wave, for one stored response. */
export type ResponseKey = Pick<SurveyResponse, 'wave' | 'participant'>;

/** Result of {@link Storage.insertResponse}. */
export type InsertOutcome =
  /** Stored now, durably (committed) before this resolves. */
  | { kind: 'created'; receipt: Receipt }
  /** The same response (same id, same content) was stored before: idempotent repeat. */
  | { kind: 'duplicate'; receipt: Receipt }
  /** The id is taken by a response with different content or in another programme. */
  | { kind: 'conflict'; receipt: Receipt }
  /** Not stored: the programme was closed (or removed) before this insert could commit. */
  | { kind: 'closed' };

/** An invitation as stored: never the token, only its hash (which is not returned either). */
export interface InvitationRecord {
  id: string;
  programmeId: string;
  /** The pseudonymous participant code every response under this invitation is stored with. */
  participant: string;
  createdAt: string;
  revokedAt: string | null;
  /** Evaluation arm every response under this invitation is stored with (absent: not assigned). */
  arm?: 'programme' | 'comparison';
  /** Mentoring pair every response under this invitation is stored with. */
  pairId?: string;
}

/** An invitation to store: the SHA-256 of its token (base64url), its participant pseudonym, arm and pair. */
export interface NewInvitation {
  id: string;
  tokenHash: string;
  participant: string;
  arm?: 'programme' | 'comparison';
  pairId?: string;
}

/** A release in listings: when, why, and the ETag of its immutable report. */
export interface ReleaseSummary {
  number: number;
  createdAt: string;
  reason: string;
  etag: string;
}

/** A stored release: its report exactly as served. */
export interface StoredRelease extends ReleaseSummary {
  report: string;
}

/** A release to store; `audit` is private (the disclosure audit's input) and never served. */
export interface NewRelease {
  number: number;
  createdAt: string;
  reason: string;
  report: string;
  etag: string;
  audit: string;
}

/** A programme to store: {@link Programme} without the timestamps the storage sets. */
export type NewProgramme = Omit<Programme, 'createdAt' | 'updatedAt'>;

/**
 * The one storage interface. Two implementations (embedded SQLite, PostgreSQL) pass the same test
 * suite. Every write is a transaction that is durable when its promise resolves.
 */
export interface Storage {
  /** `sqlite` or `postgres`, shown by /healthz. */
  readonly kind: 'sqlite' | 'postgres';
  /** Tokens, sessions and the audit log, on the same database. */
  readonly auth: AuthStore;
  /** Rate-limit counters shared by every collector on this database (PostgreSQL only). */
  readonly rateWindows?: RateWindows;
  /** Creates a programme; resolves to undefined when the id is taken. */
  createProgramme(programme: NewProgramme): Promise<Programme | undefined>;
  getProgramme(id: string): Promise<Programme | undefined>;
  listProgrammes(): Promise<Programme[]>;
  /** Applies a patch; resolves to undefined for an unknown id. */
  updateProgramme(id: string, patch: ProgrammePatch): Promise<Programme | undefined>;
  /** Looks up a receipt by response id (any programme). */
  getReceipt(responseId: string): Promise<Receipt | undefined>;
  /**
   * Stores a validated response under its `responseId` (the idempotency key). `canonical` is the
   * response's canonical JSON; a repeat with the same canonical JSON is a duplicate, anything else
   * under the same id a conflict. The programme's status is checked in the same transaction as
   * the insert, so no response is stored after a close has committed.
   */
  insertResponse(
    response: SurveyResponse,
    canonical: string,
    receivedAt: string,
  ): Promise<InsertOutcome>;
  /** Every stored response of a programme, in the order received. */
  listResponses(programmeId: string): Promise<SurveyResponse[]>;
  countResponses(programmeId?: string): Promise<number>;
  /**
   * Wave and participant of every stored response of a programme, in the order received, without
   * the bodies: what the arrivals cut of live figures needs (domain/arrivals.ts), cheaply.
   */
  listResponseKeys(programmeId: string): Promise<ResponseKey[]>;
  /** Deletes all responses of one participant in one programme (GDPR erasure); resolves to the count. */
  deleteParticipant(programmeId: string, participant: string): Promise<number>;
  /** Deletes a programme's responses received before `before` (retention); resolves to the count. */
  deleteResponsesBefore(programmeId: string, before: string): Promise<number>;
  /** Stores a batch of invitations in one transaction. */
  createInvitations(
    programmeId: string,
    invitations: readonly NewInvitation[],
    createdAt: string,
  ): Promise<void>;
  listInvitations(programmeId: string): Promise<InvitationRecord[]>;
  /** The invitation whose token hashes to `tokenHash`, in any programme. */
  findInvitation(tokenHash: string): Promise<InvitationRecord | undefined>;
  /** Marks an invitation revoked (once); resolves to it, or undefined for an unknown id. */
  revokeInvitation(
    programmeId: string,
    id: string,
    at: string,
  ): Promise<InvitationRecord | undefined>;
  /** When each wave of a participant was last received (server time). */
  waveReceipts(
    programmeId: string,
    participant: string,
  ): Promise<{ wave: string; receivedAt: string }[]>;
  /**
   * Stores a release under `release.number`; resolves to false when that number is taken (another
   * release won the race), so two collectors can never publish different reports under one number.
   */
  insertRelease(programmeId: string, release: NewRelease): Promise<boolean>;
  /** Releases in order, without their reports. */
  listReleases(programmeId: string): Promise<ReleaseSummary[]>;
  /** One release's stored report; `latest` for the newest. */
  getRelease(programmeId: string, number: number | 'latest'): Promise<StoredRelease | undefined>;
  /** One release without its report (enough to answer a matching If-None-Match). */
  getReleaseSummary(
    programmeId: string,
    number: number | 'latest',
  ): Promise<ReleaseSummary | undefined>;
  /** Every release's private audit record (JSON text), oldest first. */
  releaseAudits(programmeId: string): Promise<{ number: number; audit: string }[]>;
  /** Cheap round trip to the database. */
  ping(): Promise<void>;
  /**
   * Resolves when a write could succeed now, for /readyz: rejects while the database is
   * unreachable, locked by another writer, out of disk or read-only.
   */
  checkWritable(): Promise<void>;
  close(): Promise<void>;
}
