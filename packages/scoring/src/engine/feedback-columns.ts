import {
  MeetingFrequency,
  type FeedbackSummary,
  type FigureHiddenReason,
  type SurveyResponse,
} from '@genbridge/schema';
import type { AnswerColumn } from '../disclosure/homogeneity.js';

/** Fisher–Yates shuffle of `out` itself with an injectable source of randomness. */
export function shuffleInPlace<T>(out: T[], random: () => number): T[] {
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function counts(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

/**
 * Answers `from`..`to` are tallied in a typed array of counts (index = answer − from): groups of
 * 100k people then cost no growing arrays, and every summary below is a function of the counts.
 */
const newBins = (from: number, to: number) => new Uint32Array(to - from + 1);

export function binsOf(values: readonly number[], from: number, to: number): Uint32Array {
  const bins = newBins(from, to);
  for (const v of values) bins[v - from] = (bins[v - from] as number) + 1;
  return bins;
}

/** The counts as a record keyed by answer, in answer order. */
function distribution(bins: Uint32Array, from: number): Record<string, number> {
  const out: Record<string, number> = {};
  bins.forEach((count, i) => (out[String(from + i)] = count));
  return out;
}

function ratingOf(bins: Uint32Array, from: number) {
  let n = 0;
  let sum = 0;
  // Integer sums: exact, so the mean does not depend on the order answers were counted in.
  bins.forEach((count, i) => {
    n += count;
    sum += (from + i) * count;
  });
  return { n, mean: n === 0 ? null : sum / n, distribution: distribution(bins, from) };
}

/**
 * Net Promoter Score of the counts of the answers 0–10: % promoters (9–10) − % detractors (0–6),
 * or `null` with no answers.
 */
export function npsOf(bins: Uint32Array): FeedbackSummary['nps'] {
  let n = 0;
  let promoters = 0;
  let detractors = 0;
  bins.forEach((count, v) => {
    n += count;
    if (v >= 9) promoters += count;
    else if (v <= 6) detractors += count;
  });
  return {
    n,
    score: n === 0 ? null : (100 * (promoters - detractors)) / n,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    distribution: distribution(bins, 0),
  };
}

/** No answer, in the small-integer columns of {@link FeedbackColumns}. */
const NONE = -1;

/**
 * The exit responses' feedback as columns, read from the response objects once: scoring
 * summarises every feedback group (all, role, cohort, generation) from these instead of walking
 * 100k response objects once per breakdown.
 */
export interface FeedbackColumns {
  size: number;
  /** 1–5, 0–10 and 1–5 answers; {@link NONE} where not answered. */
  satisfaction: Int8Array;
  recommend: Int8Array;
  pairingQuality: Int8Array;
  /** Index into `MeetingFrequency.options`, {@link NONE} where not answered. */
  meetingFrequency: Int8Array;
  valuableLearning: (string | undefined)[];
  improvement: (string | undefined)[];
}

const MEETING_INDEX = new Map<string, number>(MeetingFrequency.options.map((o, i) => [o, i]));

/** {@link FeedbackColumns} of `exits`, or of `exits[members[m]]` when members are given. */
export function feedbackColumns(
  exits: readonly SurveyResponse[],
  members?: ArrayLike<number>,
): FeedbackColumns {
  const size = members ? members.length : exits.length;
  const out: FeedbackColumns = {
    size,
    satisfaction: new Int8Array(size).fill(NONE),
    recommend: new Int8Array(size).fill(NONE),
    pairingQuality: new Int8Array(size).fill(NONE),
    meetingFrequency: new Int8Array(size).fill(NONE),
    valuableLearning: new Array<string | undefined>(size),
    improvement: new Array<string | undefined>(size),
  };
  for (let m = 0; m < size; m++) {
    const f = (exits[members ? (members[m] as number) : m] as SurveyResponse).feedback;
    if (!f) continue;
    if (f.satisfaction !== undefined) out.satisfaction[m] = f.satisfaction;
    if (f.recommend !== undefined) out.recommend[m] = f.recommend;
    if (f.pairingQuality !== undefined) out.pairingQuality[m] = f.pairingQuality;
    if (f.meetingFrequency !== undefined)
      out.meetingFrequency[m] = MEETING_INDEX.get(f.meetingFrequency) ?? NONE;
    // Validated feedback is already trimmed (ProgrammeFeedback trims); only skip empty answers.
    if (f.valuableLearning) out.valuableLearning[m] = f.valuableLearning;
    if (f.improvement) out.improvement[m] = f.improvement;
  }
  return out;
}

/**
 * Programme feedback of the rows `members` of {@link FeedbackColumns} (all when omitted):
 * satisfaction and pairing quality (1–5), likelihood to recommend as NPS, meeting frequency, and
 * the open-text answers when `released` (scoring decides that across the groups of a report),
 * then in shuffled order so the order of submission cannot identify anyone.
 */
export function summariseFeedbackColumns(
  columns: FeedbackColumns,
  members: ArrayLike<number> | undefined,
  group: Pick<FeedbackSummary, 'key' | 'dimension' | 'value'>,
  released: boolean,
  random: () => number,
): FeedbackSummary {
  const satisfaction = newBins(1, 5);
  const recommend = newBins(0, 10);
  const pairing = newBins(1, 5);
  const meetingCounts = new Uint32Array(MeetingFrequency.options.length);
  let meetingN = 0;
  const size = members ? members.length : columns.size;
  // Allocated at the group's size on the first text and trimmed, not grown by push: grown arrays
  // of 100k texts left their earlier copies in the old generation, and scoring's major GCs mark
  // the whole input. A question nobody answered allocates nothing.
  let valuable: string[] = [];
  let improvement: string[] = [];
  let valuableN = 0;
  let improvementN = 0;
  for (let m = 0; m < size; m++) {
    const row = members ? (members[m] as number) : m;
    const s = columns.satisfaction[row] as number;
    if (s !== NONE) satisfaction[s - 1] = (satisfaction[s - 1] as number) + 1;
    const r = columns.recommend[row] as number;
    if (r !== NONE) recommend[r] = (recommend[r] as number) + 1;
    const q = columns.pairingQuality[row] as number;
    if (q !== NONE) pairing[q - 1] = (pairing[q - 1] as number) + 1;
    const f = columns.meetingFrequency[row] as number;
    if (f !== NONE) {
      meetingCounts[f] = (meetingCounts[f] as number) + 1;
      meetingN++;
    }
    if (!released) continue;
    const v = columns.valuableLearning[row];
    if (v !== undefined) {
      if (valuableN === 0) valuable = new Array<string>(size);
      valuable[valuableN++] = v;
    }
    const i = columns.improvement[row];
    if (i !== undefined) {
      if (improvementN === 0) improvement = new Array<string>(size);
      improvement[improvementN++] = i;
    }
  }
  valuable.length = valuableN;
  improvement.length = improvementN;
  const meeting = counts(MeetingFrequency.options);
  MeetingFrequency.options.forEach((o, i) => (meeting[o] = meetingCounts[i] as number));
  return {
    ...group,
    suppressed: false,
    n: size,
    satisfaction: ratingOf(satisfaction, 1),
    nps: npsOf(recommend),
    pairingQuality: ratingOf(pairing, 1),
    meetingFrequency: { n: meetingN, distribution: meeting },
    openText: {
      released,
      valuableLearning: released ? shuffleInPlace(valuable, random) : [],
      improvement: released ? shuffleInPlace(improvement, random) : [],
    },
  };
}

/** The closed questions every exit survey asks, as named in `FeedbackSummary`. */
export const FEEDBACK_QUESTIONS = [
  'satisfaction',
  'nps',
  'pairingQuality',
  'meetingFrequency',
] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

const npsCategory = (v: number) => (v >= 9 ? 'promoter' : v <= 6 ? 'detractor' : 'passive');

/**
 * The built-in questions' answers as {@link AnswerColumn}s for the dominance rule. Recommend is
 * read as its NPS category: the report shows promoters, passives and detractors, and whenever the
 * 0–10 counts are dominated, so are the categories.
 */
export function builtinAnswerColumns(
  columns: FeedbackColumns,
): Record<FeedbackQuestion, AnswerColumn> {
  // One shared key list per answer value, not one array and string per person: at 100k exits
  // the per-person arrays were most of this function's time and a good part of scoring's garbage.
  const of = (values: Int8Array, key: (v: number) => string): AnswerColumn => {
    const shared = new Map<number, readonly string[]>();
    const keys = new Array<readonly string[] | undefined>(values.length);
    for (let i = 0; i < values.length; i++) {
      const v = values[i] as number;
      if (v === NONE) continue;
      let k = shared.get(v);
      if (k === undefined) shared.set(v, (k = [key(v)]));
      keys[i] = k;
    }
    return { multiple: false, keys };
  };
  return {
    satisfaction: of(columns.satisfaction, String),
    nps: of(columns.recommend, npsCategory),
    pairingQuality: of(columns.pairingQuality, String),
    meetingFrequency: of(columns.meetingFrequency, String),
  };
}

/**
 * `summary` with the figures of each question that `hidden` names replaced by null (its `n`
 * stays), and the reason stated.
 */
export function hideFeedbackFigures(
  summary: FeedbackSummary,
  hidden: (question: FeedbackQuestion) => FigureHiddenReason | null,
): FeedbackSummary {
  const out = { ...summary };
  const why = (q: FeedbackQuestion) => hidden(q);
  let reason = why('satisfaction');
  if (reason)
    out.satisfaction = { n: out.satisfaction.n, mean: null, distribution: null, hidden: reason };
  reason = why('pairingQuality');
  if (reason)
    out.pairingQuality = {
      n: out.pairingQuality.n,
      mean: null,
      distribution: null,
      hidden: reason,
    };
  reason = why('meetingFrequency');
  if (reason)
    out.meetingFrequency = { n: out.meetingFrequency.n, distribution: null, hidden: reason };
  reason = why('nps');
  if (reason)
    out.nps = {
      n: out.nps.n,
      score: null,
      promoters: null,
      passives: null,
      detractors: null,
      distribution: null,
      hidden: reason,
    };
  return out;
}
