import { libraryConfig } from '../../scripts/rollup-library.mjs';

// The CLI is a second entry so the library entry (src/index.ts) stays free of node: imports.
export default libraryConfig({
  cwd: import.meta.dirname,
  input: ['src/index.ts', 'src/cli/main.ts'],
});
