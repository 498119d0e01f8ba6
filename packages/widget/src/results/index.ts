/**
 * `<genbridge-results>` without registering it, plus the pure helpers it is built from.
 * Import `@genbridge/widget/results.js` to register the element.
 */
export { GenbridgeResults, type ResultsState } from './genbridge-results.js';
export type {
  GenbridgeGroupChangeEvent,
  GenbridgeReportErrorEvent,
  GenbridgeReportLoadEvent,
} from './events.js';
export { validateReport, type LoadError, type Validation } from './load-report.js';
export { tableCsv, CSV_COLUMNS } from './csv.js';
export { magnitude, numberFormats, type NumberFormats } from './format.js';
export { errorBarSegments, errorBarsPlugin, type Interval, type Segment } from './error-bars.js';
export { constructRows, reportState, type ConstructRow, type ReportState } from './view-model.js';
export { SUPPORTED_LOCALES } from './i18n.js';
