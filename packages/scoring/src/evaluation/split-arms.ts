import type { SurveyResponse } from '@genbridge/schema';

/**
 * Separates the comparison arm (colleagues outside the programme, `arm: "comparison"`) from the
 * programme's own participants, who are everyone else. Without a comparison arm the input array
 * itself is returned (no copy), so programmes without one pay nothing.
 */
export function splitArms(responses: readonly SurveyResponse[]): {
  programme: readonly SurveyResponse[];
  comparison: SurveyResponse[];
} {
  let any = false;
  for (const r of responses) {
    if (r.arm === 'comparison') {
      any = true;
      break;
    }
  }
  if (!any) return { programme: responses, comparison: [] };
  const programme: SurveyResponse[] = [];
  const comparison: SurveyResponse[] = [];
  for (const r of responses) (r.arm === 'comparison' ? comparison : programme).push(r);
  return { programme, comparison };
}
