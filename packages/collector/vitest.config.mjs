import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.mjs';

export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    globalSetup: ['test/global-setup.ts'],
    // Each file starts its own servers and databases; two at a time suits a 2-core machine.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
