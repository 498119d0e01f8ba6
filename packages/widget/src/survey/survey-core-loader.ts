// Loaded on demand (dynamic import) so code that only imports the element classes, or only renders
// results, never pulls survey-core's 320 KB.
import './validation-strings.js';

export { Model } from 'survey-core';
