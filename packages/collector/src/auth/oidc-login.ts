import * as client from 'openid-client';
import type { OidcConfig } from './auth-config.js';
import { claimValues, mapRoles } from './role-mapping.js';
import type { SignedIn } from './sessions.js';

/** What the browser must keep between leaving for the provider and coming back. */
interface PendingLogin {
  verifier: string;
  state: string;
  nonce: string;
  expires: number;
}

const PENDING_MS = 10 * 60_000;

/** Why a sign-in failed, in words for the person (never the provider's internals). */
export class LoginError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 503,
  ) {
    super(message);
  }
}

/**
 * OpenID Connect sign-in with `openid-client`: authorisation code flow with PKCE (S256), state and
 * nonce. Pending logins are kept in memory keyed by a random browser-bound id (10 minutes), so a
 * login must finish on the instance that started it.
 */
export class OidcLogin {
  private configuration: Promise<client.Configuration> | undefined;
  private readonly pending = new Map<string, PendingLogin>();

  constructor(private readonly config: OidcConfig) {}

  private discover(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(
        new URL(this.config.issuer),
        this.config.clientId,
        this.config.clientSecret,
        this.config.clientSecret ? undefined : client.None(),
        this.config.allowInsecureIssuer ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        // Try again next time: the provider may just have been down.
        this.configuration = undefined;
        throw new LoginError(
          `the sign-in provider cannot be reached (${(error as Error).message})`,
          503,
        );
      });
    return this.configuration;
  }

  /** The provider URL to send the browser to; `loginId` is the browser's random login cookie. */
  async begin(loginId: string, redirectUri: string): Promise<URL> {
    const configuration = await this.discover();
    const now = Date.now();
    for (const [id, p] of this.pending) if (p.expires < now) this.pending.delete(id);
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    this.pending.set(loginId, { verifier, state, nonce, expires: now + PENDING_MS });
    return client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: this.config.scopes.join(' '),
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
  }

  /** Redeems the code the provider sent back; resolves to who signed in and their role. */
  async finish(loginId: string | undefined, callbackUrl: URL): Promise<SignedIn> {
    const pending = loginId ? this.pending.get(loginId) : undefined;
    if (loginId) this.pending.delete(loginId);
    if (!pending || pending.expires < Date.now())
      throw new LoginError('this sign-in has expired or was started elsewhere; start again', 400);
    const configuration = await this.discover();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw new LoginError(`the sign-in was not accepted (${(error as Error).message})`, 400);
    }
    const claims = tokens.claims()!;
    let roleClaim: unknown = claims[this.config.roleClaim];
    let name: unknown = claims[this.config.nameClaim];
    if (roleClaim === undefined || name === undefined) {
      // Some providers put groups and names only into the userinfo answer.
      const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
      roleClaim ??= info[this.config.roleClaim];
      name ??= info[this.config.nameClaim];
    }
    const grant = mapRoles(claimValues(roleClaim), this.config.roles);
    const display = typeof name === 'string' && name ? name : claims.sub;
    if (!grant) throw new LoginError(`${display} has no Genbridge role`, 403);
    return { subject: `oidc:${claims.sub}`, name: display, ...grant, method: 'oidc' };
  }
}
