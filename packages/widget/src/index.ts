/**
 * `@genbridge/widget`: the element classes without registering them. Import `./survey.js` or
 * `./results.js` to register `<genbridge-survey>` / `<genbridge-results>`.
 * @packageDocumentation
 */
export * from './survey/index.js';
export * from './results/index.js';
