import {
  checkAnonymityThreshold,
  DEFAULT_ANONYMITY_THRESHOLD,
  DEFAULT_OPEN_TEXT_THRESHOLD,
  MIN_ANONYMITY_THRESHOLD,
} from '../anonymity.js';
import { DEFAULT_MIN_ITEM_SHARE } from '../scale-scores.js';

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

export function checkOptions(options: ScoringOptions) {
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
