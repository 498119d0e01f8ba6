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
import { prepareProgramme } from './engine/prepare-programme.js';
import type { ScoringOptions } from './engine/scoring-options.js';
import {
  constructChange,
  constructRankLevels,
  createWorkspace,
} from './engine/construct-change.js';
import { reliabilityByGroup } from './engine/group-alpha.js';
import { groupCells } from './engine/groups.js';
import { hideFeedbackFigures, summariseFeedbackColumns } from './engine/feedback-columns.js';
import { summariseAdditional } from './engine/additional-answers.js';
import type { RankLevels } from './engine/rank-levels.js';
import { constructScores } from './engine/matched-data.js';
import { holmAdjust } from './stats/holm.js';
import { standardDeviation } from './stats/variance.js';
import { evaluateProgramme } from './evaluation/evaluate-programme.js';

export type { ScoringOptions } from './engine/scoring-options.js';

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
    feedbackAnswers,
    feedbackHidden,
    includeExitOnly,
    openTextReleased,
    additional,
    additionalHidden,
    arms,
  } = prepareProgramme(responses, instrument, options);
  const k = settings.anonymityThreshold;
  const levels = constructRankLevels(data);
  // Counters per rank level, not per pair: a construct's changes take a few dozen levels.
  const workspace = createWorkspace(
    data.pairs,
    levels.reduce((most, r) => Math.max(most, r.levels.length), 0),
  );
  const order = layout.constructs
    .map((_, i) => i)
    .sort(
      (a, b) => Number(layout.constructs[b]?.headline) - Number(layout.constructs[a]?.headline),
    );
  // Alpha of every construct and group in one pass per wave; plan[0] is `all`, the whole population.
  const cells = groupCells(layers, data.pairs, plan.length);
  const baselineAlpha = reliabilityByGroup(data.preItems, data, cells, plan.length);
  const exitAlpha = reliabilityByGroup(data.postItems, data, cells, plan.length);
  const reliability = order.map((c) => ({
    baseline: baselineAlpha[c] as Reliability[],
    exit: exitAlpha[c] as Reliability[],
  }));
  // Reliable change uses the whole population's baseline SD and alpha, so a person's
  // classification is the same in every group they belong to (and small groups do not make it noisy).
  const basis = order.map((c, i) => {
    const construct = layout.constructs[c];
    // Gathered into the workspace (free until the groups are scored), not a growing array.
    const scores = workspace.pre;
    const n = gatherScores(constructScores(data.preScores, data.pairs, c), scores);
    const supplied = construct ? options.reliability?.[construct.id] : undefined;
    return {
      sd: standardDeviation(scores, n),
      reliability: supplied ?? reliability[i]?.baseline[0]?.alpha ?? null,
    };
  });
  const ranking = order.map((c) => levels[c] as RankLevels);
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
  const feedback: FeedbackReport[] = feedbackPlan.map((g, index) => {
    const head = { key: g.key, dimension: g.dimension, value: g.value };
    if (g.suppressed) return { ...head, suppressed: true, reason: g.suppressed };
    const released = openTextReleased[index] === true;
    const summary = hideFeedbackFigures(
      summariseFeedbackColumns(feedbackAnswers, g.members, head, released, random),
      (q) => feedbackHidden(q, index),
    );
    if (!additional) return summary;
    return {
      ...summary,
      additional: summariseAdditional(
        additional,
        g.members,
        (j) => additionalHidden(j, index),
        released,
        random,
      ),
    };
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
      plan,
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

/**
 * Writes the scores of `scores` that are present to `out`; returns how many. A loop of its own
 * ending in a plain return, for the reason in `engine/rank-levels.ts`.
 */
function gatherScores(scores: Float64Array, out: Float64Array): number {
  let n = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (s === s) out[n++] = s;
  }
  return n;
}
