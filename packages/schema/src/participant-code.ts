/**
 * The shape of a pseudonymous participant code (`ParticipantCode` checks it): 4–16 characters from
 * A–Z, 0–9 and "-", starting and ending with a letter or digit. In a module without zod so that the
 * browser survey can check its `participant` attribute without loading the schemas.
 */
export const PARTICIPANT_CODE_PATTERN = /^[A-Z0-9](?:[A-Z0-9-]{2,14})[A-Z0-9]$/;
