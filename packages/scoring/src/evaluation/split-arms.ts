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
  if (!anyComparison(responses)) return { programme: responses, comparison: [] };
  const programme: SurveyResponse[] = [];
  const comparison: SurveyResponse[] = [];
  for (const r of responses) (r.arm === 'comparison' ? comparison : programme).push(r);
  return { programme, comparison };
}

/** A loop of its own ending in a plain return, for the reason in `engine/rank-levels.ts`. */
function anyComparison(responses: readonly SurveyResponse[]): boolean {
  for (let i = 0; i < responses.length; i++)
    if ((responses[i] as SurveyResponse).arm === 'comparison') return true;
  return false;
}
