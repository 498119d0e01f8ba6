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

/** Value of the group people without a value for a breakdown are gathered in. */
export const NOT_STATED = 'not_stated';

/**
 * Decides which groups of one breakdown (role, cohort, generation) are hidden, given the size
 * of the whole population (`total`) and whether the total is itself shown:
 * 1. a group with fewer than k members is hidden (`below_threshold`);
 * 2. complementary suppression: while the people hidden in this breakdown — everyone in no shown
 *    group, including members of `total` listed in no group — number 1 to k − 1, the smallest shown
 *    group is hidden too (`complement_below_threshold` when the rest of the population beside it
 *    is 1 to k − 1, else `complementary`). Otherwise `total − Σ shown groups` would be the sum over
 *    those few people (issue 9, attacks 2 and 3: an empty breakdown field; several small groups).
 * `hidden` gives groups already hidden for another reason (kept, and counted as hidden).
 * Returns the reason per group value, `null` where the group is shown.
 */
export function suppressBreakdown(
  groups: readonly GroupCount[],
  total: number,
  k: number,
  totalShown: boolean,
  hidden: ReadonlyMap<string, SuppressionReason> = new Map(),
): Map<string, SuppressionReason | null> {
  const out = new Map<string, SuppressionReason | null>();
  let hiddenPeople = total;
  for (const g of groups) {
    const reason = hidden.get(g.value) ?? (g.n < k ? 'below_threshold' : null);
    out.set(g.value, reason);
    if (reason === null) hiddenPeople -= g.n;
  }
  if (!totalShown) return out;
  while (hiddenPeople > 0 && hiddenPeople < k) {
    let next: GroupCount | undefined;
    for (const g of groups)
      if (out.get(g.value) === null && (next === undefined || g.n < next.n)) next = g;
    if (!next) break;
    const rest = total - next.n;
    out.set(next.value, rest > 0 && rest < k ? 'complement_below_threshold' : 'complementary');
    hiddenPeople += next.n;
  }
  return out;
}

/** Checks k: an integer of at least {@link MIN_ANONYMITY_THRESHOLD}. */
export function checkAnonymityThreshold(k: number): number {
  if (!Number.isInteger(k) || k < MIN_ANONYMITY_THRESHOLD) {
    throw new RangeError(
      `anonymityThreshold must be an integer of at least ${MIN_ANONYMITY_THRESHOLD}, got ${k}`,
    );
  }
  return k;
}
