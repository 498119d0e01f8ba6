/**
 * `@genbridge/schema`: what a Genbridge survey is. Zod schemas (types inferred from them), the
 * default instrument, baseline and exit surveys, the SurveyJS bridge and the report contract.
 * @packageDocumentation
 */
export * from './ids.js';
export * from './localized-text.js';
export * from './instrument.js';
export * from './additional-questions.js';
export * from './validate-extra.js';
export * from './participant.js';
export * from './response.js';
export * from './report.js';
export * from './report-csv.js';
export * from './evaluation-report.js';
export * from './field-error.js';
export * from './parse-instrument.js';
export * from './default-instrument.js';
export * from './survey-names.js';
export * from './survey-privacy.js';
export * from './survey-text.js';
export * from './to-survey-json.js';
export * from './from-survey-data.js';
export * from './validate-response.js';
export * from './json-schemas.js';
export * from './spreadsheet-text.js';
export * from './invitation-list.js';
