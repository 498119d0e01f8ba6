import type {
  ConstructChange,
  FigureHiddenReason,
  Moments,
  Reliability,
  RetrospectiveChange,
} from '@genbridge/schema';
import { constructScores, type MatchedData } from './matched-data.js';
import { mean } from '../stats/mean.js';
import { standardDeviationAbout } from '../stats/variance.js';
import { meanInterval } from '../stats/mean-interval.js';
import { pearsonAbout } from '../stats/pearson.js';
import { pairedTTest } from '../stats/paired-t-test.js';
import { wilcoxonFromRanks } from '../stats/wilcoxon-signed-rank.js';
import {
  createRankCounters,
  rankLevels,
  signedRanksOfLevels,
  type RankCounters,
  type RankLevels,
} from './rank-levels.js';
import { pairedEffectSizes, type PairedEffectSizes } from '../stats/effect-sizes.js';
import { normalisedGain } from '../stats/normalised-gain.js';
import { reliableChange } from '../stats/reliable-change.js';

/** Scratch buffers (each at least as long as the largest group) reused for every group and construct. */
export interface Workspace {
  pre: Float64Array;
  post: Float64Array;
  difference: Float64Array;
  /** The group's signed rank levels, and counters per level. */
  signed: Int32Array;
  counters: RankCounters;
  /** The last gather's members without a first and without a second score. */
  missing: Int32Array;
}

/** Allocates a {@link Workspace} for groups of up to `size` pairs ranked on up to `levels` levels. */
export function createWorkspace(size: number, levels: number): Workspace {
  return {
    pre: new Float64Array(size),
    post: new Float64Array(size),
    difference: new Float64Array(size),
    signed: new Int32Array(size),
    counters: createRankCounters(levels),
    missing: new Int32Array(2),
  };
}

/**
 * Which of a construct's figures in a group the report's anonymity rules hide (see
 * `suppressFigures`): its change statistics, the normalised gain (over pairs below the maximum),
 * the then-test. `null` where shown.
 */
export interface ConstructFigures {
  main: FigureHiddenReason | null;
  gain: FigureHiddenReason | null;
  retrospective: FigureHiddenReason | null;
}

const ALL_SHOWN: ConstructFigures = { main: null, gain: null, retrospective: null };

/** What {@link constructChange} needs besides the data. */
export interface ConstructChangeSettings {
  confidenceLevel: number;
  anonymityThreshold: number;
  /** Baseline SD and reliability for reliable change, taken from the whole population. */
  reliableChangeBasis: { sd: number | null; reliability: number | null };
  /** Alpha of the construct in this group at baseline and exit (computed for all groups in one pass). */
  reliability: { baseline: Reliability; exit: Reliability };
  /** The construct's differences ranked once for all groups ({@link constructRankLevels}). */
  ranking: RankLevels;
  workspace: Workspace;
  /** Figures hidden by the report's anonymity rules (all shown when omitted). */
  figures?: ConstructFigures;
}

/** Rounded to 1e-9 so equal changes from different score means tie exactly in the ranking. */
const forRanking = (d: number) => Math.round(d * 1e9) / 1e9;

/**
 * Every construct's baseline→exit differences of every pair (rounded as {@link forRanking}),
 * prepared so each group's Wilcoxon test counts its pairs per |d| level instead of sorting; per
 * construct in layout order.
 */
export function constructRankLevels(data: MatchedData): RankLevels[] {
  return data.layout.constructs.map((_, c) => {
    const d = new Float64Array(data.pairs);
    writeDifferences(
      constructScores(data.preScores, data.pairs, c),
      constructScores(data.postScores, data.pairs, c),
      d,
    );
    return rankLevels(d);
  });
}

/** Post − pre of every pair; a loop ending in a plain return (see `rank-levels.ts`). */
function writeDifferences(pre: Float64Array, post: Float64Array, d: Float64Array): void {
  for (let i = 0; i < d.length; i++) d[i] = forRanking((post[i] as number) - (pre[i] as number));
}

const NO_EFFECT: PairedEffectSizes = { dz: null, dav: null, drm: null, gav: null };

function moments(values: Float64Array, n: number, confidenceLevel: number): Moments {
  const m = mean(values, n);
  const sd = m === null ? null : standardDeviationAbout(values, n, m);
  return { mean: m, sd, ...meanInterval(m, sd, n, confidenceLevel) };
}

/**
 * Paired statistics shared by the baseline→exit and then→exit comparisons; `d` holds the
 * differences `post − pre`, written while gathering the pairs.
 */
function pairedStats(
  pre: Float64Array,
  post: Float64Array,
  n: number,
  confidenceLevel: number,
  d: Float64Array,
) {
  const t = pairedTTest(d, confidenceLevel, n);
  const before = moments(pre, n, confidenceLevel);
  const after = moments(post, n, confidenceLevel);
  const correlation =
    before.mean === null || after.mean === null
      ? null
      : pearsonAbout(pre, post, n, before.mean, after.mean);
  const effectSize = pairedEffectSizes({
    n,
    meanDifference: t.mean,
    sdDifference: t.sd,
    sdPre: before.sd,
    sdPost: after.sd,
    correlation,
  });
  return { d, t, before, after, correlation, effectSize };
}

/**
 * Change of construct `c` within a group (`members` = pair indices): moments per wave, paired t,
 * Wilcoxon, effect sizes, normalised gain, reliable change, alpha per wave, then-test. `pHolm` is
 * left null; the caller adjusts across the group's constructs. When fewer than k pairs have both
 * scores the statistics stay null (note `construct_n_below_threshold`) so a thinly answered
 * construct cannot single people out inside a group that is itself large enough.
 */
export function constructChange(
  data: MatchedData,
  members: Int32Array,
  c: number,
  s: ConstructChangeSettings,
): ConstructChange {
  const { layout } = data;
  const construct = layout.constructs[c];
  if (!construct) throw new RangeError(`no construct ${c}`);
  const { pre, post, signed, difference, missing } = s.workspace;
  const n = gatherPairs(
    constructScores(data.preScores, data.pairs, c),
    constructScores(data.postScores, data.pairs, c),
    members,
    s.workspace,
    s.ranking.signed,
  );
  const missingPre = missing[0] as number;
  const missingPost = missing[1] as number;
  const { reliability } = s;
  const base = {
    constructId: construct.id,
    n,
    reliability,
    missing: { baseline: missingPre, exit: missingPost },
  };
  const figures = s.figures ?? ALL_SHOWN;
  if (n < s.anonymityThreshold || figures.main !== null) {
    return {
      ...base,
      baseline: { mean: null, sd: null, ciLower: null, ciUpper: null },
      exit: { mean: null, sd: null, ciLower: null, ciUpper: null },
      correlation: null,
      difference: { mean: null, sd: null, ciLower: null, ciUpper: null },
      tTest: { t: null, df: Math.max(0, n - 1), p: null, pHolm: null },
      wilcoxon: { v: null, p: null, method: 'none', nNonZero: 0 },
      effectSize: NO_EFFECT,
      normalisedGain: null,
      reliableChange: {
        reliability: s.reliableChangeBasis.reliability,
        seDiff: null,
        improved: 0,
        declined: 0,
        unchanged: 0,
      },
      retrospective: null,
      notes: [
        n < s.anonymityThreshold
          ? 'construct_n_below_threshold'
          : figures.main === 'homogeneous'
            ? 'construct_homogeneous'
            : 'construct_suppressed_complementary',
      ],
    };
  }
  const notes = new Set<string>();
  const p = pairedStats(pre, post, n, s.confidenceLevel, difference);
  for (const note of p.t.notes) notes.add(note);
  if (p.correlation === null) notes.add('correlation_undefined');
  const w = wilcoxonFromRanks(
    signedRanksOfLevels(signed, n, s.ranking.levels.length, s.workspace.counters),
  );
  if (w.method === 'none') notes.add('no_nonzero_differences');
  const computed = normalisedGain(pre, post, layout.max, n);
  const gain = figures.gain === null ? computed : null;
  if (computed === null) notes.add('normalised_gain_undefined');
  else if (gain === null) notes.add('normalised_gain_suppressed');
  const rc = reliableChange(
    pre,
    post,
    s.reliableChangeBasis.sd,
    s.reliableChangeBasis.reliability,
    n,
  );
  if (rc.seDiff === null) notes.add('reliable_change_undefined');
  if (reliability.baseline.low || reliability.exit.low) notes.add('low_reliability');

  return {
    ...base,
    baseline: p.before,
    exit: p.after,
    correlation: p.correlation,
    difference: { mean: p.t.mean, sd: p.t.sd, ciLower: p.t.ciLower, ciUpper: p.t.ciUpper },
    tTest: { t: p.t.t, df: p.t.df, p: p.t.p, pHolm: null },
    wilcoxon: { v: w.v, p: w.p, method: w.method, nNonZero: w.nNonZero },
    effectSize: p.effectSize,
    normalisedGain: gain,
    reliableChange: { reliability: s.reliableChangeBasis.reliability, ...rc },
    retrospective: data.hasThen[c]
      ? retrospectiveChange(data, members, c, s, notes, figures.retrospective)
      : null,
    notes: [...notes],
  };
}

/**
 * The members with both a `first` and a `second` score (one construct's, see `constructScores`):
 * their scores into the workspace's `pre` and `post`, their differences into `difference` and,
 * given `signed`, their signed rank levels into its `signed`; how many lack each score into
 * `missing`. Returns how many pairs. A loop function of its own that ends in a plain return, for
 * the reason given in `rank-levels.ts`.
 */
function gatherPairs(
  first: Float64Array,
  second: Float64Array,
  members: Int32Array,
  w: Workspace,
  signed: Int32Array | null,
): number {
  const { pre: a, post: b, difference: d, signed: levels } = w;
  let n = 0;
  let missingFirst = 0;
  let missingSecond = 0;
  for (let m = 0; m < members.length; m++) {
    const member = members[m] as number;
    const x = first[member] as number;
    const y = second[member] as number;
    if (x !== x) missingFirst++;
    if (y !== y) missingSecond++;
    if (x === x && y === y) {
      a[n] = x;
      b[n] = y;
      d[n] = y - x;
      if (signed !== null) levels[n] = signed[member] as number;
      n++;
    }
  }
  w.missing[0] = missingFirst;
  w.missing[1] = missingSecond;
  return n;
}

/** Then-test vs exit over the group's pairs that have both scores. */
function retrospectiveChange(
  data: MatchedData,
  members: Int32Array,
  c: number,
  s: ConstructChangeSettings,
  notes: Set<string>,
  hidden: FigureHiddenReason | null,
): RetrospectiveChange {
  // The baseline→exit statistics are complete, so their buffers can be reused.
  const { pre: then, post, difference } = s.workspace;
  const n = gatherPairs(
    constructScores(data.thenScores, data.pairs, c),
    constructScores(data.postScores, data.pairs, c),
    members,
    s.workspace,
    null,
  );
  if (n < s.anonymityThreshold || hidden !== null) {
    notes.add(
      n < s.anonymityThreshold
        ? 'retrospective_n_below_threshold'
        : hidden === 'homogeneous'
          ? 'retrospective_homogeneous'
          : 'retrospective_suppressed_complementary',
    );
    return {
      n,
      then: { mean: null, sd: null, ciLower: null, ciUpper: null },
      post: { mean: null, sd: null, ciLower: null, ciUpper: null },
      difference: { mean: null, sd: null, ciLower: null, ciUpper: null },
      tTest: { t: null, df: Math.max(0, n - 1), p: null, pHolm: null },
      effectSize: NO_EFFECT,
    };
  }
  const p = pairedStats(then, post, n, s.confidenceLevel, difference);
  for (const note of p.t.notes) notes.add(`retrospective_${note}`);
  return {
    n,
    then: p.before,
    post: p.after,
    difference: { mean: p.t.mean, sd: p.t.sd, ciLower: p.t.ciLower, ciUpper: p.t.ciUpper },
    tTest: { t: p.t.t, df: p.t.df, p: p.t.p, pHolm: null },
    effectSize: p.effectSize,
  };
}
