import type { FeedbackSummary, SurveyResponse } from '@genbridge/schema';
import {
  binsOf,
  feedbackColumns,
  npsOf,
  shuffleInPlace,
  summariseFeedbackColumns,
} from './engine/feedback-columns.js';

/** Fisher–Yates shuffle with an injectable source of randomness (tests pass a seeded one). */
export function shuffle<T>(values: readonly T[], random: () => number): T[] {
  return shuffleInPlace([...values], random);
}

/**
 * Net Promoter Score of 0–10 answers: % promoters (9–10) − % detractors (0–6), or `null` with no
 * answers.
 */
export function netPromoterScore(values: readonly number[]): FeedbackSummary['nps'] {
  return npsOf(binsOf(values, 0, 10));
}

/**
 * Programme feedback of one group's exit responses (`members` indexes into `exits`; all of them
 * when omitted): satisfaction and pairing quality (1–5),
 * likelihood to recommend as NPS, meeting frequency, and the open-text answers — released only
 * when the group has at least `openTextThreshold` exit responses, and then in shuffled order so the
 * order of submission cannot identify anyone. The report's feedback groups are summarised by the
 * same column kernel.
 */
export function summariseFeedback(
  exits: readonly SurveyResponse[],
  members: ArrayLike<number> | undefined,
  group: Pick<FeedbackSummary, 'key' | 'dimension' | 'value'>,
  openTextThreshold: number,
  random: () => number,
): FeedbackSummary {
  const columns = feedbackColumns(exits, members);
  return summariseFeedbackColumns(
    columns,
    undefined,
    group,
    columns.size >= openTextThreshold,
    random,
  );
}
