// Shared rollup config for the library packages: per-module ESM (preserveModules) plus .d.ts,
// every dependency left external so consumers' bundlers dedupe them.
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * @param {{ cwd: string, input?: string | string[] | Record<string, string> }} options
 */
export function libraryConfig({ cwd, input = 'src/index.ts' }) {
  const pkg = JSON.parse(readFileSync(resolve(cwd, 'package.json'), 'utf8'));
  const deps = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  const external = (id) =>
    id.startsWith('node:') || deps.some((d) => id === d || id.startsWith(`${d}/`));
  return {
    input,
    external,
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [
      typescript({
        tsconfig: resolve(cwd, 'tsconfig.build.json'),
        outDir: 'dist',
        declaration: true,
        declarationDir: 'dist',
        rootDir: 'src',
      }),
    ],
  };
}
