import { GENERATION_BANDS, ROLES } from './answer-sets.js';
import { PARTICIPANT_CODE_PATTERN } from './participant-code.js';
import { z } from './zod.js';

/**
 * Pseudonymous participant code, e.g. `K7Q2-PX`: 4–16 characters from A–Z, 0–9 and "-", upper case.
 * The restricted alphabet makes it impossible to store an e-mail address or a full name by mistake
 * ("@", ".", spaces and lower-case letters are rejected).
 */
export const ParticipantCode = z
  .string()
  .check(
    z.regex(
      PARTICIPANT_CODE_PATTERN,
      'must be 4 to 16 characters of A-Z, 0-9 and "-" (a pseudonymous code, never a name or e-mail)',
    ),
  );
export type ParticipantCode = z.infer<typeof ParticipantCode>;

/** Role in the pair: the mentor is the junior who teaches, the mentee the senior who learns. */
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** Optional, coarse generation band (birth-year ranges in docs/methodology.md). */
export const GenerationBand = z.enum(GENERATION_BANDS);
export type GenerationBand = z.infer<typeof GenerationBand>;

/** Survey wave: before (`baseline`) or after (`exit`) the programme. */
export const Wave = z.enum(['baseline', 'exit']);
export type Wave = z.infer<typeof Wave>;

/** A participant as the collector knows them: a code and what they told us, nothing identifying. */
export const Participant = z.object({
  code: ParticipantCode,
  role: Role,
  cohort: z.optional(z.string()),
  generation: z.optional(GenerationBand),
});
export type Participant = z.infer<typeof Participant>;
