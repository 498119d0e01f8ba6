// Shared vitest settings: workspace packages resolve to their TypeScript sources, so a package's
// tests always see its siblings' current code without a rebuild.
import { fileURLToPath } from 'node:url';

const src = (pkg) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export const sharedConfig = {
  resolve: {
    alias: {
      '@genbridge/schema': src('schema'),
      '@genbridge/scoring': src('scoring'),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
  },
};
