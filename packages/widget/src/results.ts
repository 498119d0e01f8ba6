// Registers <genbridge-results>. (Owned by the results element work, issue 5.)
export * from './results/index.js';
