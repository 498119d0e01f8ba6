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
  const satisfaction: number[] = [];
  const recommend: number[] = [];
  const pairing: number[] = [];
  const meeting = counts(MeetingFrequency.options);
  let meetingN = 0;
  const valuable: string[] = [];
  const improvement: string[] = [];
  const size = members ? members.length : exits.length;
  for (let m = 0; m < size; m++) {
    const f = (exits[members ? (members[m] as number) : m] as SurveyResponse).feedback;
    if (!f) continue;
    if (f.satisfaction !== undefined) satisfaction.push(f.satisfaction);
    if (f.recommend !== undefined) recommend.push(f.recommend);
    if (f.pairingQuality !== undefined) pairing.push(f.pairingQuality);
    if (f.meetingFrequency !== undefined) {
      meeting[f.meetingFrequency] = (meeting[f.meetingFrequency] ?? 0) + 1;
      meetingN++;
    }
    // Validated feedback is already trimmed (ProgrammeFeedback trims); only skip empty answers.
    if (f.valuableLearning) valuable.push(f.valuableLearning);
    if (f.improvement) improvement.push(f.improvement);
  }
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
