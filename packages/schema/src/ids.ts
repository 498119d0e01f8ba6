import { z } from './zod.js';

/** Stable machine identifier: lower-case letters, digits and underscores, starting with a letter. */
export const Identifier = z
  .string()
  .check(
    z.regex(
      /^[a-z][a-z0-9_]{0,63}$/,
      'must be lower-case letters, digits or "_", starting with a letter (at most 64)',
    ),
  );

/** Programme and cohort identifiers appear in URLs, so they also allow "-". */
export const Slug = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9][a-z0-9-]{0,63}$/,
      'must be lower-case letters, digits or "-" (at most 64), e.g. "rm-2026"',
    ),
  );

/** A semantic version such as `1.0.0`. */
export const SemVer = z
  .string()
  .check(
    z.regex(
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/,
      'must be a semantic version such as "1.0.0"',
    ),
  );
