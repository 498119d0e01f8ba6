import type { RoleMapping } from './auth-config.js';
import { roleAtLeast, type Role } from './roles.js';

/** The role and programme grant that a set of claim/header values maps to; undefined: none. */
export function mapRoles(
  values: readonly string[],
  mapping: RoleMapping,
): { role: Role; programmes: '*' | string[] } | undefined {
  let role: Role | undefined;
  let all = false;
  const programmes = new Set<string>();
  for (const value of values) {
    const entry = Object.hasOwn(mapping, value) ? mapping[value] : undefined;
    if (entry === undefined) continue;
    const granted = typeof entry === 'string' ? { role: entry, programmes: undefined } : entry;
    if (role === undefined || roleAtLeast(granted.role, role)) role = granted.role;
    if (granted.programmes === undefined) all = true;
    else for (const p of granted.programmes) programmes.add(p);
  }
  if (role === undefined) return undefined;
  // Only viewers are ever limited to programmes; a grant without a list reaches them all.
  return { role, programmes: role !== 'viewer' || all ? '*' : [...programmes] };
}

/** Claim values as a list: OIDC providers send a string, an array, or space-separated scopes. */
export function claimValues(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string');
  if (typeof claim === 'string') return claim.split(/[\s,]+/).filter(Boolean);
  return [];
}
