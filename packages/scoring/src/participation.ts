import type { ProgrammeReport } from '@genbridge/schema';

/** Participation counts before the anonymity rule is applied. */
export interface ParticipationCounts {
  baseline: number;
  exit: number;
  matched: number;
  baselineOnly: number;
  exitOnly: number;
  duplicatesReplaced: number;
}

/** The counts as sums over the three kinds of participant: matched, baseline only, exit only. */
const CELLS: Record<
  'baseline' | 'exit' | 'matched' | 'baselineOnly' | 'exitOnly',
  [number, number, number]
> = {
  matched: [1, 0, 0],
  exit: [1, 0, 1],
  baseline: [1, 1, 0],
  baselineOnly: [0, 1, 0],
  exitOnly: [0, 0, 1],
};
type Count = keyof typeof CELLS;
const ORDER: Count[] = ['matched', 'exit', 'baseline', 'baselineOnly', 'exitOnly'];

function rank(rows: readonly (readonly number[])[]): number {
  const a = rows.map((r) => [...r]);
  let r = 0;
  for (let c = 0; c < 3 && r < a.length; c++) {
    const p = a.findIndex((row, i) => i >= r && Math.abs(row[c] as number) > 1e-9);
    if (p < 0) continue;
    [a[r], a[p]] = [a[p] as number[], a[r] as number[]];
    const pivot = a[r] as number[];
    for (let i = 0; i < a.length; i++) {
      if (i === r) continue;
      const row = a[i] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let j = c; j < 3; j++) row[j] = (row[j] as number) - f * (pivot[j] as number);
    }
    r++;
  }
  return r;
}

/**
 * Applies the anonymity rules to the participation counts. They are sums over three kinds of
 * participant (matched, baseline only, exit only); a set of counts is safe when no combination of
 * kinds holding 1 to k − 1 people can be worked out from it (a rank test over three unknowns).
 * `shown` are the counts the report already gives elsewhere — `matched` is the n of the `all`
 * group, `exit` the n of the `all` feedback group when it includes exit-only responses — and the
 * other counts are added in the order matched, exit, baseline, baseline only, exit only while the
 * set stays safe; the rest are withheld (`null`). Zero reveals nobody. `duplicatesReplaced`
 * counts resubmissions, not people, and is always shown.
 */
export function releaseParticipation(
  counts: ParticipationCounts,
  k: number,
  shown: { matched: boolean; exit: boolean } = {
    matched: counts.matched >= k,
    exit: counts.exit >= k && (counts.exitOnly === 0 || counts.exitOnly >= k),
  },
): ProgrammeReport['participation'] {
  const people = [counts.matched, counts.baselineOnly, counts.exitOnly];
  const small: number[][] = [];
  for (let mask = 1; mask < 8; mask++) {
    const v = [mask & 1, (mask >> 1) & 1, (mask >> 2) & 1];
    const n = v.reduce((s, x, i) => s + x * (people[i] as number), 0);
    if (n > 0 && n < k) small.push(v);
  }
  const rows: number[][] = [];
  const safe = (candidate: readonly number[][]) => {
    const r = rank(candidate);
    return small.every((v) => rank([...candidate, v]) > r);
  };
  const released = new Set<Count>();
  for (const name of ORDER) {
    const forced = (name === 'matched' && shown.matched) || (name === 'exit' && shown.exit);
    const next = [...rows, CELLS[name]];
    if (forced || safe(next)) {
      rows.push(CELLS[name]);
      released.add(name);
    }
  }
  const value = (name: Count) => (released.has(name) ? counts[name] : null);
  return {
    baseline: value('baseline'),
    exit: value('exit'),
    matched: value('matched'),
    baselineOnly: value('baselineOnly'),
    exitOnly: value('exitOnly'),
    duplicatesReplaced: counts.duplicatesReplaced,
  };
}
