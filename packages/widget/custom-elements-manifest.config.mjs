// `cem analyze` (part of `pnpm build`): custom-elements.json from the JSDoc on the element classes
// (@attr, @fires, @csspart, @cssprop), referenced by package.json's `customElements` field.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts', 'src/internal/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
