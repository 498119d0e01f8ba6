/**
 * Registers `<genbridge-results>` (safe to load twice). Never imports the survey element, so a
 * results-only page does not carry survey-core.
 * @packageDocumentation
 */
import { defineElement } from './internal/define.js';
import { GenbridgeResults } from './results/genbridge-results.js';

export * from './results/index.js';

defineElement('genbridge-results', GenbridgeResults);

declare global {
  interface HTMLElementTagNameMap {
    'genbridge-results': GenbridgeResults;
  }
}
