// Two outputs: per-module ESM in dist/ for bundlers (dependencies external), and minified browser
// files in bundle/ for a plain <script type="module"> (everything local, nothing fetched from the
// internet). genbridge-survey.js is one self-contained file. genbridge-results.js keeps chart.js in
// a sibling chunk that it imports only when a chart is drawn, so the element registers (and shows
// its loading, empty or suppressed states) without paying for chart.js; copy the whole bundle/
// folder.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { libraryConfig } from '../../scripts/rollup-library.mjs';

const library = libraryConfig({
  cwd: import.meta.dirname,
  input: ['src/index.ts', 'src/survey.ts', 'src/results.ts', 'src/admin.ts'],
});

const bundle = (name, input, { splitLazyImports = false } = {}) => ({
  input,
  output: splitLazyImports
    ? {
        dir: 'bundle',
        format: 'es',
        sourcemap: true,
        entryFileNames: `${name}.js`,
        chunkFileNames: `${name}-[name]-[hash].js`,
      }
    : { file: `bundle/${name}.js`, format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'default'] }),
    typescript({
      tsconfig: './tsconfig.build.json',
      declaration: false,
      declarationMap: false,
      outDir: 'bundle',
      rootDir: 'src',
    }),
    terser({ format: { comments: false } }),
  ],
});

export default [
  library,
  bundle('genbridge-survey', 'src/survey.ts'),
  bundle('genbridge-results', 'src/results.ts', { splitLazyImports: true }),
  // The console: its own entry; the results element (and chart.js) are chunks it loads lazily.
  bundle('genbridge-admin', 'src/admin.ts', { splitLazyImports: true }),
  // The optional outbox service worker (registerOutboxSync); a host serves it from its own origin.
  bundle('genbridge-outbox-sw', 'src/outbox-sw.ts'),
];
