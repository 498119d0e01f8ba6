import { localize } from '@genbridge/schema';
import type {
  ConstructChange,
  Moments,
  GroupChange,
  GroupReport,
  ProgrammeReport,
  SuppressedGroup,
} from '@genbridge/schema';
import type { Strings } from './i18n.js';

/**
 * What the element draws, derived from a validated report. Pure, so the chart, the table, the text
 * and the CSV all show the same numbers.
 */

export interface WaveRow {
  mean: number | null;
  sd: number | null;
  /** Confidence interval of the mean at the report's level; null when n < 2 or SD is missing. */
  lower: number | null;
  upper: number | null;
}

export interface ConstructRow {
  id: string;
  name: string;
  headline: boolean;
  n: number;
  baseline: WaveRow;
  exit: WaveRow;
  change: { mean: number | null; sd: number | null; lower: number | null; upper: number | null };
  dz: number | null;
  gav: number | null;
  p: number | null;
  pHolm: number | null;
  /** Reliable change counts (Jacobson & Truax) and their shares of all classified pairs. */
  improved: number;
  declined: number;
  classified: number;
  alpha: { baseline: number | null; exit: number | null; low: boolean };
  notes: string[];
}

/** Which of the states the element is in, once a report is at hand. */
export type ReportState = 'ready' | 'empty' | 'not-enough';

export function reportState(report: ProgrammeReport): ReportState {
  const p = report.participation;
  if (p.baseline === 0 && p.exit === 0) return 'empty';
  const all = report.groups.find((g) => g.key === 'all');
  return !all || all.suppressed ? 'not-enough' : 'ready';
}

/** The group for `key`, falling back to `all` (and to the first group) when the key is unknown. */
export function findGroup(
  report: ProgrammeReport,
  key: string | null | undefined,
): GroupReport | undefined {
  return (
    report.groups.find((g) => g.key === key) ??
    report.groups.find((g) => g.key === 'all') ??
    report.groups[0]
  );
}

/** `spring_2026` → `Spring 2026`: a readable fallback for a cohort without a declared label. */
export function titleCase(slug: string): string {
  return slug
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase() + w.slice(1))
    .join(' ');
}

/** Display labels of a report's declared cohorts, in `locale`. */
export function cohortLabels(report: ProgrammeReport, locale: string): Map<string, string> {
  return new Map(
    (report.cohorts ?? []).map((c) => [
      c.id,
      typeof c.label === 'string' ? c.label : localize(c.label, locale),
    ]),
  );
}

/**
 * A group as readers name it. A declared cohort label stands alone ("Autumn 2026"); an undeclared
 * cohort is title-cased after the word for cohort ("Cohort Autumn"), never shown as a raw slug.
 */
export function groupLabel(
  group: Pick<GroupReport, 'dimension' | 'value'>,
  t: Strings,
  cohorts: ReadonlyMap<string, string> = new Map(),
): string {
  const v = group.value ?? '';
  // Every breakdown is a full partition: people without a value are the group `not_stated`.
  if (v === 'not_stated' && group.dimension !== 'all') return t.notStated[group.dimension] ?? v;
  switch (group.dimension) {
    case 'all':
      return t.groupAll;
    case 'role':
      return t.roles[v] ?? v;
    case 'cohort':
      return cohorts.get(v) ?? t.cohort(titleCase(v));
    case 'generation':
      return t.generations[v] ?? v;
  }
}

function wave(m: Moments): WaveRow {
  return { mean: m.mean, sd: m.sd, lower: m.ciLower, upper: m.ciUpper };
}

function row(c: ConstructChange, report: ProgrammeReport, locale: string): ConstructRow {
  const meta = report.constructs.find((k) => k.id === c.constructId);
  const rc = c.reliableChange;
  const rel = c.reliability;
  return {
    id: c.constructId,
    name: meta ? localize(meta.name, locale) : c.constructId,
    headline: meta?.headline ?? false,
    n: c.n,
    baseline: wave(c.baseline),
    exit: wave(c.exit),
    change: {
      mean: c.difference.mean,
      sd: c.difference.sd,
      lower: c.difference.ciLower,
      upper: c.difference.ciUpper,
    },
    dz: c.effectSize.dz,
    gav: c.effectSize.gav,
    p: c.tTest.p,
    pHolm: c.tTest.pHolm,
    improved: rc.improved,
    declined: rc.declined,
    classified: rc.improved + rc.declined + rc.unchanged,
    alpha: {
      baseline: rel.baseline.alpha,
      exit: rel.exit.alpha,
      low: rel.baseline.low || rel.exit.low,
    },
    notes: c.notes,
  };
}

/** One row per construct of the group, headline constructs first, otherwise in report order. */
export function constructRows(
  report: ProgrammeReport,
  group: GroupChange,
  locale: string,
): ConstructRow[] {
  const order = new Map(report.constructs.map((c, i) => [c.id, i]));
  const rows = group.constructs.map((c) => row(c, report, locale));
  const rank = (r: ConstructRow) => (r.headline ? 0 : 1) * 1e6 + (order.get(r.id) ?? 1e5);
  return rows.sort((a, b) => rank(a) - rank(b));
}

export function isSuppressed(group: GroupReport | undefined): group is SuppressedGroup {
  return group?.suppressed === true;
}
