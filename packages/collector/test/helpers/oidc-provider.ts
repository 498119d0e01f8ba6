import { createServer, type Server } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import Provider from 'oidc-provider';

/** People the test provider knows, with the groups claim the collector maps to roles. */
export const OIDC_PEOPLE: Record<string, { name: string; groups: string[] }> = {
  alice: { name: 'Alice Steward', groups: ['hr-data-stewards'] },
  bob: { name: 'Bob Manager', groups: ['staff', 'hr-programme-managers'] },
  carol: { name: 'Carol Reader', groups: ['leadership-readers'] },
  mallory: { name: 'Mallory Nobody', groups: ['staff'] },
};

/** The role mapping a collector under test uses with {@link OIDC_PEOPLE}. */
export const OIDC_ROLES = {
  'hr-data-stewards': 'steward',
  'hr-programme-managers': 'manager',
  'leadership-readers': { role: 'viewer', programmes: ['granted'] },
} as const;

/** A free loopback port (there is a small race until someone listens on it; fine for tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * A real OpenID provider (`oidc-provider`) in this process on loopback, with its development
 * login form (any login name, any password) and one public client that must use PKCE.
 */
export async function startOidcProvider(redirectUris: string[]): Promise<{
  issuer: string;
  close(): Promise<void>;
}> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'genbridge',
        token_endpoint_auth_method: 'none',
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'groups'] },
    cookies: { keys: ['oidc-test-cookie-key'] },
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, ...(OIDC_PEOPLE[id] ?? { name: id, groups: [] }) }),
    }),
  });
  const server: Server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
