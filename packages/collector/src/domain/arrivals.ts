import type { ResponseKey } from '../storage/storage.js';

/**
 * What makes a response an arrival: a person's first receipt of a wave. Later receipts of the same
 * key are resubmissions.
 */
export function arrivalKey(r: ResponseKey): string {
  return `${r.wave}\u0000${r.participant}`;
}

/** How many of `arrivals` live figures may count: ⌊n/k⌋·k. */
export function countedArrivals(arrivals: number, k: number): number {
  return Math.floor(arrivals / k) * k;
}

/** A live total is shown when it is 0 or at least k; 1 to k − 1 people show as "fewer than k". */
export function liveTotalShown(total: number, k: number): boolean {
  return total === 0 || total >= k;
}

/**
 * The stored responses live counts may show: those received up to the arrival numbered ⌊n/k⌋·k,
 * where an arrival is a person's first receipt of a wave and n the number of arrivals, in receive
 * order. A manager who refreshes after every response could otherwise difference two views and
 * see that someone of a cohort answered just then; with the cut, two views differ by nobody or by
 * at least k arrivals. Stateless (a function of what is stored), so every collector sharing a
 * database shows the same view. A resubmission is no arrival: it cannot push the cut forward, and
 * a replacement after the cut waits for the next step.
 */
export function countedResponses<T extends ResponseKey>(
  stored: readonly T[],
  k: number,
): readonly T[] {
  const arrivals: number[] = [];
  const seen = new Set<string>();
  stored.forEach((r, i) => {
    const key = arrivalKey(r);
    if (seen.has(key)) return;
    seen.add(key);
    arrivals.push(i);
  });
  const counted = countedArrivals(arrivals.length, k);
  return counted === 0 ? [] : stored.slice(0, arrivals[counted - 1]! + 1);
}

/**
 * The response count a manager sees in the programme summary: the arrivals live participation
 * counts ({@link countedResponses}), all waves together, never the stored responses. The two views
 * then agree and change at the same moments by the same k arrivals; a resubmission moves neither,
 * an erasure both alike. Undefined (withheld) while exactly one wave's live total is hidden: the
 * count minus the other wave's total would give it, 1 to k − 1 people. When both are hidden, their
 * sum is a positive multiple of k, so the count tells no wave alone.
 */
export function liveResponseCount(stored: readonly ResponseKey[], k: number): number | undefined {
  const seen = new Set<string>();
  const perWave = new Map<string, number>();
  for (const r of countedResponses(stored, k)) {
    const key = arrivalKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    perWave.set(r.wave, (perWave.get(r.wave) ?? 0) + 1);
  }
  const hidden = [...perWave.values()].filter((n) => !liveTotalShown(n, k));
  return hidden.length === 1 ? undefined : seen.size;
}
