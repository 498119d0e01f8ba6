import type { SuppressionReason } from '@genbridge/schema';

/** Default k: groups with fewer matched participants are suppressed. */
export const DEFAULT_ANONYMITY_THRESHOLD = 5;
/** No caller may set k lower than this. */
export const MIN_ANONYMITY_THRESHOLD = 3;
/** Default group size from which open-text answers are released. */
export const DEFAULT_OPEN_TEXT_THRESHOLD = 10;

/** One group of a breakdown (e.g. `mentor` of `role`) with its size. */
export interface GroupCount {
  value: string;
  n: number;
}

/**
 * Decides which groups of one breakdown (role, cohort or generation) are hidden, given the size
 * of the whole population (`total`) and whether the total is itself shown:
 * 1. a group with fewer than k members is suppressed (`below_threshold`);
 * 2. a group whose complement (total − group) is between 1 and k − 1 is suppressed
 *    (`complement_below_threshold`): showing it and the total would reveal the small rest by
 *    differencing. A complement of 0 means the group *is* the total, which reveals nothing new;
 * 3. when exactly one group is suppressed and the total is shown, the next smallest group is
 *    suppressed too (`complementary`), so the hidden group is not total − Σ(shown groups).
 * Returns the reason per group value, `null` where the group is shown.
 */
export function suppressBreakdown(
  groups: readonly GroupCount[],
  total: number,
  k: number,
  totalShown: boolean,
): Map<string, SuppressionReason | null> {
  const out = new Map<string, SuppressionReason | null>();
  for (const g of groups) {
    const complement = total - g.n;
    out.set(
      g.value,
      g.n < k ? 'below_threshold' : complement > 0 && complement < k ? 'complement_below_threshold' : null,
    );
  }
  const suppressed = groups.filter((g) => out.get(g.value) !== null);
  if (totalShown && suppressed.length === 1) {
    let next: GroupCount | undefined;
    for (const g of groups) if (out.get(g.value) === null && (next === undefined || g.n < next.n)) next = g;
    if (next) out.set(next.value, 'complementary');
  }
  return out;
}

/** Checks k: an integer of at least {@link MIN_ANONYMITY_THRESHOLD}. */
export function checkAnonymityThreshold(k: number): number {
  if (!Number.isInteger(k) || k < MIN_ANONYMITY_THRESHOLD) {
    throw new RangeError(`anonymityThreshold must be an integer of at least ${MIN_ANONYMITY_THRESHOLD}, got ${k}`);
  }
  return k;
}
