import { z } from './zod.js';

/**
 * What a programme does with open answers, as far as a participant must be told: who can read its
 * released reports and the smallest group whose open answers they quote. The survey's promise
 * under each open question is generated from it (`toSurveyJson`'s `privacy` option), so the
 * promise cannot drift from the programme's settings. The collector serves it at
 * `GET /api/programmes/:id/survey-settings`.
 */
export const SurveyPrivacy = z.object({
  /** `public`: anyone with the link reads released reports; `viewers`: only people granted access. */
  reportAudience: z.enum(['public', 'viewers']),
  /** k: groups with fewer matched participants are hidden. */
  anonymityThreshold: z.number().check(z.int(), z.gte(3)),
  /** Whether reports quote open answers at all (else only the raw data holds them). */
  openTextInReports: z.boolean(),
  /** Open answers are quoted only for groups at least this large. */
  openTextThreshold: z.number().check(z.int(), z.gte(3)),
});
export type SurveyPrivacy = z.infer<typeof SurveyPrivacy>;
