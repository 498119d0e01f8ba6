import type { TestProject } from 'vitest/node';
import { ensureBuilt } from './helpers/ensure-built.js';
import { findPostgresBin, startThrowawayPostgres } from './helpers/throwaway-postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the throwaway PostgreSQL cluster, or null where PostgreSQL is not installed (never in CI). */
    pgUrl: string | null;
  }
}

export default async function setup(project: TestProject) {
  ensureBuilt(['schema', 'scoring', 'collector'], {
    marker: { collector: 'dist/cli/main.js' },
    onlyIfMissing: ['schema', 'scoring'],
  });

  const bin = findPostgresBin();
  if (!bin) {
    if (process.env.CI === 'true') {
      throw new Error(
        'PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); run scripts/setup.sh --postgres',
      );
    }
    console.warn(
      '\n*** PostgreSQL not installed: the PostgreSQL storage suite is SKIPPED (it would fail in CI). ***\n',
    );
    project.provide('pgUrl', null);
    return;
  }
  const pg = await startThrowawayPostgres(bin);
  project.provide('pgUrl', pg.url);
  return () => pg.stop();
}
