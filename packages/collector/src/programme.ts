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
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' });
export type ProgrammePatch = z.infer<typeof ProgrammePatch>;
