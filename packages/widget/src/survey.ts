/**
 * Registers `<genbridge-survey>`. `import '@genbridge/widget/survey.js'` or load
 * `bundle/genbridge-survey.js` with a script tag. Safe to load twice.
 * @packageDocumentation
 */
import { defineElement } from './internal/define.js';
import { GenbridgeSurvey } from './survey/genbridge-survey.js';

export * from './survey/index.js';

defineElement('genbridge-survey', GenbridgeSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'genbridge-survey': GenbridgeSurvey;
  }
}
