import { MeetingFrequency, type FeedbackSummary, type SurveyResponse } from '@genbridge/schema';

/** Fisher–Yates shuffle with an injectable source of randomness (tests pass a seeded one). */
export function shuffle<T>(values: readonly T[], random: () => number): T[] {
  return shuffleInPlace([...values], random);
}

function shuffleInPlace<T>(out: T[], random: () => number): T[] {
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function counts(keys: readonly string[]): Record<string, number> {
  return Object.fromEntries(keys.map((k) => [k, 0]));
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** Counts of integer answers from..to in a typed array, turned into a keyed record once at the end. */
function tally(values: readonly number[], from: number, to: number): Record<string, number> {
  const bins = new Uint32Array(to - from + 1);
  for (const v of values) bins[v - from] = (bins[v - from] as number) + 1;
  const out = counts(range(from, to));
  bins.forEach((count, i) => (out[String(from + i)] = count));
  return out;
}

function rating(values: number[], from: number, to: number) {
  let sum = 0;
  for (const v of values) sum += v;
  return { n: values.length, mean: values.length === 0 ? null : sum / values.length, distribution: tally(values, from, to) };
}

/**
 * Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6), or `null` with no
 * answers.
 */
export function netPromoterScore(values: readonly number[]): FeedbackSummary['nps'] {
  const distribution = tally(values, 0, 10);
  let promoters = 0;
  let detractors = 0;
  for (const v of values) {
    if (v >= 9) promoters++;
    else if (v <= 6) detractors++;
  }
  const n = values.length;
  return {
    n,
    score: n === 0 ? null : (100 * (promoters - detractors)) / n,
    promoters,
    passives: n - promoters - detractors,
    detractors,
    distribution,
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
export function feedbackColumns(exits: readonly SurveyResponse[], members?: ArrayLike<number>): FeedbackColumns {
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
    if (f.meetingFrequency !== undefined) out.meetingFrequency[m] = MEETING_INDEX.get(f.meetingFrequency) ?? NONE;
    // Validated feedback is already trimmed (ProgrammeFeedback trims); only skip empty answers.
    if (f.valuableLearning) out.valuableLearning[m] = f.valuableLearning;
    if (f.improvement) out.improvement[m] = f.improvement;
  }
  return out;
}

/**
 * Programme feedback of one group's exit responses (`members` indexes into `exits`; all of them
 * when omitted): satisfaction and pairing quality (1–5),
 * likelihood to recommend as NPS, meeting frequency, and the open-text answers — released only
 * when the group has at least `openTextThreshold` exit responses, and then in shuffled order so the
 * order of submission cannot identify anyone.
 */
export function summariseFeedback(
  exits: readonly SurveyResponse[],
  members: ArrayLike<number> | undefined,
  group: Pick<FeedbackSummary, 'key' | 'dimension' | 'value'>,
  openTextThreshold: number,
  random: () => number,
): FeedbackSummary {
  return summariseFeedbackColumns(feedbackColumns(exits, members), undefined, group, openTextThreshold, random);
}

/** {@link summariseFeedback} of the rows `members` of {@link FeedbackColumns} (all when omitted). */
export function summariseFeedbackColumns(
  columns: FeedbackColumns,
  members: ArrayLike<number> | undefined,
  group: Pick<FeedbackSummary, 'key' | 'dimension' | 'value'>,
  openTextThreshold: number,
  random: () => number,
): FeedbackSummary {
  const satisfaction: number[] = [];
  const recommend: number[] = [];
  const pairing: number[] = [];
  const meetingCounts = new Uint32Array(MeetingFrequency.options.length);
  let meetingN = 0;
  const valuable: string[] = [];
  const improvement: string[] = [];
  const size = members ? members.length : columns.size;
  for (let m = 0; m < size; m++) {
    const row = members ? (members[m] as number) : m;
    const s = columns.satisfaction[row] as number;
    if (s !== NONE) satisfaction.push(s);
    const r = columns.recommend[row] as number;
    if (r !== NONE) recommend.push(r);
    const q = columns.pairingQuality[row] as number;
    if (q !== NONE) pairing.push(q);
    const f = columns.meetingFrequency[row] as number;
    if (f !== NONE) {
      meetingCounts[f] = (meetingCounts[f] as number) + 1;
      meetingN++;
    }
    const v = columns.valuableLearning[row];
    if (v !== undefined) valuable.push(v);
    const i = columns.improvement[row];
    if (i !== undefined) improvement.push(i);
  }
  const meeting = counts(MeetingFrequency.options);
  MeetingFrequency.options.forEach((o, i) => (meeting[o] = meetingCounts[i] as number));
  const released = size >= openTextThreshold;
  return {
    ...group,
    suppressed: false,
    n: size,
    satisfaction: rating(satisfaction, 1, 5),
    nps: netPromoterScore(recommend),
    pairingQuality: rating(pairing, 1, 5),
    meetingFrequency: { n: meetingN, distribution: meeting },
    openText: {
      released,
      valuableLearning: released ? shuffleInPlace(valuable, random) : [],
      improvement: released ? shuffleInPlace(improvement, random) : [],
    },
  };
}
