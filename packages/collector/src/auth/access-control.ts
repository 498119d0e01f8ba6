import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { bearerToken } from './admin-token.js';
import type { ProxyAuthConfig } from './auth-config.js';
import type { AuthStore } from './auth-store.js';
import { CSRF_HEADER, csrfTokenMatches, originAllowed } from './csrf.js';
import { ENDPOINT_ROLES, endpointMatcher, type EndpointRule } from './endpoint-roles.js';
import { claimValues, mapRoles } from './role-mapping.js';
import { canReachProgramme, roleAtLeast, type Identity } from './roles.js';
import { hashSecret } from './secrets.js';
import { readSessionCookie } from './session-cookie.js';

/** What the access control leaves on the context for handlers. */
export interface AuthVariables {
  /** The caller, when signed in or presenting a token (unset for anonymous callers). */
  identity?: Identity;
  /** SHA-256 of the session id the caller presented, when it named a live session. */
  sessionHash?: string;
}
export type AuthEnv = { Variables: AuthVariables };

export interface AccessControlOptions {
  store: AuthStore;
  /** The bootstrap admin token (`resolveAdminToken`), stored hashed as the first steward token. */
  adminToken: string;
  proxyAuth?: ProxyAuthConfig | undefined;
  /** Key of the CSRF synchroniser tokens. */
  csrfKey: Buffer;
  /** The origins this collector is reached at, for the CSRF origin check. */
  ownOrigins: (c: Context) => ReadonlySet<string>;
  now: () => Date;
  table?: readonly EndpointRule[];
  onError: (error: unknown) => void;
}

type Problem = (status: 401 | 403, code: string, error: string) => Response;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * One middleware for `/api/*`: finds who is calling (bearer API token, session cookie, or a trusted
 * proxy's header, in that order), enforces the endpoint table's role, checks CSRF for cookie- and
 * proxy-authenticated changes, and writes the audit line of a successful audited call.
 */
export function accessControl(options: AccessControlOptions): MiddlewareHandler<AuthEnv> {
  const match = endpointMatcher(options.table ?? ENDPOINT_ROLES);
  const { store } = options;
  let bootstrap: Promise<void> | undefined;
  const ensureBootstrap = () => {
    bootstrap ??= store.ensureBootstrapToken(hashSecret(options.adminToken)).catch((error) => {
      bootstrap = undefined;
      throw error;
    });
    return bootstrap;
  };

  return async (c, next) => {
    const problem: Problem = (status, code, error) => {
      if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="genbridge"');
      return c.json({ error, code }, status);
    };
    const { rule, params } = match(c.req.method, c.req.path);
    const unsafe = UNSAFE.has(c.req.method);

    const resolved = await resolveCaller(c, options, ensureBootstrap);
    if (resolved instanceof Response) return resolved;
    const { identity, csrfBinding, proxyUserWithoutRole } = resolved;

    if (rule.role !== 'public') {
      if (!identity) {
        if (proxyUserWithoutRole)
          return problem(403, 'no_role', `${proxyUserWithoutRole} has no Genbridge role`);
        return problem(
          401,
          'unauthorized',
          'sign in at /admin/ or send an API token: "Authorization: Bearer <token>"',
        );
      }
      if (!roleAtLeast(identity.role, rule.role))
        return problem(
          403,
          'forbidden',
          `this needs the ${rule.role} role; ${identity.name} is a ${identity.role}`,
        );
      if (params.id !== undefined && !canReachProgramme(identity, params.id))
        return problem(
          403,
          'forbidden',
          `${identity.name} has no access to programme "${params.id}"`,
        );
      if (unsafe && csrfBinding !== undefined) {
        if (!originAllowed(c.req.header('origin'), options.ownOrigins(c)))
          return problem(403, 'csrf_origin', "this change must come from the console's own origin");
        if (!csrfTokenMatches(options.csrfKey, csrfBinding, c.req.header(CSRF_HEADER)))
          return problem(403, 'csrf_token', `missing or wrong ${CSRF_HEADER} header`);
      }
    }
    // A public endpoint that changes state never acts on ambient credentials.
    if (identity && !(rule.role === 'public' && unsafe && csrfBinding !== undefined))
      c.set('identity', identity);

    await next();

    if (rule.audit && identity && c.res.status < 400) {
      const { code: _erased, id, ...rest } = params;
      const before = c.req.query('before');
      try {
        const created = rule.auditCreatedProgramme
          ? ((await c.res.clone().json()) as { id?: string }).id
          : undefined;
        await store.appendAudit(
          {
            actor: identity.name,
            role: identity.role,
            action: rule.audit,
            programmeId: id ?? created ?? null,
            detail: { subject: identity.subject, ...rest, ...(before ? { before } : {}) },
          },
          options.now(),
        );
      } catch (error) {
        options.onError(error);
      }
    }
  };
}

interface Caller {
  identity?: Identity;
  /** Set when the credential is ambient (cookie, proxy header): CSRF applies. */
  csrfBinding?: string;
  proxyUserWithoutRole?: string;
}

async function resolveCaller(
  c: Context<AuthEnv>,
  options: AccessControlOptions,
  ensureBootstrap: () => Promise<void>,
): Promise<Caller | Response> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined && /^Bearer\s/i.test(authorization)) {
    const token = bearerToken(authorization);
    await ensureBootstrap();
    const record = token
      ? await options.store.findToken(hashSecret(token), options.now())
      : undefined;
    if (!record) {
      c.header('WWW-Authenticate', 'Bearer realm="genbridge", error="invalid_token"');
      return c.json({ error: 'the API token is unknown or revoked', code: 'unauthorized' }, 401);
    }
    return {
      identity: {
        subject: `token:${record.id}`,
        name: `token "${record.name}"`,
        role: record.role,
        programmes: record.programmes ?? '*',
        via: 'token',
      },
    };
  }
  const sessionId = readSessionCookie(c);
  if (sessionId) {
    const hash = hashSecret(sessionId);
    const session = await options.store.findSession(hash, options.now());
    if (session) {
      c.set('sessionHash', hash);
      return {
        identity: {
          subject: session.subject,
          name: session.name,
          role: session.role,
          programmes: session.programmes ?? '*',
          via: 'session',
        },
        csrfBinding: `session:${sessionId}`,
      };
    }
  }
  const proxy = options.proxyAuth;
  if (proxy && fromTrustedProxy(c, proxy.trustedProxies)) {
    const user = c.req.header(proxy.userHeader)?.trim();
    if (user) {
      const grant = mapRoles(claimValues(c.req.header(proxy.groupsHeader) ?? ''), proxy.roles);
      if (!grant) return { proxyUserWithoutRole: user };
      return {
        identity: { subject: `proxy:${user}`, name: user, ...grant, via: 'proxy' },
        csrfBinding: `proxy:${user}`,
      };
    }
  }
  return {};
}

/** The TCP peer (never a forwarded-for header) must be one of the configured proxies. */
export function fromTrustedProxy(c: Context, trusted: readonly string[]): boolean {
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    return false;
  }
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  return trusted.includes(plain) || trusted.includes(address);
}
