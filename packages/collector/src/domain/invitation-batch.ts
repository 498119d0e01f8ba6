import { z } from 'zod';
import { ARMS, Slug } from '@genbridge/schema';

/** Largest batch one request may create. */
export const MAX_INVITATION_BATCH = 1000;

/** Evaluation arm an invitation assigns (contract 6): `comparison` = a colleague outside the programme. */
export const InvitationArm = z.enum(ARMS);
export type InvitationArm = z.infer<typeof InvitationArm>;

/** One invitation of an uploaded list: its arm (else the batch's) and its mentoring pair. */
export const InvitationSpec = z.strictObject({
  arm: InvitationArm.optional(),
  /** Mentor and mentee of one pair get one invitation each with the same `pairId`. */
  pairId: z.optional(Slug),
});
export type InvitationSpec = z.infer<typeof InvitationSpec>;

/**
 * A batch of invitations as a manager asks for it: either `count` alike invitations, or one per
 * entry of `invitations` (e.g. a list of mentoring pairs); `arm` applies to all of them unless an
 * entry names its own. The arm and pair are the HR team's assignment: participants never choose
 * them, so this is the only way they enter the data.
 */
export const InvitationBatch = z
  .strictObject({
    count: z
      .number()
      .int(`must be an integer from 1 to ${MAX_INVITATION_BATCH}`)
      .min(1, `must be an integer from 1 to ${MAX_INVITATION_BATCH}`)
      .max(MAX_INVITATION_BATCH, `must be an integer from 1 to ${MAX_INVITATION_BATCH}`)
      .optional(),
    arm: InvitationArm.optional(),
    invitations: z
      .array(InvitationSpec)
      .min(1, 'must list at least one invitation')
      .max(MAX_INVITATION_BATCH, `must list at most ${MAX_INVITATION_BATCH} invitations`)
      .optional(),
  })
  .superRefine((batch, ctx) => {
    if ((batch.count === undefined) === (batch.invitations === undefined))
      ctx.addIssue({
        code: 'custom',
        path: batch.count === undefined ? ['count'] : ['invitations'],
        message:
          batch.count === undefined
            ? `is required (an integer from 1 to ${MAX_INVITATION_BATCH}) unless "invitations" lists them one by one`
            : 'must be left out when "count" is given: give one or the other',
      });
    batch.invitations?.forEach((spec, i) => {
      // Colleagues outside the programme have no mentor; a pair id on them would be a mistake in the list.
      if ((spec.arm ?? batch.arm) === 'comparison' && spec.pairId !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['invitations', i, 'pairId'],
          message:
            'must be left out in the comparison arm: only programme participants have a pair',
        });
    });
  });
export type InvitationBatch = z.infer<typeof InvitationBatch>;

/** The arm and pair of every invitation a valid batch creates, in order. */
export function batchAssignments(batch: InvitationBatch): InvitationSpec[] {
  const specs =
    batch.invitations ?? Array.from({ length: batch.count ?? 0 }, (): InvitationSpec => ({}));
  return specs.map((s) => {
    const arm = s.arm ?? batch.arm;
    return { ...(arm ? { arm } : {}), ...(s.pairId ? { pairId: s.pairId } : {}) };
  });
}
