import type { EvaluationReport } from '@genbridge/schema';
import { reportOrder, type EvaluationInput } from './context.js';
import { attrition } from './attrition.js';
import { comparison } from './comparison.js';
import { dyads } from './dyads.js';
import { minimumDetectableEffect } from './minimum-detectable-effect.js';
import { itemEvidence } from './item-evidence.js';
import { pooledCohorts } from './pooled-cohorts.js';

/**
 * `ProgrammeReport.evaluation`: attrition, comparison arm, dyads, minimum detectable effect and
 * item analysis of one scored programme, and its shown cohorts pooled. Every part is linear in the number of participants.
 */
export function evaluateProgramme(input: EvaluationInput): EvaluationReport {
  return {
    minimumDetectableEffect: minimumDetectableEffect(input),
    attrition: attrition(input),
    comparison: comparison(input),
    dyads: dyads(input),
    items: itemEvidence(input),
    pooledCohorts: pooledCohorts(
      input.groups ?? [],
      reportOrder(input.layout).map((c) => input.layout.constructs[c]?.id ?? ''),
      input.confidenceLevel,
    ),
  };
}

export type { EvaluationInput } from './context.js';
