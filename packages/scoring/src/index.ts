/**
 * `@genbridge/scoring`: pure functions that turn Genbridge baseline and exit responses into a
 * `ProgrammeReport` (see `@genbridge/schema`), the statistics they are built from, and the CSV
 * format of the `genbridge-score` CLI. No DOM and no Node built-ins: usable in the browser.
 * @packageDocumentation
 */
export { mean } from './stats/mean.js';
export { variance, standardDeviation } from './stats/variance.js';
export { pearson } from './stats/pearson.js';
export { meanInterval } from './stats/mean-interval.js';
export { pairedTTest, type PairedTTestResult } from './stats/paired-t-test.js';
export {
  wilcoxonSignedRank,
  type WilcoxonOptions,
  type WilcoxonResult,
  type Alternative,
} from './stats/wilcoxon-signed-rank.js';
export { psignrank } from './stats/signed-rank-distribution.js';
export { averageRanks, type Ranking } from './stats/rank.js';
export {
  pairedEffectSizes,
  hedgesCorrection,
  type PairedEffectSizes,
  type PairedSummary,
} from './stats/effect-sizes.js';
export {
  cronbachAlpha,
  cronbachAlphaMatrix,
  cronbachAlphaRows,
  type CronbachAlphaResult,
} from './stats/cronbach-alpha.js';
export { holmAdjust } from './stats/holm.js';
export {
  reliableChange,
  seDifference,
  RCI_CRITERION,
  type ReliableChangeResult,
} from './stats/reliable-change.js';
export { normalisedGain } from './stats/normalised-gain.js';
export { scoreProgramme, type ScoringOptions } from './score-programme.js';
export { scaleScores, DEFAULT_MIN_ITEM_SHARE } from './scale-scores.js';
export { pairResponses, type Pairing, type MatchedPair } from './pairing.js';
export {
  suppressBreakdown,
  DEFAULT_ANONYMITY_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
  DEFAULT_OPEN_TEXT_THRESHOLD,
  NOT_STATED,
  type GroupCount,
} from './anonymity.js';
export { summariseFeedback, netPromoterScore, shuffle } from './feedback.js';
export { LOW_ALPHA } from './engine/group-alpha.js';
export { responsesToCsv } from './csv/responses-to-csv.js';
export { responsesToTable, type ResponseTable, type TableCell } from './csv/responses-table.js';
export { responsesFromCsv, type CsvReadOptions } from './csv/responses-from-csv.js';
export { responsesFromJson } from './csv/responses-from-json.js';
export { csvHeader, REQUIRED_COLUMNS, RETRO_PREFIX } from './csv/columns.js';
export { InputError, formatProblem, type InputProblem } from './csv/input-error.js';
export { releaseParticipation, type ParticipationCounts } from './participation.js';
export { releaseEquations, type ScoreOptions } from './disclosure/release-equations.js';
export { auditDisclosure } from './disclosure/audit-disclosure.js';
export {
  unitColumnsInRowSpace,
  type OnesRow,
  type RowSpaceResult,
  type RowSpaceMethod,
} from './disclosure/row-space.js';
export type {
  DisclosureEquation,
  DisclosureRelease,
  DisclosureFinding,
  DisclosureVerdict,
} from './disclosure/types.js';
export { welchTTest, type WelchTTestResult } from './stats/welch-t-test.js';
export { cohensD } from './stats/cohens-d.js';
export { ancova } from './stats/ancova.js';
export { clusterRobustMean } from './stats/cluster-robust-mean.js';
export { type CoefficientResult } from './stats/coefficient.js';
export { pnt } from './stats/noncentral-t.js';
export { pairedPower, minimumDetectableDz, pairsNeeded } from './stats/paired-power.js';
export { randomEffects, type RandomEffectsResult, type TauMethod } from './stats/random-effects.js';
export {
  itemAnalysis,
  itemAnalysisRows,
  type ItemAnalysisResult,
  type ItemStatistics,
} from './stats/item-analysis.js';
export { omegaTotal, type OmegaResult } from './stats/omega.js';
export { qnorm } from './stats/normal-quantile.js';
export { planProgramme, type PlanInput, type ProgrammePlan } from './evaluation/plan-programme.js';
export { poolProgrammes, type PoolOptions } from './evaluation/pool-programmes.js';
export { splitArms } from './evaluation/split-arms.js';
export { ATTRITION_D } from './evaluation/attrition.js';
export { DIVERGENT_R_DROP, DIVERGENT_MEAN } from './evaluation/item-evidence.js';
export {
  codebook,
  type Codebook,
  type CodebookVariable,
  type CodebookConstruct,
  type VariableType,
} from './codebook/codebook.js';
export { codebookToMarkdown } from './codebook/codebook-markdown.js';
export { codebookToSpss } from './codebook/spss-syntax.js';
