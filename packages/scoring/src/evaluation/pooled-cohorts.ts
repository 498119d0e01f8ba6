import type { GroupReport, PooledCohortsSection } from '@genbridge/schema';
import { NOT_STATED } from '../anonymity.js';
import { poolConstruct } from './pool-programmes.js';

/**
 * `evaluation.pooledCohorts`: the programme's shown cohort groups pooled per construct with the
 * same random-effects model as `poolProgrammes` (REML, as `metafor::rma`). It reads only figures
 * the report already shows (each cohort's n, mean and SD of change), so it releases nothing new;
 * null unless at least two cohorts are shown.
 */
export function pooledCohorts(
  groups: readonly GroupReport[],
  constructIds: readonly string[],
  confidenceLevel: number,
): PooledCohortsSection | null {
  const cohorts = groups.filter(
    (g) => g.dimension === 'cohort' && g.value !== null && g.value !== NOT_STATED && !g.suppressed,
  );
  if (cohorts.length < 2) return null;
  const method = 'REML';
  const sources = cohorts.map((group) => ({ id: group.value as string, group }));
  return {
    method,
    confidenceLevel,
    cohorts: sources.map((s) => s.id),
    constructs: constructIds.map((id) => poolConstruct(id, sources, { method, confidenceLevel })),
  };
}
