import type { ProgrammeReport } from '@genbridge/schema';
import type { LoadError } from './load-report.js';

/** A report was loaded (from `src` or the `report` property) and passed validation. */
export type GenbridgeReportLoadEvent = CustomEvent<{ report: ProgrammeReport }>;
/** Loading or validating a report failed; `error.issues` names the fields for invalid reports. */
export type GenbridgeReportErrorEvent = CustomEvent<{ error: LoadError }>;
/** The reader picked another group in the switcher. */
export type GenbridgeGroupChangeEvent = CustomEvent<{ group: string }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'genbridge-report-load': GenbridgeReportLoadEvent;
    'genbridge-report-error': GenbridgeReportErrorEvent;
    'genbridge-group-change': GenbridgeGroupChangeEvent;
  }
}
