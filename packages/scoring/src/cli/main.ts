#!/usr/bin/env node
// Entry point of the genbridge-score bin (bin/genbridge-score.js imports the built file).
import { runCli } from './run.js';

// A reader that stops early (`genbridge-score … | head`) closes the pipe: that is the reader's
// choice, not our failure, so stop quietly instead of dying on an unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTty: process.stderr.isTTY === true,
});
process.exitCode = code;
