import type { ProgrammeReport, SurveyResponse } from '@genbridge/schema';
import {
  auditDisclosure,
  releaseEquations,
  type DisclosureEquation,
  type DisclosureRelease,
  type DisclosureVerdict,
} from '@genbridge/scoring';
import type { Programme } from '../programme.js';
import { scoringOptions } from './reports.js';

export type { DisclosureEquation };

/** Every figure of a programme's report as equations over its participants (contract 1). */
export function equationsOf(
  programme: Programme,
  report: ProgrammeReport,
  responses: readonly SurveyResponse[],
): DisclosureEquation[] {
  return releaseEquations(report, responses, {
    ...scoringOptions(programme),
    instrument: programme.instrument,
  });
}

/** Whether all releases together determine anyone's value (exact; see `@genbridge/scoring`). */
export function audit(releases: readonly DisclosureRelease[]): DisclosureVerdict {
  return auditDisclosure(releases);
}
