import { z } from './zod.js';
import { Identifier, Slug } from './ids.js';

/**
 * `EvaluationReport` is `ProgrammeReport.evaluation`: the figures that answer what an evaluator is
 * asked after "did scores go up?" — "did the people who dropped out differ?" (`attrition`), "was it
 * the programme?" (`comparison`), "how did the mentoring pairs change together?" (`dyads`), "was
 * the sample big enough?" (`minimumDetectableEffect`) and "do the items work?" (`items`).
 *
 * Shape rules shared by every section, for whoever draws it (`<genbridge-results>`, Markdown):
 * - Every number is finite or `null` (undefined for these data, e.g. zero variance).
 * - A section that concerns a group of people is either shown or `{ suppressed: true, reason }`,
 *   exactly like `GroupReport`: hidden sections carry no statistics and no exact n.
 * - A section is `null` when the data do not allow it at all (no comparison arm, no `pairId`s, no
 *   baseline-only participants); draw nothing then, rather than "hidden".
 * - Construct lists follow `ProgrammeReport.constructs` (headline first); `constructId` links them.
 * - Change is always exit − baseline on the instrument's scale (`ProgrammeReport.scale`).
 */

const Stat = z.nullable(z.number());
const Count = z.number().check(z.int(), z.nonnegative());

/** Why an evaluation section or group is hidden. */
export const EvaluationSuppression = z.enum([
  /** Fewer than k people (or, for dyads, fewer than k pairs). */
  'below_threshold',
  /** The group is a subset of a shown group and the rest (1 … k − 1 people) could be worked out. */
  'complement_below_threshold',
  /** Hidden because a hidden sibling could otherwise be worked out as total minus the others. */
  'complementary',
  /**
   * The figures would tell each member's value: an SD of 0, or all (or all but one) at the
   * scale's end (docs/privacy.md, scoring rule 10).
   */
  'homogeneous',
]);
export type EvaluationSuppression = z.infer<typeof EvaluationSuppression>;

/** A hidden section or group: no statistics, no exact n. */
export const SuppressedSection = z.strictObject({
  suppressed: z.literal(true),
  reason: EvaluationSuppression,
});
export type SuppressedSection = z.infer<typeof SuppressedSection>;

/** n, mean, SD and t-based confidence interval of the mean of one group's values. */
export const Summary = z.object({
  n: Count,
  mean: Stat,
  sd: Stat,
  ciLower: Stat,
  ciUpper: Stat,
});
export type Summary = z.infer<typeof Summary>;

/** Welch's two-sample t-test of `a − b` (R's `t.test(a, b, var.equal = FALSE)`). */
export const WelchTest = z.object({
  /** mean(a) − mean(b). */
  estimate: Stat,
  se: Stat,
  t: Stat,
  /** Welch–Satterthwaite degrees of freedom (not an integer). */
  df: Stat,
  /** Two-sided p. */
  p: Stat,
  ciLower: Stat,
  ciUpper: Stat,
});
export type WelchTest = z.infer<typeof WelchTest>;

/** A regression coefficient with its standard error and confidence interval. */
export const Coefficient = z.object({
  estimate: Stat,
  se: Stat,
  t: Stat,
  df: Stat,
  p: Stat,
  ciLower: Stat,
  ciUpper: Stat,
});
export type Coefficient = z.infer<typeof Coefficient>;

/** Completers vs baseline-only participants on one construct's baseline score. */
export const AttritionConstruct = z.object({
  constructId: Identifier,
  /** Baseline scores of matched participants with a score in both waves (the `all` group's n). */
  completers: Summary,
  /** Baseline scores of participants who answered only the baseline. */
  baselineOnly: Summary,
  /** completers − baseline-only. */
  welch: WelchTest,
  /** Cohen's d (pooled SD), completers − baseline-only. */
  d: Stat,
  /** True when the CI of the difference excludes 0 or |d| ≥ 0.2: the dropouts started elsewhere. */
  differs: z.boolean(),
  /**
   * Sensitivity bound: mean change over completers and baseline-only participants together,
   * counting every baseline-only participant as unchanged (change 0), with its t-based CI.
   * If the programme's effect holds up under this, drop-out alone cannot explain it.
   */
  changeIfDropoutsUnchanged: Summary,
  /** The completers' observed mean change, for comparison. */
  observedChange: Stat,
});
export type AttritionConstruct = z.infer<typeof AttritionConstruct>;

/** Section `attrition`: did the people who answered only the baseline differ? */
export const AttritionSection = z.discriminatedUnion('suppressed', [
  z.strictObject({
    suppressed: z.literal(false),
    completers: Count,
    baselineOnly: Count,
    /** True when any construct `differs`: read the change with drop-out in mind. */
    warning: z.boolean(),
    constructs: z.array(AttritionConstruct),
  }),
  SuppressedSection,
]);
export type AttritionSection = z.infer<typeof AttritionSection>;

/** Programme arm vs comparison arm on one construct. */
export const ComparisonConstruct = z.object({
  constructId: Identifier,
  /** Change (exit − baseline) of matched participants in each arm. */
  programme: Summary,
  comparison: Summary,
  /** Difference-in-differences: programme change − comparison change, Welch CI. */
  differenceInDifferences: WelchTest,
  /** ANCOVA `lm(exit ~ baseline + arm)`: the arm coefficient (programme − comparison at equal baseline). */
  ancova: Coefficient,
});
export type ComparisonConstruct = z.infer<typeof ComparisonConstruct>;

/** Section `comparison`: was it the programme? Both arms must reach k. */
export const ComparisonSection = z.discriminatedUnion('suppressed', [
  z.strictObject({
    suppressed: z.literal(false),
    programme: Count,
    comparison: Count,
    constructs: z.array(ComparisonConstruct),
  }),
  SuppressedSection,
]);
export type ComparisonSection = z.infer<typeof ComparisonSection>;

/** Mentoring pairs on one construct. */
export const DyadConstruct = z.object({
  constructId: Identifier,
  /** Change of the mentors / mentees of complete pairs (both partners matched). */
  mentor: Summary,
  mentee: Summary,
  /** Within complete pairs: mentee change − mentor change (paired t CI). */
  menteeMinusMentor: Summary,
  /** Pearson correlation of mentor and mentee change across complete pairs. */
  intraPairCorrelation: Stat,
  /**
   * Mean change of every matched participant with a `pairId`, with a CI that treats pairs as
   * clusters: `sandwich::vcovCL(lm(change ~ 1), cluster = ~pair, type = "HC1")` (which includes
   * the G/(G − 1) small-sample factor), t quantile with G − 1 degrees of freedom.
   */
  clusterRobust: Coefficient,
});
export type DyadConstruct = z.infer<typeof DyadConstruct>;

/** Section `dyads`: shown only with at least k complete pairs (never for a single pair). */
export const DyadSection = z.discriminatedUnion('suppressed', [
  z.strictObject({
    suppressed: z.literal(false),
    /** Pairs with both partners matched. */
    completePairs: Count,
    /** Clusters (distinct pairIds among matched participants) used for the robust CI. */
    clusters: Count,
    /** Matched participants with a pairId. */
    participants: Count,
    constructs: z.array(DyadConstruct),
  }),
  SuppressedSection,
]);
export type DyadSection = z.infer<typeof DyadSection>;

/** Smallest effect the programme's matched sample detects (paired t, two-sided). */
export const MinimumDetectableEffect = z.object({
  /** Matched participants (paired observations); null when withheld (below k). */
  n: z.nullable(Count),
  alpha: z.number(),
  power: z.number(),
  /** Minimum detectable d_z (mean change / SD of change); null when n < 2 or withheld. */
  dz: Stat,
  /** The same in scale points per construct: d_z × SD of change of the `all` group. */
  constructs: z.array(z.object({ constructId: Identifier, scalePoints: Stat })),
});
export type MinimumDetectableEffect = z.infer<typeof MinimumDetectableEffect>;

/** One item's statistics within one construct and wave (`psych::alpha` names in brackets). */
export const ItemStatistic = z.object({
  itemId: Identifier,
  /** Mean and SD of the item as scored (reverse-keyed items already reversed). */
  mean: Stat,
  sd: Stat,
  /** Corrected item–total correlation: item vs the sum of the other items (`r.drop`). */
  rDrop: Stat,
  /** Cronbach's alpha of the construct without this item (`alpha.drop$raw_alpha`). */
  alphaIfDropped: Stat,
});
export type ItemStatistic = z.infer<typeof ItemStatistic>;

/** Item statistics of one generation band, or hidden. */
export const ItemBandGroup = z.discriminatedUnion('suppressed', [
  z.strictObject({
    suppressed: z.literal(false),
    /** Generation band, or `not_stated`. */
    band: z.string(),
    n: Count,
    items: z.array(ItemStatistic),
  }),
  z.strictObject({
    suppressed: z.literal(true),
    band: z.string(),
    reason: EvaluationSuppression,
  }),
]);
export type ItemBandGroup = z.infer<typeof ItemBandGroup>;

/** Item analysis of one construct in one wave, over complete cases of matched participants. */
export const ItemAnalysis = z.object({
  constructId: Identifier,
  wave: z.enum(['baseline', 'exit']),
  /** Complete cases (every item of the construct answered). */
  n: Count,
  alpha: Stat,
  /**
   * McDonald's omega total from a one-factor least-squares (iterated principal axis) fit of the
   * item correlations, as `psych::omega`: 1 − Σ(1 − λ²) / (sum of the item correlation matrix);
   * null with fewer than 3 items or when the fit fails (a loading of 1 or more).
   */
  omega: Stat,
  items: z.array(ItemStatistic),
  byGeneration: z.array(ItemBandGroup),
  /**
   * Items that behave differently across the shown generation bands (a screening flag, not a DIF
   * model), judged for each pair of bands: the corrected item–total r differs by more than 0.3
   * (and Fisher's z test is significant), or the item's mean relative to each person's own
   * construct mean differs by more than 0.5 scale points (and a Welch t-test is
   * significant); significant = two-sided 5%, Bonferroni over items × band pairs.
   */
  divergentItems: z.array(Identifier),
});
export type ItemAnalysis = z.infer<typeof ItemAnalysis>;

/** One programme (or cohort) in a random-effects pooling. */
export const PooledStudy = z.object({
  programmeId: Slug,
  n: Count,
  /** Mean change and its sampling variance (SD² / n). */
  estimate: z.number(),
  variance: z.number(),
  /** Random-effects weight in percent. */
  weight: z.number(),
});
export type PooledStudy = z.infer<typeof PooledStudy>;

/** Random-effects pooling of one construct's mean change over several programmes. */
export const PooledConstruct = z.object({
  constructId: Identifier,
  studies: z.array(PooledStudy),
  /** Pooled mean change with its standard error and normal-theory CI (metafor's default). */
  estimate: Stat,
  se: Stat,
  ciLower: Stat,
  ciUpper: Stat,
  /** Between-programme variance τ² and I² (%), Cochran's Q. */
  tau2: Stat,
  i2: Stat,
  q: Stat,
  /** Where a new programme's true mean change is expected to fall (95%). */
  predictionLower: Stat,
  predictionUpper: Stat,
});
export type PooledConstruct = z.infer<typeof PooledConstruct>;

/** Result of `poolProgrammes`: several reports on the same instrument. */
export const PooledReport = z.object({
  instrument: z.object({ id: z.string(), version: z.string() }),
  method: z.enum(['REML', 'DL']),
  confidenceLevel: z.number(),
  constructs: z.array(PooledConstruct),
});
export type PooledReport = z.infer<typeof PooledReport>;

/**
 * Section `pooledCohorts`: the cohorts of one programme pooled like several programmes (see
 * `PooledReport`), from the report's own cohort groups, so it shows nothing those groups do not.
 * In `studies`, `programmeId` holds the cohort id.
 */
export const PooledCohortsSection = z.object({
  method: z.enum(['REML', 'DL']),
  confidenceLevel: z.number(),
  /** The shown cohorts pooled, in report order (hidden cohorts and `not_stated` are left out). */
  cohorts: z.array(Slug),
  constructs: z.array(PooledConstruct),
});
export type PooledCohortsSection = z.infer<typeof PooledCohortsSection>;

/** `ProgrammeReport.evaluation`. */
export const EvaluationReport = z.object({
  minimumDetectableEffect: MinimumDetectableEffect,
  attrition: z.nullable(AttritionSection),
  comparison: z.nullable(ComparisonSection),
  dyads: z.nullable(DyadSection),
  /** Per construct and wave; empty when fewer than k matched participants. */
  items: z.array(ItemAnalysis),
  /**
   * "Is it working across cohorts?": the programme's shown cohorts pooled with a random-effects
   * model; null with fewer than two shown cohorts. Optional: reports made before it lack it.
   */
  pooledCohorts: z.optional(z.nullable(PooledCohortsSection)),
});
export type EvaluationReport = z.infer<typeof EvaluationReport>;
