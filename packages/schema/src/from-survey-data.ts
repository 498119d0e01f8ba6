import { extraQuestions, type AdditionalPage } from './additional-questions.js';
import { ValidationError } from './field-error.js';
import { COMMENT_SUFFIX } from './validate-extra.js';
import type { Instrument } from './instrument.js';
import type { GenerationBand, Role, Wave } from './participant.js';
import type { ProgrammeFeedback, SurveyResponse } from './response.js';
import { SURVEY_QUESTION as Q } from './survey-names.js';
import { validateResponse } from './validate-response.js';

/** What the page knows about a response besides the answers themselves. */
export interface ResponseContext {
  /** Client-generated UUID (`crypto.randomUUID()`), kept across retries for idempotency. */
  responseId: string;
  programmeId: string;
  cohort?: string;
  /** The participant's pseudonymous code. */
  participant: string;
  wave: Wave;
  locale: string;
  startedAt: string | Date;
  submittedAt: string | Date;
  instrument: Instrument;
  /** Role known from elsewhere (e.g. the baseline), used when the survey did not ask for it. */
  role?: Role;
  /** Generation known from elsewhere, used when the survey did not ask for it. */
  generation?: GenerationBand;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const own = (data: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(data, key) ? data[key] : undefined;

const iso = (value: string | Date) => (value instanceof Date ? value.toISOString() : value);

/**
 * Turns a completed SurveyJS model's `data` (from a survey built by `toSurveyJson`) into a
 * `SurveyResponse` and validates it against `ctx.instrument`. Keys the survey does not own are
 * ignored; empty open answers are dropped.
 * @throws ValidationError listing every field that is missing or invalid.
 * @example
 * survey.onComplete.add((m) => post(fromSurveyData(m.data, { ...ctx, submittedAt: new Date() })));
 */
export function fromSurveyData(
  data: Record<string, unknown>,
  ctx: ResponseContext,
): SurveyResponse {
  const { instrument, wave } = ctx;
  const answers: Record<string, unknown> = {};
  for (const construct of instrument.constructs) {
    for (const item of construct.items) {
      const value = own(data, item.id);
      if (value !== undefined) answers[item.id] = value;
    }
  }

  const candidate: Record<string, unknown> = {
    responseId: ctx.responseId,
    programmeId: ctx.programmeId,
    participant: ctx.participant,
    wave,
    instrument: { id: instrument.id, version: instrument.version },
    locale: ctx.locale,
    startedAt: iso(ctx.startedAt),
    submittedAt: iso(ctx.submittedAt),
    answers,
  };
  if (ctx.cohort !== undefined) candidate.cohort = ctx.cohort;
  const role = wave === 'baseline' ? (own(data, Q.role) ?? ctx.role) : ctx.role;
  if (role !== undefined) candidate.role = role;
  const generation =
    wave === 'baseline' ? (own(data, Q.generation) ?? ctx.generation) : ctx.generation;
  if (generation !== undefined) candidate.generation = generation;

  if (wave === 'baseline') {
    candidate.consent = own(data, Q.consent);
  } else {
    const retro = own(data, Q.retrospective);
    if (own(data, Q.retrospectiveOptIn) === true && isRecord(retro)) {
      const headline = instrument.constructs
        .filter((c) => c.headline)
        .flatMap((c) => c.items.map((i) => i.id));
      const picked: Record<string, unknown> = {};
      for (const id of headline) if (Object.hasOwn(retro, id)) picked[id] = retro[id];
      if (Object.keys(picked).length > 0) candidate.retrospective = picked;
    }
    candidate.feedback = feedbackFrom(data);
  }

  const extra = extraFrom(data, instrument, wave);
  if (extra) candidate.extra = extra;

  const result = validateResponse(candidate, instrument);
  if (!result.success) throw new ValidationError('invalid survey response', result.errors);
  return result.data;
}

/** Answers to the wave's additional questions (and their "Other" texts), or undefined if none. */
function extraFrom(
  data: Record<string, unknown>,
  instrument: Instrument,
  wave: Wave,
): Record<string, unknown> | undefined {
  const extra: Record<string, unknown> = {};
  const pages = instrument.additionalQuestions as AdditionalPage[] | undefined;
  for (const { element } of extraQuestions(pages, wave)) {
    const name = element.name!;
    for (const key of [name, `${name}${COMMENT_SUFFIX}`]) {
      let value = own(data, key);
      if (typeof value === 'string' && key !== name) value = value.trim() || undefined;
      if (value !== undefined && value !== null) extra[key] = value;
    }
  }
  return Object.keys(extra).length > 0 ? extra : undefined;
}

function feedbackFrom(
  data: Record<string, unknown>,
): Partial<Record<keyof ProgrammeFeedback, unknown>> {
  const feedback: Partial<Record<keyof ProgrammeFeedback, unknown>> = {};
  const set = (key: keyof ProgrammeFeedback, value: unknown) => {
    if (typeof value === 'string') value = value.trim() || undefined;
    if (value !== undefined && value !== null) feedback[key] = value;
  };
  set('satisfaction', own(data, Q.satisfaction));
  set('recommend', own(data, Q.recommend));
  set('pairingQuality', own(data, Q.pairingQuality));
  set('meetingFrequency', own(data, Q.meetingFrequency));
  set('valuableLearning', own(data, Q.valuableLearning));
  set('improvement', own(data, Q.improvement));
  return feedback;
}
