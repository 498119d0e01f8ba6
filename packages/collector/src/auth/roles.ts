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
 * live response count (which moves with each submission, issue 9) is left out for them.
 */
export function summaryFor<T extends { responses?: unknown }>(identity: Identity, summary: T) {
  if (identity.role !== 'viewer') return summary;
  const { responses: _live, ...rest } = summary;
  return rest;
}
