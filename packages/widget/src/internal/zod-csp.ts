/**
 * zod 4 probes whether `eval` works (`new Function("")`) while it builds its first object schema,
 * to decide on its JIT parser. Under a strict CSP with Trusted Types the probe is reported as a
 * `securitypolicyviolation` (a Trusted Types sink, or `script-src` without 'unsafe-eval') even
 * though zod catches the error, and intranet admins see violation reports from our element.
 *
 * zod skips the probe when its shared global config (`globalThis.__zod_globalConfig`, zod ≥ 4.1)
 * says `jitless`. Importing this module before `@genbridge/schema` sets that flag; call
 * {@link restoreZodJit} once the schema module has been evaluated so the page's own zod schemas
 * keep their default. Validation results are the same with or without the JIT.
 */
type ZodGlobalConfig = { jitless?: boolean };
const g = globalThis as { __zod_globalConfig?: ZodGlobalConfig };
const config = (g.__zod_globalConfig ??= {});
const previous = config.jitless;
config.jitless = true;

/** Puts zod's `jitless` flag back to what it was before this module ran. */
export function restoreZodJit(): void {
  if (previous === undefined) delete config.jitless;
  else config.jitless = previous;
}
