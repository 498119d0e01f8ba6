import { libraryConfig } from '../../scripts/rollup-library.mjs';

export default libraryConfig({
  cwd: import.meta.dirname,
  // The SQLite writer thread is loaded by URL (sqlite-storage.ts), so it is an entry of its own.
  input: ['src/index.ts', 'src/cli/main.ts', 'src/storage/sqlite-worker.ts'],
});
