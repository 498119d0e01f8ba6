/** The three roles, most powerful first (contract 7: steward > manager > viewer). */
export const ROLES = ['steward', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { steward: 3, manager: 2, viewer: 1 };

/** True when `role` may do what `required` may. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Who is calling. `programmes` limits a viewer to the programmes granted (`'*'`: all); stewards and
 * managers always reach every programme.
 */
export interface Identity {
  /** Stable id of the person or token: `token:<id>`, `oidc:<sub>`, `proxy:<user>`, `demo:<role>`. */
  subject: string;
  /** What the audit log and the console show. */
  name: string;
  role: Role;
  programmes: '*' | readonly string[];
  via: 'token' | 'session' | 'proxy';
}

/** May this identity read the programme? */
export function canReachProgramme(identity: Identity, programmeId: string): boolean {
  if (identity.role !== 'viewer' || identity.programmes === '*') return true;
  return identity.programmes.includes(programmeId);
}

/**
 * A programme summary as this identity may see it: viewers read only released reports, so the
 * live response count (which moves with each submission, issue 9) is left out for them; managers
 * see it in steps of k (⌊n/k⌋·k), like live participation, so refreshing never shows the moment
 * one person answered; stewards, who read the raw data anyway, see it exactly.
 */
export function summaryFor<T extends { responses?: unknown; anonymityThreshold?: number }>(
  identity: Identity,
  summary: T,
): Omit<T, 'responses'> & Partial<Pick<T, 'responses'>> {
  if (identity.role === 'steward') return summary;
  const { responses, ...rest } = summary;
  if (identity.role === 'viewer') return rest;
  const k = summary.anonymityThreshold ?? 1;
  return typeof responses === 'number'
    ? { ...rest, responses: (Math.floor(responses / k) * k) as T['responses'] }
    : summary;
}
