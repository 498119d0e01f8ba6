#!/usr/bin/env node
// The main job (`npm start`): builds what the demo needs, then runs the collector serving the demo
// intranet. The collector seeds the demo programme on its first start and prints the URL and where
// the admin token is stored. Ctrl-C stops it cleanly (requests finish, the database is closed).
// Extra arguments go to `genbridge-collector demo`, e.g. `node scripts/start.mjs --port 9000`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// What the demo loads at run time, per package: built output that must be newer than its sources.
const outputs = {
  schema: ['dist/index.js'],
  scoring: ['dist/index.js'],
  widget: ['bundle/genbridge-survey.js', 'bundle/genbridge-results.js'],
  collector: ['dist/index.js', 'dist/cli/main.js'],
};

function newest(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

function staleReason() {
  for (const [pkg, files] of Object.entries(outputs)) {
    const dir = join(root, 'packages', pkg);
    const sources = Math.max(newest(join(dir, 'src')), newest(join(dir, 'package.json')));
    for (const file of files) {
      const path = join(dir, file);
      if (!existsSync(path)) return `${pkg}/${file} is missing`;
      if (statSync(path).mtimeMs < sources) return `${pkg}/${file} is older than its sources`;
    }
  }
  return undefined;
}

const reason = staleReason();
if (reason) {
  console.log(`start: building the packages (${reason}): pnpm build`);
  const build = spawnSync('pnpm', ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('start: the build failed; see above.');
    process.exit(build.status ?? 1);
  }
} else {
  console.log('start: packages are built and current.');
}

// Its own process group, so Ctrl-C reaches only us and the collector gets each signal once (it
// treats a second Ctrl-C as "stop now without waiting").
const child = spawn(
  process.execPath,
  [
    join(root, 'packages/collector/bin/genbridge-collector.js'),
    'demo',
    '--demo-login',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    detached: true,
  },
);

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null) child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}
// If this script dies some other way, do not leave the collector running on its own.
process.on('exit', () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
