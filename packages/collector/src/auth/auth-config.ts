import { z } from 'zod';
import { ROLES } from './roles.js';

const RoleName = z.enum(ROLES);

/**
 * Maps values of an identity claim or proxy header (typically group names) to roles. A value may
 * grant a role on every programme or, for viewers, only on the programmes listed.
 */
export const RoleMapping = z.record(
  z.string().min(1),
  z.union([
    RoleName,
    z.strictObject({ role: RoleName, programmes: z.array(z.string().min(1)).min(1).optional() }),
  ]),
);
export type RoleMapping = z.infer<typeof RoleMapping>;

/** Single sign-on with an OpenID Connect provider (authorisation code + PKCE). */
export const OidcConfig = z.strictObject({
  /** Issuer URL, e.g. https://login.microsoftonline.com/<tenant>/v2.0 or https://kc.example.com/realms/hr */
  issuer: z.url('must be the issuer URL'),
  clientId: z.string().min(1),
  /** Confidential clients only; public clients rely on PKCE alone. */
  clientSecret: z.string().min(1).optional(),
  scopes: z.array(z.string().min(1)).default(['openid', 'profile', 'email']),
  /** Claim holding the values `roles` maps from (`groups`, `roles`, …). */
  roleClaim: z.string().min(1).default('groups'),
  roles: RoleMapping,
  /** Claim shown as the person's name in the console and the audit log. */
  nameClaim: z.string().min(1).default('name'),
  /** Accept an http:// issuer (only for a provider on loopback in tests). */
  allowInsecureIssuer: z.boolean().default(false),
});
export type OidcConfig = z.infer<typeof OidcConfig>;

/** A reverse proxy that has already authenticated the person and says who it is in a header. */
export const ProxyAuthConfig = z.strictObject({
  /** Header naming the person, e.g. X-Forwarded-User or X-Remote-User. */
  userHeader: z.string().min(1).default('x-forwarded-user'),
  /** Header with the person's groups, comma-separated, mapped by `roles`. */
  groupsHeader: z.string().min(1).default('x-forwarded-groups'),
  /** Addresses of the proxies whose headers are believed; from anywhere else they are ignored. */
  trustedProxies: z.array(z.string().min(1)).min(1),
  roles: RoleMapping,
});
export type ProxyAuthConfig = z.infer<typeof ProxyAuthConfig>;

/** Everything about how people sign in; part of the collector configuration. */
export const AuthConfig = {
  /**
   * The collector's public origin as browsers see it (e.g. https://genbridge.intranet.example). Used
   * for the OIDC redirect URI and the CSRF origin check; default: the origin of each request.
   */
  publicUrl: z.url('must be the public origin, e.g. https://genbridge.example.com').optional(),
  oidc: OidcConfig.optional(),
  proxyAuth: ProxyAuthConfig.optional(),
  /** A sign-in form that asks no one: for `npm start` only, never for real data. */
  demoLogin: z.boolean().default(false),
  /** Where the `<genbridge-admin>` bundle lives; default: the widget package next to this one. */
  consoleDir: z.string().min(1).optional(),
  /** Lifetime of a console session. */
  sessionHours: z
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(8),
};
