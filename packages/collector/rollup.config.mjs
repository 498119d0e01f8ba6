import { libraryConfig } from '../../scripts/rollup-library.mjs';

export default libraryConfig({
  cwd: import.meta.dirname,
  input: ['src/index.ts', 'src/cli/main.ts'],
});
