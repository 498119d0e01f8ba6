/**
 * Names of the SurveyJS questions the bridge adds around the construct items. Item ids share the
 * question namespace, so an instrument may not use these as item ids (see `Instrument`).
 */
export const SURVEY_QUESTION = {
  consent: 'consent',
  role: 'role',
  generation: 'generation',
  retrospectiveOptIn: 'retrospective_opt_in',
  retrospective: 'retrospective',
  satisfaction: 'satisfaction',
  recommend: 'recommend',
  pairingQuality: 'pairing_quality',
  meetingFrequency: 'meeting_frequency',
  valuableLearning: 'valuable_learning',
  improvement: 'improvement',
} as const;

/**
 * Ids an item may not take: the bridge's own question names, and `other`, which survey-core treats
 * as its built-in "Other (describe)" choice.
 */
export const RESERVED_ITEM_IDS: readonly string[] = [...Object.values(SURVEY_QUESTION), 'other'];
