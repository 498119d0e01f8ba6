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
 * A programme summary as this identity may see it. Stewards, who read the raw data anyway, see
 * the exact count of stored responses. Viewers read only released reports, so the live counts
 * (which move with each submission, issue 9) are left out for them. Managers see as `responses`
 * the live count (`liveResponseCount`): the arrivals live participation counts, never the stored
 * responses, so the two views agree and move together in steps of k, and refreshing both never
 * shows the moment one person answered, resubmitted or was erased. It is left out while it would
 * tell a wave total that participation hides.
 */
export function summaryFor<T extends { responses?: unknown; liveResponses?: number }>(
  identity: Identity,
  summary: T,
): Omit<T, 'responses' | 'liveResponses'> & { responses?: T['responses'] | number } {
  const { responses, liveResponses, ...rest } = summary;
  if (identity.role === 'steward') return { ...rest, responses };
  if (identity.role === 'viewer' || liveResponses === undefined) return rest;
  return { ...rest, responses: liveResponses };
}
