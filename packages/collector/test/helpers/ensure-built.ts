import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The API tests run the real CLI, which loads `dist/`. Rebuild a package whose sources are newer
 * than its build output, so a test never runs yesterday's code (the build lock keeps parallel
 * builds of the same package from colliding). `onlyIfMissing` packages are built only when they
 * have no output at all (siblings: the root `pnpm build` before the tests keeps them current).
 */
export function ensureBuilt(
  packages: readonly string[],
  options: { marker?: Record<string, string>; onlyIfMissing?: readonly string[] } = {},
): void {
  for (const name of packages) {
    const dir = join(root, 'packages', name);
    const out = join(dir, options.marker?.[name] ?? 'dist/index.js');
    const stale =
      !existsSync(out) ||
      (!options.onlyIfMissing?.includes(name) &&
        newestMtime(join(dir, 'src')) > statSync(out).mtimeMs);
    if (!stale) continue;
    execFileSync(
      'flock',
      ['/tmp/genbridge-build.lock', 'pnpm', '--silent', '--filter', `@genbridge/${name}`, 'build'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  }
}
