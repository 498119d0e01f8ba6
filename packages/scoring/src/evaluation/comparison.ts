import type { ComparisonConstruct, ComparisonSection } from '@genbridge/schema';
import { pairProgramme } from '../engine/wave-pairing.js';
import { welchTTest } from '../stats/welch-t-test.js';
import { ancova } from '../stats/ancova.js';
import { reportOrder, type EvaluationInput } from './context.js';
import { scoreRows } from './score-rows.js';
import { summarise } from './summary.js';
import { listReveals } from '../disclosure/extreme-values.js';
import { constructScores } from '../engine/matched-data.js';

/**
 * Programme arm vs comparison arm: per construct the change in each arm, the
 * difference-in-differences with a Welch CI, and the ANCOVA estimate `exit ~ baseline + arm`
 * (preferred: it adjusts for where each arm started; Vickers & Altman 2001). `null` without a
 * comparison arm; hidden when either arm has fewer than k matched participants.
 */
export function comparison(input: EvaluationInput): ComparisonSection | null {
  const { data, layout, anonymityThreshold: k, confidenceLevel } = input;
  if (input.comparison.length === 0) return null;
  const arm = pairProgramme(input.comparison, input.programmeId, input.instrumentId).paired;
  const m = arm.matchedBaselines.length;
  if (m < k || data.pairs < k) return { suppressed: true, reason: 'below_threshold' };
  const pre = scoreRows(arm.matchedBaselines, layout);
  const post = scoreRows(arm.matchedExits, layout);
  const change = { lo: layout.min - layout.max, hi: layout.max - layout.min, spread: true };
  let revealed = false;
  const constructs = reportOrder(layout).map((c): ComparisonConstruct => {
    const x: number[] = [];
    const y: number[] = [];
    const g: number[] = [];
    const programmeChange: number[] = [];
    const comparisonChange: number[] = [];
    const add = (a: number, b: number, group: 0 | 1) => {
      if (a !== a || b !== b) return;
      x.push(a);
      y.push(b);
      g.push(group);
      (group === 1 ? programmeChange : comparisonChange).push(b - a);
    };
    const before = constructScores(data.preScores, data.pairs, c);
    const after = constructScores(data.postScores, data.pairs, c);
    for (let p = 0; p < data.pairs; p++) add(before[p] as number, after[p] as number, 1);
    const armBefore = constructScores(pre.scores, m, c);
    const armAfter = constructScores(post.scores, m, c);
    for (let p = 0; p < m; p++) add(armBefore[p] as number, armAfter[p] as number, 0);
    // Scoring rule 10: neither arm's change may tell every member's change.
    if (listReveals(programmeChange, change) || listReveals(comparisonChange, change))
      revealed = true;
    return {
      constructId: layout.constructs[c]?.id as string,
      programme: summarise(programmeChange, confidenceLevel),
      comparison: summarise(comparisonChange, confidenceLevel),
      differenceInDifferences: welchTTest(programmeChange, comparisonChange, confidenceLevel),
      ancova: ancova(x, y, g, confidenceLevel),
    };
  });
  return revealed
    ? { suppressed: true, reason: 'homogeneous' }
    : { suppressed: false, programme: data.pairs, comparison: m, constructs };
}
