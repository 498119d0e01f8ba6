import type { MiddlewareHandler } from 'hono';
import { EMBED_PREFIX } from './embed-pages.js';

/**
 * The Content-Security-Policy sent with every answer, pages included. The Genbridge elements work
 * under it: Lit styles go through adoptedStyleSheets, nothing uses eval or inline script, Lit's
 * Trusted Types policy is named `lit-html`, and survey authors' sanitised HTML goes through
 * `genbridge-html`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html genbridge-html',
].join('; ');

/**
 * The policy of the `/embed/` pages: the same, except that the configured origins (and the
 * collector itself) may frame them. With no origins configured only same-origin framing works.
 */
export function embedContentSecurityPolicy(frameAncestors: readonly string[]): string {
  return CONTENT_SECURITY_POLICY.replace(
    "frame-ancestors 'none'",
    ['frame-ancestors', "'self'", ...frameAncestors].join(' '),
  );
}

/** Security headers on every response, including errors and static files. */
export function securityHeaders(
  options: { frameAncestors?: readonly string[] } = {},
): MiddlewareHandler {
  const embedPolicy = embedContentSecurityPolicy(options.frameAncestors ?? []);
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (c.req.path.startsWith(EMBED_PREFIX)) {
      // X-Frame-Options cannot name several origins; browsers that know frame-ancestors ignore it.
      h.set('Content-Security-Policy', embedPolicy);
    } else {
      h.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
      h.set('X-Frame-Options', 'DENY');
    }
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (c.req.path.startsWith('/api/') || c.req.path === '/healthz')
      h.set('Cache-Control', 'no-store');
  };
}
