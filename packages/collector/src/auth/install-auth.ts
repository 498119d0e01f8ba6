import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { accessControl, type AuthEnv } from './access-control.js';
import type { OidcConfig, ProxyAuthConfig } from './auth-config.js';
import type { AuthStore } from './auth-store.js';
import type { EndpointRule } from './endpoint-roles.js';
import { consoleRoutes } from './console-route.js';
import { OidcLogin } from './oidc-login.js';
import { sessionRoutes } from './session-routes.js';
import { auditRoute, tokenRoutes } from './token-routes.js';

/** How people and programs sign in (see `AuthConfig`). */
export interface AuthOptions {
  publicUrl?: string | undefined;
  oidc?: OidcConfig | undefined;
  proxyAuth?: ProxyAuthConfig | undefined;
  demoLogin?: boolean | undefined;
  sessionHours?: number | undefined;
  /** Directory of the widget's browser bundles; when set, the console is served at `/admin/`. */
  consoleDir?: string | undefined;
  /** Replaces the endpoint table (tests). */
  table?: readonly EndpointRule[];
}

/**
 * Adds access control to an app: the `/api/*` middleware that resolves the caller and enforces the
 * endpoint table, and the token, audit and session routes. Call before registering other routes.
 */
export function installAuth(
  app: Hono<AuthEnv>,
  options: AuthOptions & {
    store: AuthStore;
    adminToken: string;
    now: () => Date;
    onError: (error: unknown) => void;
  },
): void {
  // Derived from the bootstrap token so every instance sharing it accepts the same CSRF tokens.
  const csrfKey = createHash('sha256').update(`genbridge-csrf\0${options.adminToken}`).digest();
  const publicOrigin = options.publicUrl ? new URL(options.publicUrl).origin : undefined;
  const origin = (c: Context) => publicOrigin ?? new URL(c.req.url).origin;
  const ownOrigins = (c: Context) => new Set([origin(c)]);
  app.use(
    '/api/*',
    accessControl({
      store: options.store,
      adminToken: options.adminToken,
      proxyAuth: options.proxyAuth,
      csrfKey,
      ownOrigins,
      now: options.now,
      onError: options.onError,
      ...(options.table ? { table: options.table } : {}),
    }),
  );
  tokenRoutes(app, options.store, { now: options.now });
  auditRoute(app, options.store);
  sessionRoutes(app, {
    store: options.store,
    oidc: options.oidc ? new OidcLogin(options.oidc) : undefined,
    demoLogin: options.demoLogin ?? false,
    sessionHours: options.sessionHours ?? 8,
    csrfKey,
    origin,
    ownOrigins,
    now: options.now,
  });
  if (options.consoleDir) consoleRoutes(app, options.consoleDir);
}
