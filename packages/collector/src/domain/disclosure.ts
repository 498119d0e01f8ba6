import type { ProgrammeReport, SurveyResponse } from '@genbridge/schema';
import * as scoring from '@genbridge/scoring';

/** Contract 1 (BRIEF.md): the disclosure audit `@genbridge/scoring` provides. */
export interface DisclosureEquation {
  variable: string;
  label: string;
  members: readonly string[];
}
export interface DisclosureRelease {
  id: string;
  equations: readonly DisclosureEquation[];
}
export interface DisclosureFinding {
  release: string;
  label: string;
  variable: string;
  reason: string;
}
export type DisclosureVerdict =
  { disclosed: false } | { disclosed: true; findings: DisclosureFinding[] };

interface DisclosureApi {
  releaseEquations(
    report: ProgrammeReport,
    responses: readonly SurveyResponse[],
    options?: object,
  ): DisclosureEquation[];
  auditDisclosure(releases: readonly DisclosureRelease[]): DisclosureVerdict;
}

// INTERIM until branch anon-scoring lands: read the functions off the namespace so the collector
// still loads without them; a release then refuses (never publishes unaudited).
const api = scoring as unknown as Partial<DisclosureApi>;

/** Every figure of `report` as equations over participants; throws when the audit is unavailable. */
export function equationsOf(
  report: ProgrammeReport,
  responses: readonly SurveyResponse[],
  options: object,
): DisclosureEquation[] {
  if (!api.releaseEquations) throw new Error('the disclosure audit is not available');
  return api.releaseEquations(report, responses, options);
}

/** Decides whether all releases together determine anyone's value. */
export function audit(releases: readonly DisclosureRelease[]): DisclosureVerdict {
  if (!api.auditDisclosure) throw new Error('the disclosure audit is not available');
  return api.auditDisclosure(releases);
}
