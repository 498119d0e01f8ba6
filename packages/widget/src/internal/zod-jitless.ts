/**
 * zod probes `new Function("")` once to decide whether it may compile fast object parsers. The
 * probe's exception is caught, but on intranet pages with `require-trusted-types-for 'script'` (or
 * a CSP without 'unsafe-eval') the browser still reports a violation, which admins rightly treat as
 * an alarm. zod reads `globalThis.__zod_globalConfig.jitless` when a schema is built, so this module
 * must be evaluated before `@genbridge/schema` (import it first in an entry point). A page that set
 * its own zod config keeps it.
 */
const g = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
g.__zod_globalConfig ??= {};
g.__zod_globalConfig.jitless ??= true;

export {};
