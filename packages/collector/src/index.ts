/**
 * `@genbridge/collector`: receives Genbridge survey responses, stores them (embedded SQLite or
 * PostgreSQL) and serves reports and exports to the programme's administrators.
 * @packageDocumentation
 */
export {
  createCollectorApp,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_RATE_LIMIT,
  DEFAULT_PROGRAMME_RATE_LIMIT,
  type CollectorAppOptions,
} from './http/app.js';
export { CONTENT_SECURITY_POLICY } from './http/security-headers.js';
export type { StaticSite } from './http/static-files.js';
export type { RateLimitOptions } from './http/rate-limit.js';
export type { RateWindows } from './storage/rate-windows.js';
export { createStorage, SQLITE_FILE_NAME, type StorageOptions } from './storage/create-storage.js';
export type {
  Storage,
  Receipt,
  InsertOutcome,
  NewProgramme,
  InvitationRecord,
  NewInvitation,
  ReleaseSummary,
  StoredRelease,
  NewRelease,
} from './storage/storage.js';
export { SqliteStorage } from './storage/sqlite-storage.js';
export { PostgresStorage } from './storage/postgres-storage.js';
export {
  StorageUnavailableError,
  asStorageUnavailable,
  type UnavailableReason,
} from './storage/storage-unavailable.js';
export {
  DEFAULT_STORAGE_TUNING,
  storageTuningFromEnv,
  type StorageTuning,
} from './storage/storage-tuning.js';
export {
  Programme,
  ProgrammeCreate,
  ProgrammePatch,
  ProgrammeStatus,
  AnonymityThreshold,
  AccessMode,
  Cohort,
} from './programme.js';
export { DomainError, type DomainErrorKind } from './domain/errors.js';
export {
  findProgramme,
  createProgramme,
  updateProgramme,
  describeProgramme,
  listProgrammes,
} from './domain/programmes.js';
export { changeProgramme } from './domain/programme-changes.js';
export {
  submitResponse,
  eraseParticipant,
  purgeResponses,
  type Submission,
  type SubmissionOutcome,
} from './domain/responses.js';
export {
  issueInvitations,
  listInvitations,
  revokeInvitation,
  invitationStatus,
  hashToken,
  MAX_INVITATION_BATCH,
  type IssuedInvitation,
} from './domain/invitations.js';
export {
  createRelease,
  listReleases,
  getRelease,
  type ReleaseReason,
  type CloseRelease,
} from './domain/releases.js';
export { liveReport } from './domain/reports.js';
export { effectiveResponses } from './domain/effective-responses.js';
export {
  resolveAdminToken,
  tokenMatches,
  ADMIN_TOKEN_FILE,
  type ResolvedAdminToken,
} from './auth/admin-token.js';
export { CollectorConfig, configFromEnv, type CollectorConfigInput } from './config.js';
export { startCollector, type RunningCollector } from './server.js';
export { ROLES, roleAtLeast, canReachProgramme, type Role, type Identity } from './auth/roles.js';
export { ENDPOINT_ROLES, type EndpointRule, type Access } from './auth/endpoint-roles.js';
export type { AuthEnv, AuthVariables } from './auth/access-control.js';
export type { AuthOptions } from './auth/install-auth.js';
export type { AuthStore, ApiTokenRecord, SessionRecord, AuditEntry } from './auth/auth-store.js';
export { OidcConfig, ProxyAuthConfig, RoleMapping } from './auth/auth-config.js';
