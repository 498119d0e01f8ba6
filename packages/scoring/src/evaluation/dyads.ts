import type { DyadConstruct, DyadSection } from '@genbridge/schema';
import { clusterRobustMean } from '../stats/cluster-robust-mean.js';
import { pearson } from '../stats/pearson.js';
import { changeColumn, reportOrder, type EvaluationInput } from './context.js';
import { small, summarise } from './summary.js';
import { listReveals } from '../disclosure/extreme-values.js';

/**
 * Mentoring pairs (`pairId`): per construct the change of mentors and mentees of complete pairs,
 * mentee − mentor within pairs, the intra-pair correlation of change and the overall mean change
 * with a cluster-robust CI (pairs as clusters). `null` when no matched participant has a pairId.
 *
 * Anonymity: hidden below k complete pairs (so never for a single pair), and hidden when the
 * paired participants, or the mentors or mentees among them, differ from the shown `all` or role
 * group by 1 … k − 1 people (the rest could be worked out by subtraction).
 */
export function dyads(input: EvaluationInput): DyadSection | null {
  const { data, pairing, layout, anonymityThreshold: k, confidenceLevel } = input;
  const cluster: string[] = [];
  const rows: number[] = [];
  // Most programmes have no pairIds: look for them first, touching each response once.
  for (let p = 0; p < data.pairs; p++) {
    const id = pairing.matchedBaselines[p]?.pairId ?? pairing.matchedExits[p]?.pairId;
    if (id === undefined) continue;
    cluster.push(id);
    rows.push(p);
  }
  if (rows.length === 0) return null;
  const role = (p: number) => pairing.matchedBaselines[p]?.role ?? pairing.matchedExits[p]?.role;
  let mentors = 0;
  let mentees = 0;
  for (let p = 0; p < data.pairs; p++) {
    const r = role(p);
    if (r === 'mentor') mentors++;
    else if (r === 'mentee') mentees++;
  }
  const byPair = new Map<string, { mentor: number[]; mentee: number[] }>();
  rows.forEach((p, i) => {
    const id = cluster[i] as string;
    let entry = byPair.get(id);
    if (!entry) byPair.set(id, (entry = { mentor: [], mentee: [] }));
    const r = role(p);
    if (r === 'mentor' || r === 'mentee') entry[r].push(p);
  });
  const complete: [number, number][] = [];
  for (const e of byPair.values()) {
    if (e.mentor.length === 1 && e.mentee.length === 1)
      complete.push([e.mentor[0] as number, e.mentee[0] as number]);
  }
  if (complete.length < k) return { suppressed: true, reason: 'below_threshold' };
  if (
    small(data.pairs - rows.length, k) ||
    small(mentors - complete.length, k) ||
    small(mentees - complete.length, k)
  ) {
    return { suppressed: true, reason: 'complement_below_threshold' };
  }
  const range = { lo: layout.min - layout.max, hi: layout.max - layout.min, spread: true };
  let revealed = false;
  const constructs = reportOrder(layout).map((c): DyadConstruct => {
    const change = changeColumn(data, c);
    const mentor: number[] = [];
    const mentee: number[] = [];
    const within: number[] = [];
    for (const [a, b] of complete) {
      const x = change[a] as number;
      const y = change[b] as number;
      if (x !== x || y !== y) continue;
      mentor.push(x);
      mentee.push(y);
      within.push(y - x);
    }
    const values: number[] = [];
    const clusters: string[] = [];
    rows.forEach((p, i) => {
      const v = change[p] as number;
      if (v === v) {
        values.push(v);
        clusters.push(cluster[i] as string);
      }
    });
    const { clusters: _g, ...robust } = clusterRobustMean(values, clusters, confidenceLevel);
    // Scoring rule 10: no change figure of mentors, mentees, within pairs or overall may tell
    // every member's change (within pairs the range is twice as wide).
    const wide = { lo: 2 * range.lo, hi: 2 * range.hi, spread: true };
    if (
      listReveals(mentor, range) ||
      listReveals(mentee, range) ||
      listReveals(within, wide) ||
      listReveals(values, range)
    )
      revealed = true;
    return {
      constructId: layout.constructs[c]?.id as string,
      mentor: summarise(mentor, confidenceLevel),
      mentee: summarise(mentee, confidenceLevel),
      menteeMinusMentor: summarise(within, confidenceLevel),
      intraPairCorrelation: pearson(mentor, mentee),
      clusterRobust: robust,
    };
  });
  if (revealed) return { suppressed: true, reason: 'homogeneous' };
  return {
    suppressed: false,
    completePairs: complete.length,
    clusters: byPair.size,
    participants: rows.length,
    constructs,
  };
}
