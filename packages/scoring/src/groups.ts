import { GenerationBand, Role, type GroupDimension, type SuppressionReason } from '@genbridge/schema';
import { suppressBreakdown } from './anonymity.js';

/** The value of one breakdown for member `index` of a population, `undefined` when unknown. */
export type GroupValue = (dimension: Exclude<GroupDimension, 'all'>, index: number) => string | undefined;

/** A group of a population with its members (indices into that population) and suppression. */
export interface PlannedGroup {
  key: string;
  dimension: GroupDimension;
  value: string | null;
  members: Int32Array;
  suppressed: SuppressionReason | null;
}

const BREAKDOWNS: { dimension: Exclude<GroupDimension, 'all'>; order: (values: string[]) => string[] }[] = [
  { dimension: 'role', order: (v) => Role.options.filter((o) => v.includes(o)) },
  { dimension: 'cohort', order: (v) => [...v].sort() },
  { dimension: 'generation', order: (v) => GenerationBand.options.filter((o) => v.includes(o)) },
];

/**
 * The groups of a population (`all`, then role, cohort and generation breakdowns, only values
 * that occur) and which of them are suppressed for anonymity (see {@link suppressBreakdown}).
 * A participant without a cohort or generation is counted in `all` but in no group of that
 * breakdown.
 */
export function planGroups(total: number, valueOf: GroupValue, k: number): PlannedGroup[] {
  const all = new Int32Array(total);
  for (let i = 0; i < total; i++) all[i] = i;
  const allSuppressed: SuppressionReason | null = total < k ? 'below_threshold' : null;
  const out: PlannedGroup[] = [{ key: 'all', dimension: 'all', value: null, members: all, suppressed: allSuppressed }];
  for (const { dimension, order } of BREAKDOWNS) {
    const byValue = new Map<string, number[]>();
    for (let i = 0; i < total; i++) {
      const v = valueOf(dimension, i);
      if (v === undefined) continue;
      let list = byValue.get(v);
      if (!list) byValue.set(v, (list = []));
      list.push(i);
    }
    const values = order([...byValue.keys()]);
    const reasons = suppressBreakdown(
      values.map((value) => ({ value, n: byValue.get(value)?.length ?? 0 })),
      total,
      k,
      allSuppressed === null,
    );
    for (const value of values) {
      out.push({
        key: `${dimension}:${value}`,
        dimension,
        value,
        members: Int32Array.from(byValue.get(value) ?? []),
        suppressed: reasons.get(value) ?? null,
      });
    }
  }
  return out;
}
