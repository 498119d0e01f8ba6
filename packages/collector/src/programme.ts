import { z } from 'zod';
import { Instrument, Slug } from '@genbridge/schema';

/** Whether a programme accepts responses. Closing keeps every stored response and the report. */
export const ProgrammeStatus = z.enum(['open', 'closed']);
export type ProgrammeStatus = z.infer<typeof ProgrammeStatus>;

/** k: the anonymity threshold. Scoring refuses anything below 3, so the collector does too. */
export const AnonymityThreshold = z
  .number()
  .int()
  .min(3, 'must be at least 3')
  .max(10_000, 'must be at most 10000');

/**
 * Who may submit. `invitation`: only holders of an invitation the manager issued (one invitation is
 * one participant, for both waves). `open`: anyone who makes up a participant code; counts may then
 * include made-up participants, and every report says so (`integrity: "open"`).
 */
export const AccessMode = z.enum(['invitation', 'open']);
export type AccessMode = z.infer<typeof AccessMode>;

/** A cohort the programme declares; responses may name only declared cohorts (issue 9, attack 6). */
export const Cohort = z.strictObject({
  id: Slug,
  label: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
});
export type Cohort = z.infer<typeof Cohort>;

export const Cohorts = z
  .array(Cohort)
  .max(100, 'must list at most 100 cohorts')
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
    message: 'must not repeat a cohort id',
  });

/** A date-time with its offset, kept in UTC so stored dates compare as text and as time alike. */
const Instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone' })
  .transform((value) => new Date(value).toISOString());

/** When one wave accepts responses: from `opens` (inclusive) until `closes` (exclusive); either may be left out. */
export const WaveWindow = z
  .strictObject({ opens: Instant.optional(), closes: Instant.optional() })
  .refine((w) => w.opens === undefined || w.closes === undefined || w.opens < w.closes, {
    message: 'must be after opens',
    path: ['closes'],
  });
export type WaveWindow = z.infer<typeof WaveWindow>;

/**
 * The wave schedule: per wave, when it opens and closes. The collector refuses a response received
 * outside its wave's window, in the same transaction as the insert (like a closed programme).
 */
export const WaveSchedule = z.strictObject({
  baseline: WaveWindow.optional(),
  exit: WaveWindow.optional(),
});
export type WaveSchedule = z.infer<typeof WaveSchedule>;

/** A programme as stored: its instrument is kept whole, so later instrument releases never change old data's meaning. */
export const Programme = z.object({
  id: Slug,
  name: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  status: ProgrammeStatus,
  anonymityThreshold: AnonymityThreshold,
  /**
   * When true, `GET /api/programmes/:id/report` is readable without the admin token. The report is
   * already anonymised (k-suppression), but publishing it is still a decision an organisation makes
   * explicitly; the default is false. Raw exports always need the token.
   */
  publicReport: z.boolean(),
  instrument: Instrument,
  accessMode: AccessMode,
  cohorts: Cohorts,
  /** Left out when no wave has dates. */
  schedule: WaveSchedule.optional(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Programme = z.infer<typeof Programme>;

/** Body of `POST /api/programmes` and the CLI's `programme create`. */
export const ProgrammeCreate = z.strictObject({
  id: Slug,
  name: Programme.shape.name.optional(),
  status: ProgrammeStatus.default('open'),
  anonymityThreshold: AnonymityThreshold.default(5),
  publicReport: z.boolean().default(false),
  /** A full instrument; omitted means `@genbridge/schema`'s default instrument. */
  instrument: z.optional(Instrument),
  /** New programmes take invitations unless the organisation chooses open codes. */
  accessMode: AccessMode.default('invitation'),
  cohorts: Cohorts.default([]),
  schedule: WaveSchedule.optional(),
});
export type ProgrammeCreate = z.input<typeof ProgrammeCreate>;

/** Body of `PATCH /api/programmes/:id`: every field optional, at least one present. */
export const ProgrammePatch = z
  .strictObject({
    name: Programme.shape.name,
    status: ProgrammeStatus,
    anonymityThreshold: AnonymityThreshold,
    publicReport: z.boolean(),
    instrument: Instrument,
    accessMode: AccessMode,
    cohorts: Cohorts,
    /** Replaces the whole schedule; `{}` removes every date. */
    schedule: WaveSchedule,
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' });
export type ProgrammePatch = z.infer<typeof ProgrammePatch>;
