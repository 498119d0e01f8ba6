// Two outputs: per-module ESM in dist/ for bundlers (dependencies external), and minified browser
// files in bundle/ for a plain <script type="module"> (everything local, nothing fetched from the
// internet). genbridge-survey.js loads survey-core and the rest from sibling chunks; genbridge-results.js keeps chart.js in
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

// survey-core and the few lines that load it (our validation strings, the Model export) in one
// chunk: a separate loader chunk would be one more round trip before survey-core starts to download.
const surveyCoreChunk = (id) =>
  (/[\\/]node_modules[\\/]survey-core[\\/]/.test(id) && !/[\\/]i18n[\\/]/.test(id)) ||
  /[\\/]src[\\/]survey[\\/](survey-core-loader|validation-strings)\.ts$/.test(id)
    ? 'survey-core'
    : undefined;

const bundle = (name, input, { splitLazyImports = false } = {}) => ({
  input,
  // Lazy chunks may import from the entry itself: no facade entry re-exporting a shared chunk
  // (one request fewer before the first render).
  preserveEntrySignatures: 'allow-extension',
  output: splitLazyImports
    ? {
        dir: 'bundle',
        format: 'es',
        sourcemap: true,
        entryFileNames: `${name}.js`,
        chunkFileNames: `${name}-[name]-[hash].js`,
        manualChunks: surveyCoreChunk,
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

const all = [
  library,
  // survey-core, each language's strings, DOMPurify and rarely used parts are chunks loaded when
  // first needed (bench/run.mjs measures what a first render loads).
  bundle('genbridge-survey', 'src/survey.ts', { splitLazyImports: true }),
  bundle('genbridge-results', 'src/results.ts', { splitLazyImports: true }),
  // The console: its own entry; the results element (and chart.js) are chunks it loads lazily.
  bundle('genbridge-admin', 'src/admin.ts', { splitLazyImports: true }),
  // The optional outbox service worker (registerOutboxSync); a host serves it from its own origin.
  bundle('genbridge-outbox-sw', 'src/outbox-sw.ts'),
];

// `GENBRIDGE_ONLY=genbridge-survey rollup -c` rebuilds one browser bundle (quicker while measuring).
const only = process.env.GENBRIDGE_ONLY;
const nameOf = (c) => c.output?.entryFileNames ?? c.output?.file?.replace(/^bundle\//, '');
export default only ? all.filter((c) => nameOf(c) === `${only}.js`) : all;
