import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AuthEnv } from './access-control.js';
import type { AuthStore } from './auth-store.js';
import { csrfTokenFor, originAllowed } from './csrf.js';
import { LoginError, type OidcLogin } from './oidc-login.js';
import { ROLES } from './roles.js';
import { hashSecret, newSecret } from './secrets.js';
import { clearSessionCookie, readSessionCookie } from './session-cookie.js';
import { startSession } from './sessions.js';

const LOGIN_COOKIE = 'gb_login';

export interface SessionRouteOptions {
  store: AuthStore;
  oidc?: OidcLogin | undefined;
  demoLogin: boolean;
  sessionHours: number;
  csrfKey: Buffer;
  /** The collector's public origin (`publicUrl`), or the request's own. */
  origin: (c: Context) => string;
  ownOrigins: (c: Context) => ReadonlySet<string>;
  now: () => Date;
}

const DemoLogin = z.strictObject({ role: z.enum(ROLES) });

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A small page: sign-in outcomes are browser navigations, not API answers. */
function page(c: Context, status: 200 | 400 | 403 | 503, title: string, body: string) {
  return c.html(
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${escape(title)}</title>${body}</html>`,
    status,
  );
}

/**
 * Sign-in and sessions: `GET /api/session` (who am I, CSRF token, which sign-in methods exist),
 * `DELETE /api/session` (sign out), `GET /auth/login` + `GET /auth/callback` (OpenID Connect) and
 * `POST /auth/demo-login` (only with `demoLogin`).
 */
export function sessionRoutes(app: Hono<AuthEnv>, options: SessionRouteOptions): void {
  const { store } = options;

  app.get('/api/session', (c) => {
    const identity = c.get('identity');
    const login = { oidc: options.oidc !== undefined, demo: options.demoLogin };
    if (!identity) return c.json({ identity: null, login });
    const binding =
      identity.via === 'session'
        ? `session:${readSessionCookie(c)}`
        : identity.via === 'proxy'
          ? identity.subject
          : undefined;
    return c.json({
      identity: {
        name: identity.name,
        role: identity.role,
        programmes: identity.programmes,
        via: identity.via,
      },
      ...(binding ? { csrfToken: csrfTokenFor(options.csrfKey, binding) } : {}),
      login,
    });
  });

  app.delete('/api/session', async (c) => {
    const hash = c.get('sessionHash');
    const identity = c.get('identity');
    if (hash) {
      await store.deleteSession(hash);
      await store.appendAudit(
        {
          actor: identity?.name ?? 'unknown',
          role: identity?.role ?? null,
          action: 'logout',
          programmeId: null,
          detail: identity ? { subject: identity.subject } : null,
        },
        options.now(),
      );
    }
    clearSessionCookie(c);
    return c.json({ signedOut: true });
  });

  app.post('/auth/demo-login', async (c) => {
    if (!options.demoLogin) return c.json({ error: 'demo sign-in is off', code: 'not_found' }, 404);
    // Login CSRF: a foreign page must not sign the browser in as someone else.
    if (!originAllowed(c.req.header('origin'), options.ownOrigins(c)))
      return c.json({ error: 'sign in from the console itself', code: 'csrf_origin' }, 403);
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      body = undefined;
    }
    const parsed = DemoLogin.safeParse(body);
    if (!parsed.success)
      return c.json(
        {
          error: 'choose a demo role',
          code: 'invalid_login',
          errors: [{ path: 'role', message: `must be one of ${ROLES.join(', ')}` }],
        },
        400,
      );
    const role = parsed.data.role;
    await startSession(
      c,
      store,
      { subject: `demo:${role}`, name: `Demo ${role}`, role, programmes: '*', method: 'demo' },
      { now: options.now(), hours: options.sessionHours },
    );
    return c.json({ signedIn: true, role });
  });

  app.get('/auth/login', async (c) => {
    if (!options.oidc) return page(c, 400, 'Sign-in', '<p>Single sign-on is not configured.</p>');
    const loginId = newSecret('gbs');
    try {
      const url = await options.oidc.begin(
        hashSecret(loginId),
        `${options.origin(c)}/auth/callback`,
      );
      // Lax, not Strict: it must come back on the provider's cross-site redirect to the callback.
      setCookie(c, LOGIN_COOKIE, loginId, {
        httpOnly: true,
        secure: true,
        sameSite: 'Lax',
        path: '/auth/',
        maxAge: 600,
      });
      return c.redirect(url.href, 302);
    } catch (error) {
      if (error instanceof LoginError) {
        c.header('Retry-After', '30');
        return page(c, error.status, 'Sign-in unavailable', `<p>${escape(error.message)}</p>`);
      }
      throw error;
    }
  });

  app.get('/auth/callback', async (c) => {
    if (!options.oidc) return page(c, 400, 'Sign-in', '<p>Single sign-on is not configured.</p>');
    const loginId = getCookie(c, LOGIN_COOKIE);
    deleteCookie(c, LOGIN_COOKIE, { path: '/auth/', secure: true });
    const url = new URL(c.req.url);
    const callback = new URL(`${options.origin(c)}/auth/callback${url.search}`);
    try {
      const who = await options.oidc.finish(loginId ? hashSecret(loginId) : undefined, callback);
      await startSession(c, store, who, { now: options.now(), hours: options.sessionHours });
    } catch (error) {
      if (!(error instanceof LoginError)) throw error;
      await store.appendAudit(
        {
          actor: 'unknown',
          role: null,
          action: 'login.refused',
          programmeId: null,
          detail: { reason: error.message },
        },
        options.now(),
      );
      return page(
        c,
        error.status,
        'Sign-in failed',
        `<p>${escape(error.message)}</p><p><a href="/admin/">Back to the console</a></p>`,
      );
    }
    // A page, not a redirect: the session cookie is SameSite=Strict, and a redirect chain that
    // began at the provider counts as cross-site, so /admin/ would load without it.
    return page(
      c,
      200,
      'Signed in',
      '<meta http-equiv="refresh" content="0;url=/admin/"><p>Signed in. <a href="/admin/">Continue to the console</a>.</p>',
    );
  });
}
