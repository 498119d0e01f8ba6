/*
 * The closed answer sets and the length limit of the survey's own questions, as plain values: the
 * zod schemas (`Role`, `GenerationBand`, `MeetingFrequency`, the open-text checks) are built from
 * them, and the survey bridge (`toSurveyJson`) reads them without loading zod.
 */

/** Role in the pair: the mentor is the junior who teaches, the mentee the senior who learns. */
export const ROLES = ['mentor', 'mentee'] as const;

/** Optional, coarse generation band (birth-year ranges in docs/methodology.md). */
export const GENERATION_BANDS = [
  'gen_z',
  'millennial',
  'gen_x',
  'baby_boomer',
  'prefer_not_to_say',
] as const;

/** How often the pair met during the programme (exit survey). */
export const MEETING_FREQUENCIES = [
  'weekly',
  'fortnightly',
  'monthly',
  'less_than_monthly',
  'never',
] as const;

/** Evaluation arm of a participant: `comparison` = a colleague outside the programme surveyed at the same waves. */
export const ARMS = ['programme', 'comparison'] as const;

/** Longest open-text answer we accept; longer text is rejected, not truncated. */
export const OPEN_TEXT_MAX = 2000;
