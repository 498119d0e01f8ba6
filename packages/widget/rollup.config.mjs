// Two outputs: per-module ESM in dist/ for bundlers (dependencies external), and one minified,
// self-contained file per element in bundle/ for a plain <script type="module"> (everything inlined,
// nothing fetched from the internet).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { libraryConfig } from '../../scripts/rollup-library.mjs';

const library = libraryConfig({
  cwd: import.meta.dirname,
  input: ['src/index.ts', 'src/survey.ts', 'src/results.ts'],
});

const bundle = (name, input) => ({
  input,
  output: { file: `bundle/${name}.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'default'] }),
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'bundle', rootDir: 'src' }),
    terser({ format: { comments: false } }),
  ],
});

export default [
  library,
  bundle('genbridge-survey', 'src/survey.ts'),
  bundle('genbridge-results', 'src/results.ts'),
];
