import type { FigureHiddenReason, Instrument, SurveyResponse } from '@genbridge/schema';
import { checkOptions, type ScoringOptions } from './scoring-options.js';
import { compileInstrument, createItemTable, createKeyOrder } from './instrument-layout.js';
import { writeScoredRow } from './item-rows.js';
import { pairProgramme } from './wave-pairing.js';
import { groupColumns, groupLayers, planGroups } from './groups.js';
import { suppressFigures, type FigureFamily } from '../disclosure/suppress-figures.js';
import type { ConstructFigures } from './construct-change.js';
import { constructScores, type MatchedData } from './matched-data.js';
import { splitArms } from '../evaluation/split-arms.js';
import {
  additionalColumns,
  reportedQuestions,
  type AdditionalColumns,
} from './additional-answers.js';
import {
  builtinAnswerColumns,
  feedbackColumns,
  FEEDBACK_QUESTIONS,
  type FeedbackQuestion,
} from './feedback-columns.js';
import { suppressHomogeneous, type AnswerColumn } from '../disclosure/homogeneity.js';
import { suppressHomogeneousScores } from '../disclosure/construct-homogeneity.js';

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
  // Planned once, before the figure rules mark groups of this plan: the feedback groups start
  // from the same plan whenever they are over the same people.
  const planned = planGroups(
    data.pairs,
    groupColumns(
      data.pairs,
      (i) => pairing.matchedBaselines[i],
      (i) => pairing.matchedExits[i],
    ),
    k,
  );
  const plan = planned.map((g) => ({ ...g }));
  const layers = groupLayers(plan, data.pairs);
  const C = layout.constructs.length;
  const families: FigureFamily[] = [];
  for (let c = 0; c < C; c++) {
    const both = new Uint8Array(data.pairs);
    const gain = new Uint8Array(data.pairs);
    const then = new Uint8Array(data.pairs);
    flagPairs(data, c, layout.max, both, gain, then);
    // Per construct: pairs with both scores, those below the maximum (normalised gain), then-test.
    families.push(
      { flags: both, threshold: k },
      { flags: gain, threshold: k },
      { flags: then, threshold: k },
    );
  }
  const figures = suppressFigures(plan, layers, data.pairs, families, k);
  plan.forEach((g, i) => (g.suppressed = figures.groups[i] ?? null));
  // Then the dominance rule on scores (homogeneity: a mean at the scale's end, an SD of 0).
  const scoreFigures = suppressHomogeneousScores(plan, layers, data, figures.figures);
  const constructFigures = (c: number, g: number): ConstructFigures => ({
    main: scoreFigures[3 * c]?.[g] ?? null,
    gain: scoreFigures[3 * c + 1]?.[g] ?? null,
    retrospective: scoreFigures[3 * c + 2]?.[g] ?? null,
  });

  // Exit-only responses join the feedback only when they are 0 or at least k: otherwise the n of
  // the `all` feedback group minus the matched n would count 1..k − 1 people.
  const exitOnly = pairing.exitOnly.length;
  const includeExitOnly = exitOnly === 0 || exitOnly >= k;
  // Without exit-only responses the feedback is over the matched pairs, in the same order: their
  // plan (and layers) serve, not a second pass over 100k responses. Otherwise every exit is in it.
  const sameAsMatched = !includeExitOnly || exitOnly === 0;
  const feedbackExits = sameAsMatched ? pairing.matchedExits : pairing.exits;
  const feedbackPlan = sameAsMatched
    ? planned
    : planGroups(
        feedbackExits.length,
        groupColumns(
          feedbackExits.length,
          (i) => pairing.exitBaselines[i],
          (i) => pairing.exits[i],
        ),
        k,
      );
  const feedbackBaselines = sameAsMatched ? pairing.matchedBaselines : pairing.exitBaselines;
  // The programme's own questions: each closed one is a family of figures over the people who
  // answered it (k rule and complementary suppression, like a construct); open ones follow the
  // open-text family.
  const questions = reportedQuestions(instrument);
  const additional =
    questions.length === 0 ? null : additionalColumns(questions, feedbackExits, feedbackBaselines);
  const closed = questions.flatMap((q, j) => (q.kind === 'closed' ? [j] : []));
  const feedbackAnswers = feedbackColumns(feedbackExits);
  // Every feedback question is a family of figures over the people who answered it (k rule,
  // complementary suppression, overlap and audit), then the dominance rule (homogeneity).
  const builtin = builtinAnswerColumns(feedbackAnswers);
  const closedColumns: AnswerColumn[] = closed.map((j) => ({
    multiple: additional?.questions[j]?.multiple === true,
    keys: (additional as AdditionalColumns).answers[j] as (string[] | undefined)[],
  }));
  const questionColumns = [...FEEDBACK_QUESTIONS.map((q) => builtin[q]), ...closedColumns];
  const answered = (column: AnswerColumn) => {
    // A plain loop: Uint8Array.from with a map function goes through the iterator protocol.
    const flags = new Uint8Array(column.keys.length);
    for (let i = 0; i < flags.length; i++) if (column.keys[i]) flags[i] = 1;
    return flags;
  };
  const feedbackLayers = sameAsMatched ? layers : groupLayers(feedbackPlan, feedbackExits.length);
  const feedbackFigures = suppressFigures(
    feedbackPlan,
    feedbackLayers,
    feedbackExits.length,
    [
      {
        flags: new Uint8Array(feedbackExits.length).fill(1),
        threshold: settings.openTextThreshold,
      },
      ...questionColumns.map((column) => ({ flags: answered(column), threshold: k })),
    ],
    k,
  );
  feedbackPlan.forEach((g, i) => (g.suppressed = feedbackFigures.groups[i] ?? null));
  const openTextReleased = feedbackPlan.map((_, i) => feedbackFigures.figures[0]?.[i] === null);
  const questionHidden = questionColumns.map((column, q) =>
    suppressHomogeneous(
      feedbackPlan,
      feedbackLayers,
      column,
      feedbackPlan.map((g, i) =>
        g.suppressed ? 'complementary' : (feedbackFigures.figures[1 + q]?.[i] ?? null),
      ),
    ),
  );
  /** Why built-in feedback question `q`'s figures are hidden in feedback group `g` (null: shown). */
  const feedbackHidden = (q: FeedbackQuestion, g: number): FigureHiddenReason | null =>
    questionHidden[FEEDBACK_QUESTIONS.indexOf(q)]?.[g] ?? null;
  /** Why closed question `j`'s distribution is hidden in feedback group `g` (null: shown). */
  const additionalHidden = (j: number, g: number): FigureHiddenReason | null =>
    questionHidden[FEEDBACK_QUESTIONS.length + closed.indexOf(j)]?.[g] ?? null;
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
    feedbackAnswers,
    feedbackHidden,
    includeExitOnly,
    openTextReleased,
    additional,
    additionalHidden,
    arms,
  };
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
  const preItems = createItemTable(layout, pairs * I);
  const postItems = createItemTable(layout, pairs * I);
  const thenItems = createItemTable(layout, I);
  const preScores = new Float64Array(pairs * C);
  const postScores = new Float64Array(pairs * C);
  const thenScores = new Float64Array(pairs * C).fill(Number.NaN);
  const hasThen = layout.constructs.map(() => false);
  // Retrospective blocks hold other keys than full answers: each kind keeps its own key order.
  const answersOrder = createKeyOrder();
  const retroOrder = createKeyOrder();
  for (let i = 0; i < pairs; i++) {
    const exit = exits[i] as SurveyResponse;
    const baseline = (baselines[i] as SurveyResponse).answers;
    writeScoredRow(baseline, layout, preItems, i * I, preScores, i, pairs, answersOrder);
    writeScoredRow(exit.answers, layout, postItems, i * I, postScores, i, pairs, answersOrder);
    const retro = exit.retrospective;
    if (retro) {
      writeScoredRow(retro, layout, thenItems, 0, thenScores, i, pairs, retroOrder);
      for (let c = 0; c < C; c++)
        if (!Number.isNaN(thenScores[c * pairs + i] as number)) hasThen[c] = true;
    }
  }
  return { layout, pairs, preItems, postItems, preScores, postScores, thenScores, hasThen };
}

/**
 * Which pairs construct `c`'s figures are computed on: both scores (`both`), both and a baseline
 * below the scale's maximum (`gain`), a then-test and an exit score (`then`). A loop of its own
 * over arrays it is handed, for the reason in `rank-levels.ts`.
 */
function flagPairs(
  data: MatchedData,
  c: number,
  max: number,
  both: Uint8Array,
  gain: Uint8Array,
  then: Uint8Array,
): void {
  const preScores = constructScores(data.preScores, data.pairs, c);
  const postScores = constructScores(data.postScores, data.pairs, c);
  const thenScores = constructScores(data.thenScores, data.pairs, c);
  for (let p = 0; p < data.pairs; p++) {
    const pre = preScores[p] as number;
    const post = postScores[p] as number;
    const retro = thenScores[p] as number;
    const scored = pre === pre && post === post;
    both[p] = scored ? 1 : 0;
    gain[p] = scored && pre < max ? 1 : 0;
    then[p] = retro === retro && post === post ? 1 : 0;
  }
}
