const __T: Record<string, number> = (globalThis as any).__T ??= {};
const __now = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let __t = 0;
import type { FigureHiddenReason, Instrument, SurveyResponse } from '@genbridge/schema';
import { checkOptions, type ScoringOptions } from '../scoring-options.js';
import { compileInstrument } from '../instrument-layout.js';
import { writeItemRow, writeScoreRow } from '../item-rows.js';
import { pairProgramme } from '../wave-pairing.js';
import { groupColumns, groupLayers, planGroups } from '../groups.js';
import { suppressFigures, type FigureFamily } from '../../disclosure/suppress-figures.js';
import type { ConstructFigures } from '../construct-change.js';
import type { MatchedData } from '../matched-data.js';
import { splitArms } from '../../evaluation/split-arms.js';
import {
  additionalColumns,
  reportedQuestions,
  type AdditionalColumns,
} from '../additional-answers.js';
import {
  builtinAnswerColumns,
  feedbackColumns,
  FEEDBACK_QUESTIONS,
  type FeedbackQuestion,
} from '../feedback-columns.js';
import { suppressHomogeneous, type AnswerColumn } from '../../disclosure/homogeneity.js';

/**
 * Everything a report's figures are computed from: the pairing, the scored pairs and which
 * people make up every group (change and feedback) with its suppression. `releaseEquations`
 * rebuilds the same to say who is behind each released figure.
 */
export function prepareTimed(
  responses: readonly SurveyResponse[],
  instrument: Instrument,
  options: ScoringOptions,
) {
  { const n = __now(); __T['34'] = (__T['34'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['34'] = 'const settings = checkOptions(options);'; }
  __t = __now();
  const settings = checkOptions(options);
  // The comparison arm is evaluated beside the programme (`evaluation.comparison`), never in its groups.
  { const n = __now(); __T['37'] = (__T['37'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['37'] = 'const arms = splitArms(responses);'; }
  const arms = splitArms(responses);
  { const n = __now(); __T['39'] = (__T['39'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['39'] = 'const { programmeId, paired: pairing } = pairProgramme('; }
  const { programmeId, paired: pairing } = pairProgramme(
    arms.programme,
    options.programmeId,
    instrument.id,
  );
  { const n = __now(); __T['45'] = (__T['45'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['45'] = 'const layout = compileInstrument(instrument, settings.minIte'; }
  const layout = compileInstrument(instrument, settings.minItemShare);
  { const n = __now(); __T['47'] = (__T['47'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['47'] = 'const data = scoreMatched(pairing.matchedBaselines, pairing.'; }
  const data = scoreMatched(pairing.matchedBaselines, pairing.matchedExits, layout);
  { const n = __now(); __T['49'] = (__T['49'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['49'] = 'const k = settings.anonymityThreshold;'; }
  const k = settings.anonymityThreshold;
  { const n = __now(); __T['51'] = (__T['51'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['51'] = 'const plan = planGroups('; }
  const plan = planGroups(
    data.pairs,
    groupColumns(
      data.pairs,
      (i) => pairing.matchedBaselines[i],
      (i) => pairing.matchedExits[i],
    ),
    k,
  );
  { const n = __now(); __T['61'] = (__T['61'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['61'] = 'const layers = groupLayers(plan, data.pairs);'; }
  const layers = groupLayers(plan, data.pairs);
  { const n = __now(); __T['63'] = (__T['63'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['63'] = 'const C = layout.constructs.length;'; }
  const C = layout.constructs.length;
  { const n = __now(); __T['65'] = (__T['65'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['65'] = 'const families: FigureFamily[] = [];'; }
  const families: FigureFamily[] = [];
  { const n = __now(); __T['67'] = (__T['67'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['67'] = 'for (let c = 0; c < C; c++) {'; }
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
  { const n = __now(); __T['87'] = (__T['87'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['87'] = 'const figures = suppressFigures(plan, layers, data.pairs, fa'; }
  const figures = suppressFigures(plan, layers, data.pairs, families, k);
  { const n = __now(); __T['89'] = (__T['89'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['89'] = 'plan.forEach((g, i) => (g.suppressed = figures.groups[i] ?? '; }
  plan.forEach((g, i) => (g.suppressed = figures.groups[i] ?? null));
  { const n = __now(); __T['91'] = (__T['91'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['91'] = 'const constructFigures = (c: number, g: number): ConstructFi'; }
  const constructFigures = (c: number, g: number): ConstructFigures => ({
    main: figures.figures[3 * c]?.[g] ?? null,
    gain: figures.figures[3 * c + 1]?.[g] ?? null,
    retrospective: figures.figures[3 * c + 2]?.[g] ?? null,
  });

  // Exit-only responses join the feedback only when they are 0 or at least k: otherwise the n of
  // the `all` feedback group minus the matched n would count 1..k − 1 people.
  { const n = __now(); __T['100'] = (__T['100'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['100'] = 'const exitOnly = pairing.exitOnly.length;'; }
  const exitOnly = pairing.exitOnly.length;
  { const n = __now(); __T['102'] = (__T['102'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['102'] = 'const includeExitOnly = exitOnly === 0 || exitOnly >= k;'; }
  const includeExitOnly = exitOnly === 0 || exitOnly >= k;
  { const n = __now(); __T['104'] = (__T['104'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['104'] = 'const feedbackRows: number[] = [];'; }
  const feedbackRows: number[] = [];
  pairing.exits.forEach((_, i) => {
    if (includeExitOnly || pairing.exitBaselines[i] !== undefined) feedbackRows.push(i);
  });
  { const n = __now(); __T['109'] = (__T['109'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['109'] = 'const feedbackExits = feedbackRows.map((i) => pairing.exits['; }
  const feedbackExits = feedbackRows.map((i) => pairing.exits[i] as SurveyResponse);
  { const n = __now(); __T['111'] = (__T['111'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['111'] = 'const feedbackBaselines = feedbackRows.map((i) => pairing.ex'; }
  const feedbackBaselines = feedbackRows.map((i) => pairing.exitBaselines[i]);
  { const n = __now(); __T['113'] = (__T['113'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['113'] = 'const feedbackPlan = planGroups('; }
  const feedbackPlan = planGroups(
    feedbackExits.length,
    groupColumns(
      feedbackExits.length,
      (i) => feedbackBaselines[i],
      (i) => feedbackExits[i],
    ),
    k,
  );
  // The programme's own questions: each closed one is a family of figures over the people who
  // answered it (k rule and complementary suppression, like a construct); open ones follow the
  // open-text family.
  { const n = __now(); __T['126'] = (__T['126'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['126'] = 'const questions = reportedQuestions(instrument);'; }
  const questions = reportedQuestions(instrument);
  { const n = __now(); __T['128'] = (__T['128'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['128'] = 'const additional ='; }
  const additional =
    questions.length === 0 ? null : additionalColumns(questions, feedbackExits, feedbackBaselines);
  { const n = __now(); __T['131'] = (__T['131'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['131'] = "const closed = questions.flatMap((q, j) => (q.kind === 'clos"; }
  const closed = questions.flatMap((q, j) => (q.kind === 'closed' ? [j] : []));
  { const n = __now(); __T['133'] = (__T['133'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['133'] = 'const feedbackAnswers = feedbackColumns(feedbackExits);'; }
  const feedbackAnswers = feedbackColumns(feedbackExits);
  // Every feedback question is a family of figures over the people who answered it (k rule,
  // complementary suppression, overlap and audit), then the dominance rule (homogeneity).
  { const n = __now(); __T['137'] = (__T['137'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['137'] = 'const builtin = builtinAnswerColumns(feedbackAnswers);'; }
  const builtin = builtinAnswerColumns(feedbackAnswers);
  { const n = __now(); __T['139'] = (__T['139'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['139'] = 'const closedColumns: AnswerColumn[] = closed.map((j) => ({'; }
  const closedColumns: AnswerColumn[] = closed.map((j) => ({
    multiple: additional?.questions[j]?.multiple === true,
    keys: (additional as AdditionalColumns).answers[j] as (string[] | undefined)[],
  }));
  { const n = __now(); __T['144'] = (__T['144'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['144'] = 'const questionColumns = [...FEEDBACK_QUESTIONS.map((q) => bu'; }
  const questionColumns = [...FEEDBACK_QUESTIONS.map((q) => builtin[q]), ...closedColumns];
  { const n = __now(); __T['146'] = (__T['146'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['146'] = 'const answered = (column: AnswerColumn) => {'; }
  const answered = (column: AnswerColumn) => {
    // A plain loop: Uint8Array.from with a map function goes through the iterator protocol.
    const flags = new Uint8Array(column.keys.length);
    for (let i = 0; i < flags.length; i++) if (column.keys[i]) flags[i] = 1;
    return flags;
  };
  { const n = __now(); __T['153'] = (__T['153'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['153'] = 'const feedbackFigures = suppressFigures('; }
  const feedbackFigures = suppressFigures(
    feedbackPlan,
    groupLayers(feedbackPlan, feedbackExits.length),
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
  { const n = __now(); __T['167'] = (__T['167'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['167'] = 'feedbackPlan.forEach((g, i) => (g.suppressed = feedbackFigur'; }
  feedbackPlan.forEach((g, i) => (g.suppressed = feedbackFigures.groups[i] ?? null));
  { const n = __now(); __T['169'] = (__T['169'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['169'] = 'const openTextReleased = feedbackPlan.map((_, i) => feedback'; }
  const openTextReleased = feedbackPlan.map((_, i) => feedbackFigures.figures[0]?.[i] === null);
  { const n = __now(); __T['171'] = (__T['171'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['171'] = 'const questionHidden = questionColumns.map((column, q) =>'; }
  const questionHidden = questionColumns.map((column, q) =>
    suppressHomogeneous(
      feedbackPlan,
      column,
      feedbackPlan.map((g, i) =>
        g.suppressed ? 'complementary' : (feedbackFigures.figures[1 + q]?.[i] ?? null),
      ),
    ),
  );
  /** Why built-in feedback question `q`'s figures are hidden in feedback group `g` (null: shown). */
  { const n = __now(); __T['182'] = (__T['182'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['182'] = 'const feedbackHidden = (q: FeedbackQuestion, g: number): Fig'; }
  const feedbackHidden = (q: FeedbackQuestion, g: number): FigureHiddenReason | null =>
    questionHidden[FEEDBACK_QUESTIONS.indexOf(q)]?.[g] ?? null;
  /** Why closed question `j`'s distribution is hidden in feedback group `g` (null: shown). */
  { const n = __now(); __T['186'] = (__T['186'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['186'] = 'const additionalHidden = (j: number, g: number): FigureHidde'; }
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
  { const n = __now(); __T['216'] = (__T['216'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['216'] = 'const pairs = baselines.length;'; }
  const pairs = baselines.length;
  { const n = __now(); __T['218'] = (__T['218'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['218'] = 'const I = layout.itemIds.length;'; }
  const I = layout.itemIds.length;
  { const n = __now(); __T['220'] = (__T['220'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['220'] = 'const C = layout.constructs.length;'; }
  const C = layout.constructs.length;
  { const n = __now(); __T['222'] = (__T['222'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['222'] = 'const preItems = new Float32Array(pairs * I);'; }
  const preItems = new Float32Array(pairs * I);
  { const n = __now(); __T['224'] = (__T['224'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['224'] = 'const postItems = new Float32Array(pairs * I);'; }
  const postItems = new Float32Array(pairs * I);
  { const n = __now(); __T['226'] = (__T['226'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['226'] = 'const thenItems = new Float32Array(I);'; }
  const thenItems = new Float32Array(I);
  { const n = __now(); __T['228'] = (__T['228'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['228'] = 'const preScores = new Float64Array(pairs * C);'; }
  const preScores = new Float64Array(pairs * C);
  { const n = __now(); __T['230'] = (__T['230'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['230'] = 'const postScores = new Float64Array(pairs * C);'; }
  const postScores = new Float64Array(pairs * C);
  { const n = __now(); __T['232'] = (__T['232'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['232'] = 'const thenScores = new Float64Array(pairs * C).fill(Number.N'; }
  const thenScores = new Float64Array(pairs * C).fill(Number.NaN);
  { const n = __now(); __T['234'] = (__T['234'] ?? 0) + n - __t; __t = n; (globalThis as any).__L ??= {}; (globalThis as any).__L['234'] = 'const hasThen = layout.constructs.map(() => false);'; }
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
