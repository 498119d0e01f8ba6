/**
 * The one place the schemas get zod from: `zod/mini`, the same zod 4 core as classic `zod` with a
 * functional API that bundlers can tree-shake (classic zod costs every browser bundle ~25 KB gzip).
 *
 * Classic zod registers its English issue messages on first use; mini registers none, so every
 * message would read "Invalid input". Those messages are part of our API (`formatIssues` reads
 * them, consumers print `error.message`), so English is registered here unless the page already
 * chose a locale (an explicit `z.config(...)` made later still wins, as with classic zod). This
 * module is listed under `sideEffects` in package.json so that bundlers keep the registration.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

if (!config().localeError) config(en());

export * as z from 'zod/mini';
