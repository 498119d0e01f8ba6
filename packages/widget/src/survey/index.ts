/**
 * `<genbridge-survey>` class, its events and helpers. Importing this does not register the element
 * and does not load survey-core (that happens when a survey is first built).
 */
export { GenbridgeSurvey } from './genbridge-survey.js';
export type {
  GenbridgeCompleteDetail,
  GenbridgeSubmittedDetail,
  GenbridgeSubmitErrorDetail,
  SubmitErrorReason,
} from './events.js';
export {
  selfGeneratedCode,
  checkCodeFacts,
  foldLetters,
  type CodeFacts,
  type CodeFactErrors,
} from './participant-code.js';
export { backoffMs } from './delivery.js';
export { startOutboxFlusher, flushOutbox } from './outbox-flusher.js';
export { registerOutboxSync, requestOutboxSync, OUTBOX_SYNC_TAG } from './outbox-sync.js';
export type { InvitationStatus } from './delivery.js';
