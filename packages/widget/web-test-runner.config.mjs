// Browser tests in Debian's Chromium (never a downloaded browser). Test servers that stand in for
// the collector are real dev-server middleware (see test/*/server.mjs), not stubbed fetch.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { existsSync } from 'node:fs';
import { browserCommands } from './test/browser-commands.mjs';

const middlewareFiles = [
  './test/survey/server.mjs',
  './test/results/server.mjs',
  './test/admin/server.mjs',
  './test/survey/corpus/peer-server.mjs',
];
const middleware = [];
for (const file of middlewareFiles) {
  if (existsSync(new URL(file, import.meta.url)))
    middleware.push(...(await import(file)).middleware);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    browserCommands(),
  ],
  middleware,
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-dev-shm-usage',
        ],
      },
    }),
  ],
};
