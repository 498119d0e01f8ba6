import type {
  ConstructChange,
  GroupReport,
  FeedbackReport,
  Instrument,
  ProgrammeReport,
  Reliability,
  SurveyResponse,
} from '@genbridge/schema';
import { releaseParticipation } from './participation.js';
import {
  checkAnonymityThreshold,
  DEFAULT_ANONYMITY_THRESHOLD,
  DEFAULT_OPEN_TEXT_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
} from './anonymity.js';
import { compileInstrument } from './instrument-layout.js';
import { DEFAULT_MIN_ITEM_SHARE, writeItemRow, writeScoreRow } from './scale-scores.js';
import { pairProgramme } from './pairing.js';
import { groupColumns, groupLayers, planGroups } from './groups.js';
import { suppressFigures, type FigureFamily } from './disclosure/suppress-figures.js';
import {
  constructChange,
  constructRankLevels,
  createWorkspace,
  type ConstructFigures,
} from './construct-change.js';
import { reliabilityByGroup } from './group-reliability.js';
import { feedbackColumns, summariseFeedbackColumns } from './feedback.js';
import { holmAdjust } from './stats/holm.js';
import { standardDeviation } from './stats/variance.js';
import type { MatchedData } from './matched-data.js';
import type { RankLevels } from './stats/signed-rank-levels.js';
import { evaluateProgramme } from './evaluation/evaluate-programme.js';
import { splitArms } from './evaluation/split-arms.js';

/** Options of {@link scoreProgramme}; every one has a documented default. */
export interface ScoringOptions {
  /** Programme to score; required when the responses span several programmes. */
  programmeId?: string;
  /** k (default 5, never below 3): groups with fewer matched participants are suppressed. */
  anonymityThreshold?: number;
  /** Share of a construct's items that must be answered for a score (default 0.75). */
  minItemShare?: number;
  /** Open text is released only for groups at least this large (default 10, at least 3). */
  openTextThreshold?: number;
  /** Of the confidence interval of the mean difference (default 0.95). */
  confidenceLevel?: number;
  /** Reliability per construct id for reliable change, instead of the baseline alpha. */
  reliability?: Record<string, number>;
  /** Source of randomness for shuffling open text (default `Math.random`). */
  random?: () => number;
  /**
   * How the programme admits submissions, copied into the report: `invitation` or `open`
   * (self-generated codes; the report then warns that counts may include made-up participants).
   */
  integrity?: 'invitation' | 'open';
  /** Clock for `generatedAt` (default `new Date()`). */
  now?: () => Date;
}

function checkOptions(options: ScoringOptions) {
  const anonymityThreshold = checkAnonymityThreshold(
    options.anonymityThreshold ?? DEFAULT_ANONYMITY_THRESHOLD,
  );
  const minItemShare = options.minItemShare ?? DEFAULT_MIN_ITEM_SHARE;
  if (!(minItemShare >= 0 && minItemShare <= 1))
    throw new RangeError(`minItemShare must be between 0 and 1, got ${minItemShare}`);
  const openTextThreshold = options.openTextThreshold ?? DEFAULT_OPEN_TEXT_THRESHOLD;
  if (!Number.isInteger(openTextThreshold) || openTextThreshold < MIN_ANONYMITY_THRESHOLD) {
    throw new RangeError(
      `openTextThreshold must be an integer of at least ${MIN_ANONYMITY_THRESHOLD}, got ${openTextThreshold}`,
    );
  }
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  if (!(confidenceLevel > 0 && confidenceLevel < 1))
    throw new RangeError(`confidenceLevel must be between 0 and 1, got ${confidenceLevel}`);
  for (const [id, r] of Object.entries(options.reliability ?? {})) {
    if (!(r >= 0 && r < 1))
      throw new RangeError(`reliability.${id} must be at least 0 and below 1, got ${r}`);
  }
  if (
    options.integrity !== undefined &&
    options.integrity !== 'invitation' &&
    options.integrity !== 'open'
  )
    throw new RangeError(
      `integrity must be "invitation" or "open", got ${JSON.stringify(options.integrity)}`,
    );
  return { anonymityThreshold, minItemShare, openTextThreshold, confidenceLevel };
}

/**
 * Everything a report's figures are computed from: the pairing, the scored pairs and which
 * people make up every group (change and feedback) with its suppression. `releaseEquations`
 * rebuilds the same to say who is behind each released figure.
 */
export function prepareProgramme(
  responses: readonly SurveyResponse[],
  instrument: Instrument,
  options: ScoringOptions,
) {
  const settings = checkOptions(options);
  // The comparison arm is evaluated beside the programme (`evaluation.comparison`), never in its groups.
  const arms = splitArms(responses);
  const { programmeId, paired: pairing } = pairProgramme(
    arms.programme,
    options.programmeId,
    instrument.id,
  );
  const layout = compileInstrument(instrument, settings.minItemShare);
  const data = scoreMatched(pairing.matchedBaselines, pairing.matchedExits, layout);
  const k = settings.anonymityThreshold;
  const plan = planGroups(
    data.pairs,
    groupColumns(
      data.pairs,
      (i) => pairing.matchedBaselines[i],
      (i) => pairing.matchedExits[i],
    ),
    k,
  );
  const layers = groupLayers(plan, data.pairs);
  const C = layout.constructs.length;
  const families: FigureFamily[] = [];
  for (let c = 0; c < C; c++) {
    const scored = new Uint8Array(data.pairs);
    const gain = new Uint8Array(data.pairs);
    const retro = new Uint8Array(data.pairs);
    for (let p = 0; p < data.pairs; p++) {
      const pre = data.preScores[p * C + c] as number;
      const post = data.postScores[p * C + c] as number;
      const then = data.thenScores[p * C + c] as number;
      const both = pre === pre && post === post;
      scored[p] = both ? 1 : 0;
      gain[p] = both && pre < layout.max ? 1 : 0;
      retro[p] = then === then && post === post ? 1 : 0;
    }
    families.push(
      { flags: scored, threshold: k },
      { flags: gain, threshold: k },
      { flags: retro, threshold: k },
    );
  }
  const figures = suppressFigures(plan, layers, data.pairs, families, k);
  plan.forEach((g, i) => (g.suppressed = figures.groups[i] ?? null));
  const constructFigures = (c: number, g: number): ConstructFigures => ({
    main: figures.figures[3 * c]?.[g] ?? null,
    gain: figures.figures[3 * c + 1]?.[g] ?? null,
    retrospective: figures.figures[3 * c + 2]?.[g] ?? null,
  });

  // Exit-only responses join the feedback only when they are 0 or at least k: otherwise the n of
  // the `all` feedback group minus the matched n would count 1..k − 1 people.
  const exitOnly = pairing.exitOnly.length;
  const includeExitOnly = exitOnly === 0 || exitOnly >= k;
  const feedbackRows: number[] = [];
  pairing.exits.forEach((_, i) => {
    if (includeExitOnly || pairing.exitBaselines[i] !== undefined) feedbackRows.push(i);
  });
  const feedbackExits = feedbackRows.map((i) => pairing.exits[i] as SurveyResponse);
  const feedbackBaselines = feedbackRows.map((i) => pairing.exitBaselines[i]);
  const feedbackPlan = planGroups(
    feedbackExits.length,
    groupColumns(
      feedbackExits.length,
      (i) => feedbackBaselines[i],
      (i) => feedbackExits[i],
    ),
    k,
  );
  const feedbackFigures = suppressFigures(
    feedbackPlan,
    groupLayers(feedbackPlan, feedbackExits.length),
    feedbackExits.length,
    [
      {
        flags: new Uint8Array(feedbackExits.length).fill(1),
        threshold: settings.openTextThreshold,
      },
    ],
    k,
  );
  feedbackPlan.forEach((g, i) => (g.suppressed = feedbackFigures.groups[i] ?? null));
  const openTextReleased = feedbackPlan.map((_, i) => feedbackFigures.figures[0]?.[i] === null);
  return {
    settings,
    programmeId,
    pairing,
    layout,
    data,
    plan,
    layers,
    constructFigures,
    feedbackPlan,
    feedbackExits,
    includeExitOnly,
    openTextReleased,
    arms,
  };
}

/**
 * Scores a programme: pairs baseline and exit responses, computes per construct and group the
 * change with its tests and effect sizes, reliability, reliable change and the then-test, applies
 * the anonymity rules and summarises programme feedback. The result satisfies
 * `ProgrammeReport` of `@genbridge/schema`; every undefined statistic is `null` with a note code.
 *
 * Responses are trusted to be valid (`validateResponse` at the boundary — the collector and the
 * CLI do this); scoring does not re-parse them, which keeps 100k participants well under a second.
 *
 * @example
 * const report = scoreProgramme(responses, defaultInstrument, { anonymityThreshold: 5 });
 */
export function scoreProgramme(
  responses: readonly SurveyResponse[],
  instrument: Instrument,
  options: ScoringOptions = {},
): ProgrammeReport {
  const {
    settings,
    programmeId,
    pairing,
    data,
    layout,
    plan,
    layers,
    constructFigures,
    feedbackPlan,
    feedbackExits,
    includeExitOnly,
    openTextReleased,
    arms,
  } = prepareProgramme(responses, instrument, options);
  const k = settings.anonymityThreshold;
  const workspace = createWorkspace(data.pairs);
  const order = layout.constructs
    .map((_, i) => i)
    .sort(
      (a, b) => Number(layout.constructs[b]?.headline) - Number(layout.constructs[a]?.headline),
    );
  // Alpha of every group in one pass per construct and wave; plan[0] is `all`, the whole population.
  const reliability = order.map((c) => ({
    baseline: reliabilityByGroup(data.preItems, data, c, layers, plan.length),
    exit: reliabilityByGroup(data.postItems, data, c, layers, plan.length),
  }));
  // Reliable change uses the whole population's baseline SD and alpha, so a person's
  // classification is the same in every group they belong to (and small groups do not make it noisy).
  const basis = order.map((c, i) => {
    const construct = layout.constructs[c];
    // Gathered into the workspace (free until the groups are scored), not a growing array.
    const scores = workspace.pre;
    let n = 0;
    for (let p = 0; p < data.pairs; p++) {
      const s = data.preScores[p * layout.constructs.length + c] as number;
      if (s === s) scores[n++] = s;
    }
    const supplied = construct ? options.reliability?.[construct.id] : undefined;
    return {
      sd: standardDeviation(scores, n),
      reliability: supplied ?? reliability[i]?.baseline[0]?.alpha ?? null,
    };
  });
  const ranking = order.map((c) => constructRankLevels(data, c));
  const groups: GroupReport[] = plan.map((g, index) => {
    const head = { key: g.key, dimension: g.dimension, value: g.value };
    if (g.suppressed) return { ...head, suppressed: true, reason: g.suppressed };
    const constructs = order.map((c, i) =>
      constructChange(data, g.members, c, {
        confidenceLevel: settings.confidenceLevel,
        anonymityThreshold: k,
        reliableChangeBasis: basis[i] as { sd: number | null; reliability: number | null },
        reliability: {
          baseline: reliability[i]?.baseline[index] as Reliability,
          exit: reliability[i]?.exit[index] as Reliability,
        },
        ranking: ranking[i] as RankLevels,
        workspace,
        figures: constructFigures(c, index),
      }),
    );
    adjustHolm(constructs);
    return { ...head, suppressed: false, n: g.members.length, constructs };
  });

  const random = options.random ?? Math.random;
  const feedbackAnswers = feedbackColumns(feedbackExits);
  const feedback: FeedbackReport[] = feedbackPlan.map((g, index) => {
    const head = { key: g.key, dimension: g.dimension, value: g.value };
    if (g.suppressed) return { ...head, suppressed: true, reason: g.suppressed };
    return summariseFeedbackColumns(
      feedbackAnswers,
      g.members,
      head,
      openTextReleased[index] === true,
      random,
    );
  });

  return {
    schemaVersion: 1,
    programmeId,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    ...(options.integrity ? { integrity: options.integrity } : {}),
    instrument: { id: instrument.id, version: instrument.version },
    scale: { min: instrument.scale.min, max: instrument.scale.max },
    settings,
    constructs: order.map((c) => {
      const construct = instrument.constructs[c];
      if (!construct) throw new RangeError(`no construct ${c}`);
      return {
        id: construct.id,
        name: construct.name,
        headline: construct.headline,
        items: construct.items.length,
      };
    }),
    participation: releaseParticipation(
      {
        baseline: data.pairs + pairing.baselineOnly.length,
        exit: pairing.exits.length,
        matched: data.pairs,
        baselineOnly: pairing.baselineOnly.length,
        exitOnly: pairing.exitOnly.length,
        duplicatesReplaced: pairing.duplicatesReplaced,
      },
      settings.anonymityThreshold,
      {
        matched: plan[0]?.suppressed === null,
        exit: includeExitOnly && feedbackPlan[0]?.suppressed === null,
      },
    ),
    groups,
    feedback,
    evaluation: evaluateProgramme({
      programmeId,
      instrumentId: instrument.id,
      layout,
      data,
      pairing,
      comparison: arms.comparison,
      anonymityThreshold: k,
      confidenceLevel: settings.confidenceLevel,
      groups,
    }),
  };
}

/** Holm across the constructs of one group, separately for baseline→exit and then→exit tests. */
function adjustHolm(constructs: ConstructChange[]): void {
  const main = holmAdjust(constructs.map((c) => c.tTest.p));
  constructs.forEach((c, i) => (c.tTest.pHolm = main[i] ?? null));
  const withRetro = constructs.filter((c) => c.retrospective !== null);
  const retro = holmAdjust(withRetro.map((c) => c.retrospective?.tTest.p ?? null));
  withRetro.forEach((c, i) => {
    if (c.retrospective) c.retrospective.tTest.pHolm = retro[i] ?? null;
  });
}

/** Item values and construct scores of every matched pair, in one pass over the responses. */
function scoreMatched(
  baselines: readonly SurveyResponse[],
  exits: readonly SurveyResponse[],
  layout: MatchedData['layout'],
): MatchedData {
  const pairs = baselines.length;
  const I = layout.itemIds.length;
  const C = layout.constructs.length;
  const preItems = new Float32Array(pairs * I);
  const postItems = new Float32Array(pairs * I);
  const thenItems = new Float32Array(I);
  const preScores = new Float64Array(pairs * C);
  const postScores = new Float64Array(pairs * C);
  const thenScores = new Float64Array(pairs * C).fill(Number.NaN);
  const hasThen = layout.constructs.map(() => false);
  for (let i = 0; i < pairs; i++) {
    const exit = exits[i] as SurveyResponse;
    writeItemRow((baselines[i] as SurveyResponse).answers, layout, preItems, i * I);
    writeItemRow(exit.answers, layout, postItems, i * I);
    writeScoreRow(preItems, i * I, layout, preScores, i * C);
    writeScoreRow(postItems, i * I, layout, postScores, i * C);
    const retro = exit.retrospective;
    if (retro) {
      writeItemRow(retro, layout, thenItems, 0);
      writeScoreRow(thenItems, 0, layout, thenScores, i * C);
      for (let c = 0; c < C; c++)
        if (!Number.isNaN(thenScores[i * C + c] as number)) hasThen[c] = true;
    }
  }
  return { layout, pairs, preItems, postItems, preScores, postScores, thenScores, hasThen };
}
