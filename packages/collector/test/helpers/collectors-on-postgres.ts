// Setup shared by the tests that run several collector processes on one PostgreSQL.
import { expect } from 'vitest';
import { runCli, startServer, type ServerProcess } from './server-process.js';

/** An open programme declaring the cohorts spring and autumn, created by the CLI on `databaseUrl`. */
export async function createOpenProgramme(id: string, databaseUrl: string): Promise<void> {
  const created = await runCli([
    'programme',
    'create',
    id,
    '--access',
    'open',
    '--cohort',
    'spring=Spring',
    '--cohort',
    'autumn=Autumn',
    '--database-url',
    databaseUrl,
  ]);
  expect(created.code, created.stderr).toBe(0);
}

/**
 * Three collectors on `databaseUrl`, each started with `args`. Each is added to `registry` as soon
 * as it runs, so the caller's cleanup stops it even when a later one fails to start.
 */
export async function startThreeCollectors(
  databaseUrl: string,
  args: readonly string[],
  registry: ServerProcess[],
): Promise<ServerProcess[]> {
  const started: ServerProcess[] = [];
  for (let i = 0; i < 3; i++) {
    const server = await startServer({ args: ['--database-url', databaseUrl, ...args] });
    registry.push(server);
    started.push(server);
  }
  return started;
}
