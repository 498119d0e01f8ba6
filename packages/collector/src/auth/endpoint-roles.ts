import type { Role } from './roles.js';

/** `public`: anyone (the handler may still check, e.g. a public report); otherwise the least role. */
export type Access = Role | 'public';

/** One row of the endpoint table: who may call it and what the audit log calls a successful call. */
export interface EndpointRule {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Hono-style path; `:name` matches one segment. */
  path: string;
  role: Access;
  /** Audit action recorded when the call succeeds (status < 400). */
  audit?: string;
  /** The programme is the one the call created: its id is the answer's `id`. */
  auditCreatedProgramme?: boolean;
}

/**
 * THE table (contract 7): every `/api` endpoint and the least role it needs. An `/api` path missing
 * here needs `steward`, so a new endpoint is never open by accident; add its row when adding it.
 */
export const ENDPOINT_ROLES: readonly EndpointRule[] = [
  { method: 'POST', path: '/api/programmes/:id/responses', role: 'public' },
  // The invitation header is the credential here (contract 4).
  { method: 'GET', path: '/api/programmes/:id/invitation/status', role: 'public' },
  // What a participant is told about who reads open answers: participants have no sign-in.
  { method: 'GET', path: '/api/programmes/:id/survey-settings', role: 'public' },
  {
    method: 'POST',
    path: '/api/programmes/:id/invitations',
    role: 'manager',
    audit: 'invitations.create',
  },
  { method: 'GET', path: '/api/programmes/:id/invitations', role: 'manager' },
  // Live counts per wave and cohort (anonymity rules applied, no scores): programme setup's view.
  { method: 'GET', path: '/api/programmes/:id/participation', role: 'manager' },
  {
    method: 'POST',
    path: '/api/programmes/:id/invitations/:invitation/revoke',
    role: 'manager',
    audit: 'invitation.revoke',
  },
  {
    method: 'POST',
    path: '/api/programmes/:id/releases',
    role: 'manager',
    audit: 'release.create',
  },
  // Released reports: public when the programme publishes them; else a viewer granted it.
  { method: 'GET', path: '/api/programmes/:id/releases', role: 'public' },
  { method: 'GET', path: '/api/programmes/:id/releases/:number', role: 'public' },
  // Public when the programme publishes its report; else a viewer granted the programme.
  { method: 'GET', path: '/api/programmes/:id/report', role: 'public' },
  { method: 'GET', path: '/api/programmes', role: 'viewer' },
  {
    method: 'POST',
    path: '/api/programmes',
    role: 'manager',
    audit: 'programme.create',
    auditCreatedProgramme: true,
  },
  { method: 'GET', path: '/api/programmes/:id', role: 'viewer' },
  { method: 'PATCH', path: '/api/programmes/:id', role: 'manager', audit: 'programme.update' },
  {
    method: 'DELETE',
    path: '/api/programmes/:id/participants/:code',
    role: 'steward',
    audit: 'participant.erase',
  },
  {
    method: 'DELETE',
    path: '/api/programmes/:id/responses',
    role: 'steward',
    audit: 'responses.delete',
  },
  { method: 'GET', path: '/api/programmes/:id/export.json', role: 'steward', audit: 'export.json' },
  { method: 'GET', path: '/api/programmes/:id/export.csv', role: 'steward', audit: 'export.csv' },
  { method: 'GET', path: '/api/programmes/:id/export.xlsx', role: 'steward', audit: 'export.xlsx' },
  { method: 'GET', path: '/api/tokens', role: 'steward' },
  { method: 'POST', path: '/api/tokens', role: 'steward', audit: 'token.create' },
  { method: 'DELETE', path: '/api/tokens/:tokenId', role: 'steward', audit: 'token.revoke' },
  { method: 'GET', path: '/api/audit', role: 'steward' },
  { method: 'GET', path: '/api/session', role: 'public' },
  { method: 'GET', path: '/api/openapi.json', role: 'public' },
  { method: 'DELETE', path: '/api/session', role: 'viewer' },
];

/** What applies to an `/api` request: the matching rule (or the steward default) and its path parameters. */
export interface MatchedRule {
  rule: EndpointRule;
  params: Record<string, string>;
}

interface CompiledRule {
  rule: EndpointRule;
  pattern: RegExp;
  names: string[];
}

/** Compiles a table once; `match` then finds the rule for a method and path. */
export function endpointMatcher(table: readonly EndpointRule[]) {
  const compiled: CompiledRule[] = table.map((rule) => {
    const names: string[] = [];
    const source = rule.path
      .split('/')
      .map((segment) => {
        if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(segment.slice(1));
        return '([^/]+)';
      })
      .join('/');
    return { rule, pattern: new RegExp(`^${source}/?$`), names };
  });
  return (method: string, path: string): MatchedRule => {
    const m = method === 'HEAD' ? 'GET' : method;
    for (const { rule, pattern, names } of compiled) {
      if (rule.method !== m) continue;
      const found = pattern.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1]!);
      });
      return { rule, params };
    }
    return { rule: { method: 'GET', path, role: 'steward' }, params: {} };
  };
}
