import { z } from './zod.js';
import { Identifier, Slug } from './ids.js';
import { InstrumentRef } from './instrument.js';
import { LocalizedText } from './localized-text.js';
import { EvaluationReport } from './evaluation-report.js';

/**
 * `ProgrammeReport` is the contract between `@genbridge/scoring` (produces it), the collector
 * (serves it) and `<genbridge-results>` (draws it). Every number is finite: where a statistic is
 * undefined (n < 2, zero variance, …) it is `null` and a note code in `notes` says why.
 */

/** A finite number or null when the statistic is undefined for these data. */
const Stat = z.nullable(z.number());

/** Mean, standard deviation and confidence interval of the mean of construct scores in one wave. */
export const Moments = z.object({
  mean: Stat,
  sd: Stat,
  /** t-based confidence interval of the mean (`settings.confidenceLevel`); null when n < 2. */
  ciLower: Stat,
  ciUpper: Stat,
});
export type Moments = z.infer<typeof Moments>;

/** Paired difference (exit − baseline, or post − then) with its confidence interval. */
export const Difference = z.object({
  mean: Stat,
  sd: Stat,
  ciLower: Stat,
  ciUpper: Stat,
});
export type Difference = z.infer<typeof Difference>;

/** Paired Student's t-test of the differences (R's `t.test(paired = TRUE)`). */
export const TTest = z.object({
  t: Stat,
  df: z.number().check(z.int(), z.nonnegative()),
  /** Two-sided p. */
  p: Stat,
  /** Holm-adjusted p across the constructs of the same group. */
  pHolm: Stat,
});
export type TTest = z.infer<typeof TTest>;

/** Wilcoxon signed-rank test of the differences (R's `wilcox.test(paired = TRUE)`). */
export const WilcoxonTest = z.object({
  /** Sum of the ranks of positive differences, zeros dropped (R's V). */
  v: Stat,
  p: Stat,
  method: z.enum(['exact', 'normal', 'none']),
  /** Number of non-zero differences that were ranked. */
  nNonZero: z.number().check(z.int(), z.nonnegative()),
});
export type WilcoxonTest = z.infer<typeof WilcoxonTest>;

/** Effect sizes for paired designs after Lakens (2013). */
export const EffectSizes = z.object({
  dz: Stat,
  dav: Stat,
  drm: Stat,
  gav: Stat,
});
export type EffectSizes = z.infer<typeof EffectSizes>;

/** Cronbach's alpha on complete cases of one wave. */
export const Reliability = z.object({
  alpha: Stat,
  items: z.number().check(z.int(), z.nonnegative()),
  n: z.number().check(z.int(), z.nonnegative()),
  /** True when alpha < 0.7 (or cannot be computed): interpret the construct with care. */
  low: z.boolean(),
});
export type Reliability = z.infer<typeof Reliability>;

/** Jacobson & Truax (1991) reliable change counts. */
export const ReliableChange = z.object({
  /** Reliability used for the standard error (baseline alpha unless the caller supplied one). */
  reliability: Stat,
  seDiff: Stat,
  improved: z.number().check(z.int(), z.nonnegative()),
  declined: z.number().check(z.int(), z.nonnegative()),
  unchanged: z.number().check(z.int(), z.nonnegative()),
});
export type ReliableChange = z.infer<typeof ReliableChange>;

/** Then-test (retrospective pre-test) vs exit, beside the baseline vs exit change. */
export const RetrospectiveChange = z.object({
  n: z.number().check(z.int(), z.nonnegative()),
  then: Moments,
  post: Moments,
  difference: Difference,
  tTest: TTest,
  effectSize: EffectSizes,
});
export type RetrospectiveChange = z.infer<typeof RetrospectiveChange>;

/** Before/after change of one construct within one group of matched pairs. */
export const ConstructChange = z.object({
  constructId: Identifier,
  /** Pairs in which both waves have a score for this construct. */
  n: z.number().check(z.int(), z.nonnegative()),
  baseline: Moments,
  exit: Moments,
  /** Pearson correlation of baseline and exit scores. */
  correlation: Stat,
  difference: Difference,
  tTest: TTest,
  wilcoxon: WilcoxonTest,
  effectSize: EffectSizes,
  /** Mean of per-participant (post − pre) / (max − pre), over participants with pre < max. */
  normalisedGain: Stat,
  reliableChange: ReliableChange,
  reliability: z.object({ baseline: Reliability, exit: Reliability }),
  /** Matched pairs missing a score for this construct (too few items answered), per wave. */
  missing: z.object({
    baseline: z.number().check(z.int(), z.nonnegative()),
    exit: z.number().check(z.int(), z.nonnegative()),
  }),
  retrospective: z.nullable(RetrospectiveChange),
  /** Machine-readable codes for degenerate cases, e.g. "n_below_2", "zero_variance_difference". */
  notes: z.array(z.string()),
});
export type ConstructChange = z.infer<typeof ConstructChange>;

/** Which breakdown a group belongs to. */
export const GroupDimension = z.enum(['all', 'role', 'cohort', 'generation']);
export type GroupDimension = z.infer<typeof GroupDimension>;

/** Why a group is hidden. */
export const SuppressionReason = z.enum([
  /** Fewer than k participants. */
  'below_threshold',
  /**
   * Hidden so that hidden people cannot be recovered by subtraction: as total minus the shown
   * groups of a breakdown, as the difference of two overlapping groups of different breakdowns,
   * or by any combination of the report's figures (the disclosure audit).
   */
  'complementary',
  /** Total minus this group is below k, so showing it would reveal the rest. */
  'complement_below_threshold',
]);
export type SuppressionReason = z.infer<typeof SuppressionReason>;

const GroupKey = {
  /**
   * `all`, `role:mentor`, `cohort:spring`, `generation:gen_x`. Every breakdown is a full
   * partition: people without a value form the group `<dimension>:not_stated`.
   */
  key: z.string(),
  dimension: GroupDimension,
  /** The group's value within its dimension; null for `all`. */
  value: z.nullable(z.string()),
};

/** A group hidden to protect anonymity: no statistics, no exact n. */
export const SuppressedGroup = z.strictObject({
  ...GroupKey,
  suppressed: z.literal(true),
  reason: SuppressionReason,
});
export type SuppressedGroup = z.infer<typeof SuppressedGroup>;

/** A group large enough to show: its matched n and the change of every construct. */
export const GroupChange = z.strictObject({
  ...GroupKey,
  suppressed: z.literal(false),
  /** Matched participants in the group. */
  n: z.number().check(z.int(), z.nonnegative()),
  constructs: z.array(ConstructChange),
});
export type GroupChange = z.infer<typeof GroupChange>;

/** One group of the change report: shown (`suppressed: false`) or hidden (`suppressed: true`). */
export const GroupReport = z.discriminatedUnion('suppressed', [GroupChange, SuppressedGroup]);
export type GroupReport = z.infer<typeof GroupReport>;

/** Counts per answer value, e.g. `{ "1": 0, "2": 3, … }`. */
const Distribution = z.record(z.string(), z.number().check(z.int(), z.nonnegative()));

/** Why a figure of a shown feedback group is hidden (its numbers are then `null`). */
export const FigureHiddenReason = z.enum([
  /** Fewer than k of the group answered the question. */
  'below_threshold',
  /** Hidden so that another hidden figure cannot be recovered by subtraction. */
  'complementary',
  /**
   * All members who answered, or all but one, gave the same answer (for multiple choice: the same
   * set of choices), which would tell each member's answer (docs/privacy.md, scoring rule 9).
   */
  'homogeneous',
]);
export type FigureHiddenReason = z.infer<typeof FigureHiddenReason>;
const Hidden = { hidden: z.optional(FigureHiddenReason) };
const Count = z.number().check(z.int(), z.nonnegative());

/**
 * Answers to one of the programme's own questions (`instrument.additionalQuestions`, carried in
 * `SurveyResponse.extra`) within a feedback group: a closed question as counts per answer
 * (`distribution: null` when fewer than k of the group answered it, or to protect a hidden figure
 * of the same breakdown), an open one as its texts under the open-text rule.
 */
export const AdditionalAnswers = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('closed'),
    /** Question name (the key in `extra`) and the wave whose survey asked it. */
    name: z.string(),
    wave: z.enum(['baseline', 'exit']),
    /** SurveyJS type; `ranking` counts first choices, multiple-choice types count every choice. */
    type: z.string(),
    /** Members of the group who answered. */
    n: z.number().check(z.int(), z.nonnegative()),
    distribution: z.nullable(Distribution),
    /** Present exactly when `distribution` is null: why. */
    ...Hidden,
  }),
  z.strictObject({
    kind: z.literal('open'),
    name: z.string(),
    wave: z.enum(['baseline', 'exit']),
    type: z.string(),
    released: z.boolean(),
    answers: z.array(z.string()),
  }),
]);
export type AdditionalAnswers = z.infer<typeof AdditionalAnswers>;

/** Programme feedback of one group's exit responses. */
export const FeedbackSummary = z.strictObject({
  ...GroupKey,
  suppressed: z.literal(false),
  /** Exit responses in the group. */
  n: z.number().check(z.int(), z.nonnegative()),
  /**
   * Each question's figures are `null` with `hidden` saying why when fewer than k answered, when
   * the answers are homogeneous, or to protect another hidden figure; `n` is always given.
   */
  satisfaction: z.object({
    n: Count,
    mean: Stat,
    distribution: z.nullable(Distribution),
    ...Hidden,
  }),
  nps: z.object({
    n: Count,
    /** % promoters (9–10) − % detractors (0–6), −100 … 100. */
    score: Stat,
    promoters: z.nullable(Count),
    passives: z.nullable(Count),
    detractors: z.nullable(Count),
    distribution: z.nullable(Distribution),
    ...Hidden,
  }),
  pairingQuality: z.object({
    n: Count,
    mean: Stat,
    distribution: z.nullable(Distribution),
    ...Hidden,
  }),
  meetingFrequency: z.object({ n: Count, distribution: z.nullable(Distribution), ...Hidden }),
  /** Open text, released only for groups of at least `settings.openTextThreshold`, shuffled. */
  openText: z.object({
    released: z.boolean(),
    valuableLearning: z.array(z.string()),
    improvement: z.array(z.string()),
  }),
  /** The programme's own questions, when its instrument has `additionalQuestions`. */
  additional: z.optional(z.array(AdditionalAnswers)),
});
export type FeedbackSummary = z.infer<typeof FeedbackSummary>;

/** One group of the feedback report: shown or hidden, like `GroupReport`. */
export const FeedbackReport = z.discriminatedUnion('suppressed', [
  FeedbackSummary,
  SuppressedGroup,
]);
export type FeedbackReport = z.infer<typeof FeedbackReport>;

/** The full report for one programme. */
export const ProgrammeReport = z.strictObject({
  schemaVersion: z.literal(1),
  programmeId: Slug,
  generatedAt: z.iso.datetime({ offset: true }),
  /**
   * How submissions were admitted: `invitation` (one unguessable invitation per participant) or
   * `open` (self-generated codes: counts may include made-up participants). Absent when unknown.
   */
  integrity: z.optional(z.enum(['invitation', 'open'])),
  instrument: InstrumentRef,
  scale: z.object({ min: z.number().check(z.int()), max: z.number().check(z.int()) }),
  settings: z.object({
    /** k: groups with fewer matched participants are suppressed (never below 3). */
    anonymityThreshold: z.number().check(z.int(), z.gte(3)),
    /** Share of a construct's items that must be answered for a score (default 0.75). */
    minItemShare: z.number().check(z.gte(0), z.lte(1)),
    /** Open text is released only for groups at least this large (default 10). */
    openTextThreshold: z.number().check(z.int(), z.gte(3)),
    confidenceLevel: z.number().check(z.gt(0), z.lt(1)),
  }),
  /** Constructs in display order (headline first), with their names for labelling. */
  constructs: z.array(
    z.object({
      id: Identifier,
      name: LocalizedText,
      headline: z.boolean(),
      items: z.number().check(z.int(), z.positive()),
    }),
  ),
  /**
   * Programme-wide counts. Each is a sum over three kinds of participant (matched, baseline only,
   * exit only); a count is `null` (withheld) when showing it would let 1 to k − 1 people of those
   * kinds be counted by subtraction, also together with the n of the `all` groups.
   */
  participation: z.object({
    /** Distinct participants with a baseline / exit response (after de-duplication). */
    baseline: z.nullable(z.number().check(z.int(), z.nonnegative())),
    exit: z.nullable(z.number().check(z.int(), z.nonnegative())),
    matched: z.nullable(z.number().check(z.int(), z.nonnegative())),
    baselineOnly: z.nullable(z.number().check(z.int(), z.nonnegative())),
    exitOnly: z.nullable(z.number().check(z.int(), z.nonnegative())),
    /** Earlier submissions replaced by a later one of the same participant and wave. */
    duplicatesReplaced: z.number().check(z.int(), z.nonnegative()),
  }),
  /** Change per group: `all` first, then role, cohort and generation breakdowns. */
  groups: z.array(GroupReport),
  /** Programme feedback from exit responses, same groups and suppression rules. */
  feedback: z.array(FeedbackReport),
  /** Declared cohorts and their display labels, so readers see "Autumn 2026", not `autumn`. */
  cohorts: z.optional(
    z.array(z.object({ id: z.string(), label: z.union([z.string(), LocalizedText]) })),
  ),
  /** Attrition, comparison arm, dyads, minimum detectable effect, item analysis (see its module). */
  evaluation: z.optional(EvaluationReport),
});
export type ProgrammeReport = z.infer<typeof ProgrammeReport>;
