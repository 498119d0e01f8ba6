import { ARMS, MEETING_FREQUENCIES, OPEN_TEXT_MAX } from './answer-sets.js';
import { z } from './zod.js';
import { Identifier, Slug } from './ids.js';
import { InstrumentRef } from './instrument.js';
import { LocaleCode } from './localized-text.js';
import { GenerationBand, ParticipantCode, Role, Wave } from './participant.js';

/** How often the pair met during the programme (exit survey). */
export const MeetingFrequency = z.enum(MEETING_FREQUENCIES);
export type MeetingFrequency = z.infer<typeof MeetingFrequency>;

/** Programme feedback asked only in the exit survey. Every field is optional: people may skip. */
export const ProgrammeFeedback = z.strictObject({
  /** Overall satisfaction, 1 (very dissatisfied) … 5 (very satisfied). */
  satisfaction: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  /** Likelihood to recommend the programme to a colleague, 0 … 10 (NPS question). */
  recommend: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10))),
  /** How well the pairing worked, 1 (very poorly) … 5 (very well). */
  pairingQuality: z.optional(z.number().check(z.int(), z.gte(1), z.lte(5))),
  meetingFrequency: z.optional(MeetingFrequency),
  /** "What was the most valuable thing you learned?" */
  valuableLearning: z.optional(z.string().check(z.trim(), z.maxLength(OPEN_TEXT_MAX))),
  /** "What one thing should the programme improve?" */
  improvement: z.optional(z.string().check(z.trim(), z.maxLength(OPEN_TEXT_MAX))),
});
export type ProgrammeFeedback = z.infer<typeof ProgrammeFeedback>;

/** Answers keyed by item id; the values are checked against the instrument's scale. */
export const Answers = z.record(Identifier, z.number().check(z.int()));
export type Answers = z.infer<typeof Answers>;

/**
 * One submitted survey, baseline or exit. This is the shape alone; use
 * `validateResponse(response, instrument)` to also check item ids, the scale and required items.
 */
export const SurveyResponse = z
  .strictObject({
    /** Client-generated UUID; the collector treats it as the idempotency key. */
    responseId: z.uuid('must be a UUID'),
    programmeId: Slug,
    cohort: z.optional(Slug),
    participant: ParticipantCode,
    /** Required at baseline; at exit the baseline's role is used when absent. */
    role: z.optional(Role),
    generation: z.optional(GenerationBand),
    /** Evaluation arm: `comparison` = a colleague outside the programme surveyed at the same waves. */
    arm: z.optional(z.enum(ARMS)),
    /** The mentoring pair (mentor and mentee share it), for dyad analysis. */
    pairId: z.optional(Slug),
    wave: Wave,
    instrument: InstrumentRef,
    locale: LocaleCode,
    startedAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }),
    submittedAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }),
    /** Baseline only: the participant agreed to take part. A baseline without consent is rejected. */
    consent: z.optional(z.boolean()),
    answers: Answers,
    /** Exit only: retrospective pre-test ("thinking back to before…") for the headline items. */
    retrospective: z.optional(Answers),
    /** Exit only. */
    feedback: z.optional(ProgrammeFeedback),
    /**
     * Answers to the instrument's `additionalQuestions` for this wave, keyed by question name (JSON,
     * at most `EXTRA_MAX_BYTES`); checked against the definition by `validateResponse`.
     */
    extra: z.optional(z.record(z.string(), z.unknown())),
  })
  .check(
    z.superRefine((r, ctx) => {
      if (Date.parse(r.submittedAt) < Date.parse(r.startedAt)) {
        ctx.addIssue({
          code: 'custom',
          path: ['submittedAt'],
          message: 'must not be before startedAt',
        });
      }
      if (r.wave === 'baseline') {
        if (r.consent !== true)
          ctx.addIssue({
            code: 'custom',
            path: ['consent'],
            message: 'must be true: a baseline response needs consent',
          });
        if (r.role === undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['role'],
            message: 'is required at baseline ("mentor" or "mentee")',
          });
        if (r.retrospective !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['retrospective'],
            message: 'is only asked in the exit survey',
          });
        if (r.feedback !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['feedback'],
            message: 'is only asked in the exit survey',
          });
      }
    }),
  );
export type SurveyResponse = z.infer<typeof SurveyResponse>;
