import type { SurveyResponse } from '@genbridge/schema';

/** Why a submission did not reach the server (or was refused by it). */
export type SubmitErrorReason = 'network' | 'server' | 'rate-limited' | 'rejected' | 'invalid';

/** Detail of `genbridge-complete`: the finished, schema-valid response. */
export interface GenbridgeCompleteDetail {
  response: SurveyResponse;
}

/** Detail of `genbridge-submitted`: the server acknowledged this response. */
export interface GenbridgeSubmittedDetail {
  responseId: string;
  status: number;
}

/** Detail of `genbridge-submit-error`. */
export interface GenbridgeSubmitErrorDetail {
  responseId: string;
  reason: SubmitErrorReason;
  /** HTTP status when the server answered, otherwise undefined. */
  status?: number;
  /** Human-readable explanation (the server's message for a 4xx). */
  message: string;
  /** True when the response stays queued on this device and will be sent again. */
  willRetry: boolean;
  /** When the next automatic attempt is due (ms since epoch), if `willRetry`. */
  retryAt?: number;
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
