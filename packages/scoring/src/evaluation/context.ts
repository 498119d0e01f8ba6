import type { GroupReport, SurveyResponse } from '@genbridge/schema';
import type { InstrumentLayout } from '../engine/instrument-layout.js';
import { constructScores, type MatchedData } from '../engine/matched-data.js';
import type { PairedWaves } from '../engine/wave-pairing.js';
import type { PlannedGroup } from '../engine/groups.js';

/** What the evaluation reads: the scored programme data, its pairing, and the comparison arm. */
export interface EvaluationInput {
  programmeId: string;
  instrumentId: string;
  layout: InstrumentLayout;
  /** Matched programme participants, scored (row i = pairing.matchedBaselines[i]). */
  data: MatchedData;
  pairing: PairedWaves;
  /** The matched pairs' groups (`planGroups`), whose members are rows of `data`. */
  plan: readonly PlannedGroup[];
  /** Responses of the comparison arm (`arm: "comparison"`), unpaired. */
  comparison: readonly SurveyResponse[];
  anonymityThreshold: number;
  confidenceLevel: number;
  /** The report's groups, already under the anonymity rules (for pooling the shown cohorts). */
  groups?: readonly GroupReport[];
}

/** Construct indices in report order: headline constructs first, then instrument order. */
export function reportOrder(layout: InstrumentLayout): number[] {
  return layout.constructs
    .map((_, i) => i)
    .sort(
      (a, b) => Number(layout.constructs[b]?.headline) - Number(layout.constructs[a]?.headline),
    );
}

/** Change (exit − baseline) of construct `c` per matched row; NaN where a wave has no score. */
export function changeColumn(data: MatchedData, c: number): Float64Array {
  const pre = constructScores(data.preScores, data.pairs, c);
  const post = constructScores(data.postScores, data.pairs, c);
  const out = new Float64Array(data.pairs);
  for (let p = 0; p < data.pairs; p++) out[p] = (post[p] as number) - (pre[p] as number);
  return out;
}
