/**
 * `@genbridge/widget`: the element classes without registering them. Import `./survey.js` or
 * `./results.js` to register `<genbridge-survey>` / `<genbridge-results>`.
 * @packageDocumentation
 */
// First: zod must not probe `new Function` under Trusted Types (see the module).
import './internal/zod-jitless.js';
export * from './survey/index.js';
export * from './results/index.js';
