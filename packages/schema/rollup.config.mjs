import { libraryConfig } from '../../scripts/rollup-library.mjs';

// survey-check is its own entry: it imports survey-core, which the main entry never does.
export default libraryConfig({
  cwd: import.meta.dirname,
  input: ['src/index.ts', 'src/survey-check.ts'],
});
