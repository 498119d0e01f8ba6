import type { SurveyResponse, Wave } from '@genbridge/schema';

/** Why a submission did not reach the server (or was refused by it). */
export type SubmitErrorReason =
  'network' | 'server' | 'rate-limited' | 'unreachable' | 'rejected' | 'invalid';

/** Detail of `genbridge-complete`: the person finished. */
export interface GenbridgeCompleteDetail {
  /** The idempotency key the endpoint receives. */
  responseId: string;
  wave: Wave;
  /** `genbridge`: a Genbridge survey, `response` is set. `plain`: any other SurveyJS survey. */
  mode: 'genbridge' | 'plain';
  /** The schema-valid response (Genbridge surveys only). */
  response?: SurveyResponse;
  /** The survey's data as survey-core holds it (question name → value). */
  data: Record<string, unknown>;
}

/** Detail of `genbridge-submitted`: the server acknowledged this response. */
export interface GenbridgeSubmittedDetail {
  responseId: string;
  /** Which survey was delivered, so a page never thanks for the wrong one. */
  wave: Wave;
  status: number;
}

/** Detail of `genbridge-submit-error`. */
export interface GenbridgeSubmitErrorDetail {
  responseId: string;
  wave: Wave;
  reason: SubmitErrorReason;
  /** HTTP status when the server answered, otherwise undefined. */
  status?: number;
  /** The server's problem code (`invalid_response`, `invitation_invalid`, …), when it gave one. */
  code?: string;
  /** For developers: what went wrong (the server's message for a 4xx). Never shown to participants. */
  message: string;
  /** True when the response stays queued on this device and will be sent again. */
  willRetry: boolean;
  /** When the next automatic attempt is due (ms since epoch), if `willRetry`. */
  retryAt?: number;
  /** The participant was told to contact the programme team: retrying or reviewing will not help. */
  contactTeam?: boolean;
}

// Bubbling + composed so listeners outside the shadow root (and in framework wrappers) see them.
const init = { bubbles: true, composed: true } as const;

export const completeEvent = (detail: GenbridgeCompleteDetail) =>
  new CustomEvent<GenbridgeCompleteDetail>('genbridge-complete', { ...init, detail });
export const submittedEvent = (detail: GenbridgeSubmittedDetail) =>
  new CustomEvent<GenbridgeSubmittedDetail>('genbridge-submitted', { ...init, detail });
export const submitErrorEvent = (detail: GenbridgeSubmitErrorDetail) =>
  new CustomEvent<GenbridgeSubmitErrorDetail>('genbridge-submit-error', { ...init, detail });

declare global {
  interface GlobalEventHandlersEventMap {
    'genbridge-complete': CustomEvent<GenbridgeCompleteDetail>;
    'genbridge-submitted': CustomEvent<GenbridgeSubmittedDetail>;
    'genbridge-submit-error': CustomEvent<GenbridgeSubmitErrorDetail>;
  }
}
