import type { AttritionConstruct, AttritionSection } from '@genbridge/schema';
import { cohensD } from '../stats/cohens-d.js';
import { welchTTest } from '../stats/welch-t-test.js';
import { mean } from '../stats/mean.js';
import { reportOrder, type EvaluationInput } from './context.js';
import { scoreRows } from './score-rows.js';
import { summarise } from './summary.js';
import { listReveals } from '../disclosure/extreme-values.js';
import { constructScores } from '../engine/matched-data.js';

/** A baseline difference of at least this Cohen's d is flagged even when its CI includes 0. */
export const ATTRITION_D = 0.2;

/**
 * Completers (baseline and exit) vs baseline-only participants on every construct's baseline
 * score: Welch t-test with CI and Cohen's d, a flag when they differ, and a sensitivity bound for
 * the change that counts every baseline-only participant as unchanged. `null` without
 * baseline-only participants; hidden when either group is below k.
 */
export function attrition(input: EvaluationInput): AttritionSection | null {
  const { data, pairing, layout, anonymityThreshold: k, confidenceLevel } = input;
  const dropouts = pairing.baselineOnly;
  if (dropouts.length === 0) return null;
  if (dropouts.length < k || data.pairs < k) return { suppressed: true, reason: 'below_threshold' };
  const dropped = scoreRows(dropouts, layout);
  const revealed: Record<'completers' | 'baselineOnly' | 'changes' | 'bound', number[]>[] = [];
  const constructs = reportOrder(layout).map((c): AttritionConstruct => {
    const completers: number[] = [];
    const changes: number[] = [];
    const before = constructScores(data.preScores, data.pairs, c);
    const after = constructScores(data.postScores, data.pairs, c);
    for (let p = 0; p < data.pairs; p++) {
      const pre = before[p] as number;
      const post = after[p] as number;
      // Completers are exactly the people behind the `all` group's change (a score in both
      // waves), so no one can be worked out as the difference of two released baseline means.
      if (pre !== pre || post !== post) continue;
      completers.push(pre);
      changes.push(post - pre);
    }
    const baselineOnly: number[] = [];
    const dropouts = constructScores(dropped.scores, dropped.rows, c);
    for (let r = 0; r < dropped.rows; r++) {
      const s = dropouts[r] as number;
      if (s === s) baselineOnly.push(s);
    }
    const welch = welchTTest(completers, baselineOnly, confidenceLevel);
    const d = cohensD(completers, baselineOnly);
    const excludesZero =
      welch.ciLower !== null && welch.ciUpper !== null && (welch.ciLower > 0 || welch.ciUpper < 0);
    const bound = changes.concat(new Array<number>(baselineOnly.length).fill(0));
    revealed.push({ completers, baselineOnly, changes, bound });
    return {
      constructId: layout.constructs[c]?.id as string,
      completers: summarise(completers, confidenceLevel),
      baselineOnly: summarise(baselineOnly, confidenceLevel),
      welch,
      d,
      differs: excludesZero || (d !== null && Math.abs(d) >= ATTRITION_D),
      changeIfDropoutsUnchanged: summarise(bound, confidenceLevel),
      observedChange: mean(changes),
    };
  });
  // Scoring rule 10: no summary may tell every completer's or dropout's score or change.
  const score = { lo: layout.min, hi: layout.max, spread: true };
  const change = { lo: layout.min - layout.max, hi: layout.max - layout.min, spread: true };
  if (
    revealed.some(
      (r) =>
        listReveals(r.completers, score) ||
        listReveals(r.baselineOnly, score) ||
        listReveals(r.changes, change) ||
        listReveals(r.bound, change),
    )
  )
    return { suppressed: true, reason: 'homogeneous' };
  return {
    suppressed: false,
    completers: data.pairs,
    baselineOnly: dropouts.length,
    warning: constructs.some((c) => c.differs),
    constructs,
  };
}
