// Bundles the example (React 19 + @genbridge/widget/survey.js from its dist/) into dist/app.js.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/main.tsx'],
  outfile: 'dist/app.js',
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: 'es2022',
  jsx: 'automatic',
  conditions: ['browser', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
console.log('examples/react-survey: dist/app.js built');
