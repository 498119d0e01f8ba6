import { createRequire } from 'node:module';

/**
 * The collector's version, read from its package.json at run time (one level up from both `src/`
 * and `dist/`), so the OpenAPI document and the package never disagree.
 */
export const COLLECTOR_VERSION: string = (
  createRequire(import.meta.url)('../package.json') as { version: string }
).version;
