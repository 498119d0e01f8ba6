import type { ProgrammeReport, SurveyResponse } from '@genbridge/schema';

/** Who makes up each figure group of a report: group key → sorted participant codes. */
export type Membership = Record<string, string[]>;

const DIMENSIONS = ['role', 'cohort', 'generation'] as const;

/**
 * Members of every group a report can show, from the responses it was scored from:
 * `all`, `role:…`, `cohort:…`, `generation:…` (with `…:not_stated` for people without a value) hold
 * matched participants (the n of a change group); `feedback:<group>` holds exit respondents;
 * `participation:baseline|exit` the respondents of each wave. A person's group values come from
 * their baseline, or from their exit when there is none.
 */
export function groupMembership(responses: readonly SurveyResponse[]): Membership {
  const people = new Map<string, { baseline?: SurveyResponse; exit?: SurveyResponse }>();
  for (const r of responses) {
    const entry = people.get(r.participant) ?? {};
    entry[r.wave] = r;
    people.set(r.participant, entry);
  }
  const groups = new Map<string, string[]>();
  const add = (key: string, participant: string) => {
    const list = groups.get(key);
    if (list) list.push(participant);
    else groups.set(key, [participant]);
  };
  for (const [participant, waves] of people) {
    const keys = ['all'];
    for (const d of DIMENSIONS) {
      const value = waves.baseline?.[d] ?? waves.exit?.[d];
      keys.push(`${d}:${value ?? 'not_stated'}`);
    }
    if (waves.baseline) add('participation:baseline', participant);
    if (waves.exit) add('participation:exit', participant);
    for (const key of keys) {
      if (waves.baseline && waves.exit) add(key, participant);
      if (waves.exit) add(`feedback:${key}`, participant);
    }
  }
  return Object.fromEntries([...groups].map(([k, v]) => [k, v.sort()]));
}

/** The membership keys whose figures a report shows. */
export function shownGroups(report: ProgrammeReport): string[] {
  const shown: string[] = [];
  for (const g of report.groups) if (!g.suppressed) shown.push(g.key);
  for (const f of report.feedback) if (!f.suppressed) shown.push(`feedback:${f.key}`);
  if (report.participation.baseline !== null) shown.push('participation:baseline');
  if (report.participation.exit !== null) shown.push('participation:exit');
  return shown;
}

/** People in one list and not the other, both ways (sorted inputs). */
export function symmetricDifference(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  let d = 0;
  for (const x of left) if (!right.has(x)) d++;
  for (const x of right) if (!left.has(x)) d++;
  return d;
}
