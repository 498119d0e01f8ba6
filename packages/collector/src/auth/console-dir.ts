import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The widget's browser bundles: `packages/widget/bundle` in the monorepo, and
 * `node_modules/@genbridge/widget/bundle` when installed — the same relative place from here
 * (`<collector>/dist/auth/` or `<collector>/src/auth/`).
 */
export function defaultConsoleDir(): string | undefined {
  const dir = fileURLToPath(new URL('../../../widget/bundle', import.meta.url));
  return existsSync(`${dir}/genbridge-admin.js`) ? dir : undefined;
}
