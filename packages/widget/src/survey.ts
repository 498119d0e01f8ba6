// Registers <genbridge-survey>. (Owned by the survey element work, issue 4.)
export * from './survey/index.js';
