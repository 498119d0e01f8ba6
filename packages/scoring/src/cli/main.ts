#!/usr/bin/env node
// Entry point of the genbridge-score bin (bin/genbridge-score.js imports the built file).
import { runCli } from './run.js';

const code = await runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTty: process.stderr.isTTY === true,
});
process.exitCode = code;
