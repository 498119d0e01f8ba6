// Loaded on demand (dynamic import) so code that only imports the element classes, or only renders
// results, never pulls survey-core's 320 KB. Built-in validation messages come from survey-core's
// own translations.
import 'survey-core/i18n/german';
import 'survey-core/i18n/french';

export { Model } from 'survey-core';
