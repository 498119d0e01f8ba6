import type {
  GroupReport,
  PooledConstruct,
  PooledReport,
  ProgrammeReport,
} from '@genbridge/schema';
import { randomEffects, type TauMethod } from '../stats/random-effects.js';

/** Options of {@link poolProgrammes}. */
export interface PoolOptions {
  /** τ² estimator: `REML` (default; less biased) or `DL` (DerSimonian–Laird, closed form). */
  method?: TauMethod;
  confidenceLevel?: number;
}

/**
 * Pools the mean change of several programmes or cohorts on the same instrument with a
 * random-effects model (`metafor::rma(yi, vi, method = "REML")` by default), per construct, from
 * each report's `all` group: yᵢ = mean change, vᵢ = SD of change² / n. Reports whose `all` group
 * is hidden, or a construct with n < 2 or zero SD there, are left out of that construct.
 * Throws when the reports use different instruments.
 */
export function poolProgrammes(
  reports: readonly ProgrammeReport[],
  options: PoolOptions = {},
): PooledReport {
  const first = reports[0];
  if (!first) throw new RangeError('poolProgrammes needs at least one report');
  for (const r of reports) {
    if (
      r.instrument.id !== first.instrument.id ||
      r.instrument.version !== first.instrument.version
    ) {
      throw new RangeError(
        `report ${r.programmeId} uses ${r.instrument.id} ${r.instrument.version}, not ${first.instrument.id} ${first.instrument.version}: only the same instrument can be pooled`,
      );
    }
  }
  const method = options.method ?? 'REML';
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  const sources = reports.flatMap((r) => {
    const all = r.groups.find((g) => g.key === 'all');
    return all ? [{ id: r.programmeId, group: all }] : [];
  });
  const constructs = first.constructs.map(({ id }) =>
    poolConstruct(id, sources, { method, confidenceLevel }),
  );
  return { instrument: { ...first.instrument }, method, confidenceLevel, constructs };
}

/**
 * One construct pooled over groups (each a programme's `all` group, or one cohort of a programme):
 * yᵢ = mean change, vᵢ = SD of change² / n. A hidden group, or one with n < 2 or zero SD on this
 * construct, is left out.
 */
export function poolConstruct(
  constructId: string,
  sources: readonly { id: string; group: GroupReport }[],
  options: { method: TauMethod; confidenceLevel: number },
): PooledConstruct {
  const studies: { programmeId: string; n: number; estimate: number; variance: number }[] = [];
  for (const { id, group } of sources) {
    if (group.suppressed) continue;
    const c = group.constructs.find((x) => x.constructId === constructId);
    const sd = c?.difference.sd;
    // An SD of float noise (everyone changed by the same amount) is no sampling variance to weight by.
    if (
      !c ||
      c.n < 2 ||
      c.difference.mean === null ||
      sd === null ||
      sd === undefined ||
      !(sd > 1e-9)
    )
      continue;
    studies.push({
      programmeId: id,
      n: c.n,
      estimate: c.difference.mean,
      variance: (sd * sd) / c.n,
    });
  }
  const fit = randomEffects(
    studies.map((s) => s.estimate),
    studies.map((s) => s.variance),
    options,
  );
  return {
    constructId,
    studies: studies.map((s, i) => ({
      ...s,
      weight: fit?.weights[i] ?? (studies.length === 1 ? 100 : 0),
    })),
    estimate: fit?.estimate ?? null,
    se: fit?.se ?? null,
    ciLower: fit?.ciLower ?? null,
    ciUpper: fit?.ciUpper ?? null,
    tau2: fit?.tau2 ?? null,
    i2: fit?.i2 ?? null,
    q: fit?.q ?? null,
    predictionLower: fit?.predictionLower ?? null,
    predictionUpper: fit?.predictionUpper ?? null,
  };
}
