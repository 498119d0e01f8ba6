import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CookieBrowser } from './helpers/cookie-browser.js';
import { freePort, OIDC_ROLES, startOidcProvider } from './helpers/oidc-provider.js';
import {
  adminFetch,
  removeDir,
  startServer,
  tempDataDir,
  type ServerProcess,
} from './helpers/server-process.js';

let server: ServerProcess;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let base: string;
let host: string;

interface SessionAnswer {
  identity: { name: string; role: string; programmes: unknown; via: string } | null;
  csrfToken?: string;
}

async function signedIn(login: string): Promise<CookieBrowser> {
  const browser = new CookieBrowser();
  const res = await browser.oidcLogin(base, login);
  expect(res.status, await res.clone().text()).toBe(200);
  return browser;
}
async function session(browser: CookieBrowser): Promise<SessionAnswer> {
  return (await (await browser.fetch(`${base}/api/session`)).json()) as SessionAnswer;
}
function createProgramme(browser: CookieBrowser, id: string, headers: Record<string, string>) {
  return browser.fetch(`${base}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ id }),
  });
}

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  host = `127.0.0.1:${port}`;
  provider = await startOidcProvider([`${base}/auth/callback`]);
  const dataDir = tempDataDir();
  const config = join(dataDir, 'collector.json');
  writeFileSync(
    config,
    JSON.stringify({
      publicUrl: base,
      demoLogin: true,
      oidc: {
        issuer: provider.issuer,
        clientId: 'genbridge',
        roles: OIDC_ROLES,
        allowInsecureIssuer: true,
      },
      proxyAuth: {
        trustedProxies: ['127.0.0.1'],
        roles: { 'hr-programme-managers': 'manager' },
      },
    }),
  );
  server = await startServer({
    dataDir,
    args: ['--config', config, '--port', String(port), '--host', '::', '--rate-limit', 'off'],
  });
  const res = await adminFetch(`${base}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'granted' }),
  });
  expect(res.status).toBe(201);
  const release = await adminFetch(`${base}/api/programmes/granted/releases`, { method: 'POST' });
  expect(release.status).toBe(201);
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
  await provider.close();
  removeDir(server.dataDir);
});

describe('OpenID Connect sign-in (authorisation code + PKCE) against oidc-provider', () => {
  it('signs a steward in with an HttpOnly, Secure, SameSite=Strict session cookie', async () => {
    const browser = await signedIn('alice');
    const line = browser.setCookies.find((l) => l.startsWith('gb_session='))!;
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/Secure/i);
    expect(line).toMatch(/SameSite=Strict/i);
    const me = await session(browser);
    expect(me.identity).toMatchObject({ name: 'Alice Steward', role: 'steward', via: 'session' });
    expect(me.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await browser.fetch(`${base}/api/programmes/granted/export.json`)).status).toBe(200);
  });

  it('maps groups to roles: a manager cannot export, a viewer reads only the granted programme', async () => {
    const bob = await signedIn('bob');
    expect((await session(bob)).identity).toMatchObject({ role: 'manager' });
    expect((await bob.fetch(`${base}/api/programmes/granted/export.csv`)).status).toBe(403);
    const carol = await signedIn('carol');
    expect((await session(carol)).identity).toMatchObject({
      role: 'viewer',
      programmes: ['granted'],
    });
    expect((await carol.fetch(`${base}/api/programmes/granted/report`)).status).toBe(200);
    expect((await carol.fetch(`${base}/api/programmes/granted/export.csv`)).status).toBe(403);
  });

  it('refuses a person without a mapped group, with no session, and logs the refusal', async () => {
    const browser = new CookieBrowser();
    const res = await browser.oidcLogin(base, 'mallory');
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('Mallory Nobody has no Genbridge role');
    expect(browser.cookie(host, 'gb_session')).toBeUndefined();
    const audit = await (await adminFetch(`${base}/api/audit?limit=50`)).text();
    expect(audit).toContain('login.refused');
  });

  it('refuses a callback whose login was not started in this browser', async () => {
    const started = new CookieBrowser();
    const { url } = await started.follow(`${base}/auth/login`);
    expect(url).toContain(provider.issuer);
    // Another browser (no gb_login cookie) presents the code: an injected or replayed login.
    const thief = new CookieBrowser();
    const res = await thief.fetch(`${base}/auth/callback?code=stolen&state=x`);
    expect(res.status).toBe(400);
    expect(thief.cookie(host, 'gb_session')).toBeUndefined();
  });
});

describe('attacks on the session', () => {
  it('session fixation: a session id planted before sign-in is replaced and dead afterwards', async () => {
    // The attacker holds a real session (demo viewer) and plants its id in the victim's browser.
    const attacker = new CookieBrowser();
    const demo = await attacker.fetch(`${base}/auth/demo-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base },
      body: JSON.stringify({ role: 'viewer' }),
    });
    expect(demo.status).toBe(200);
    const planted = attacker.cookie(host, 'gb_session')!;
    const victim = new CookieBrowser();
    victim.setCookie(host, 'gb_session', planted);
    await victim.oidcLogin(base, 'alice');
    const after = victim.cookie(host, 'gb_session')!;
    expect(after).not.toBe(planted);
    // The planted id did not become Alice's session, and is gone altogether.
    expect((await session(attacker)).identity).toBeNull();
    expect((await attacker.fetch(`${base}/api/programmes`)).status).toBe(401);
    expect((await session(victim)).identity).toMatchObject({ name: 'Alice Steward' });
  });

  it('CSRF: changes need the own Origin and the session CSRF token', async () => {
    const browser = await signedIn('bob');
    const { csrfToken } = await session(browser);
    const evil = await createProgramme(browser, 'csrf-1', {
      origin: 'https://evil.example',
      'x-csrf-token': csrfToken!,
    });
    expect(evil.status).toBe(403);
    expect(((await evil.json()) as { code: string }).code).toBe('csrf_origin');
    const noOrigin = await createProgramme(browser, 'csrf-2', { 'x-csrf-token': csrfToken! });
    expect(noOrigin.status).toBe(403);
    const noToken = await createProgramme(browser, 'csrf-3', { origin: base });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as { code: string }).code).toBe('csrf_token');
    // Another person's token does not fit this session.
    const other = await session(await signedIn('alice'));
    const wrong = await createProgramme(browser, 'csrf-4', {
      origin: base,
      'x-csrf-token': other.csrfToken!,
    });
    expect(wrong.status).toBe(403);
    const ok = await createProgramme(browser, 'csrf-5', {
      origin: base,
      'x-csrf-token': csrfToken!,
    });
    expect(ok.status).toBe(201);
    const listed = (await (await adminFetch(`${base}/api/programmes`)).json()) as {
      programmes: { id: string }[];
    };
    expect(listed.programmes.map((p) => p.id).filter((id) => id.startsWith('csrf-'))).toEqual([
      'csrf-5',
    ]);
  });

  it('a tampered session cookie is no session', async () => {
    const browser = await signedIn('alice');
    const real = browser.cookie(host, 'gb_session')!;
    const flipped = real.slice(0, -1) + (real.endsWith('A') ? 'B' : 'A');
    for (const value of [flipped, `${real}x`, 'gbs_', real.toUpperCase()]) {
      const forged = new CookieBrowser();
      forged.setCookie(host, 'gb_session', value);
      expect((await forged.fetch(`${base}/api/programmes`)).status).toBe(401);
      expect((await session(forged)).identity).toBeNull();
    }
  });

  it('sign-out ends the session on the server, not just in the browser', async () => {
    const browser = await signedIn('bob');
    const id = browser.cookie(host, 'gb_session')!;
    const { csrfToken } = await session(browser);
    const out = await browser.fetch(`${base}/api/session`, {
      method: 'DELETE',
      headers: { origin: base, 'x-csrf-token': csrfToken! },
    });
    expect(out.status).toBe(200);
    expect(browser.cookie(host, 'gb_session')).toBeUndefined();
    const replay = new CookieBrowser();
    replay.setCookie(host, 'gb_session', id);
    expect((await replay.fetch(`${base}/api/programmes`)).status).toBe(401);
    const audit = await (await adminFetch(`${base}/api/audit?limit=100`)).text();
    expect(audit).toContain('"logout"');
    expect(audit).toContain('"login"');
  });

  it('demo sign-in refuses another origin (login CSRF)', async () => {
    const browser = new CookieBrowser();
    const res = await browser.fetch(`${base}/auth/demo-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ role: 'steward' }),
    });
    expect(res.status).toBe(403);
    expect(browser.cookie(host, 'gb_session')).toBeUndefined();
  });
});

describe('trusted proxy header', () => {
  const asProxy = (url: string, init: RequestInit = {}) =>
    fetch(url, {
      ...init,
      headers: {
        'x-forwarded-user': 'dana@example.com',
        'x-forwarded-groups': 'staff, hr-programme-managers',
        ...(init.headers as Record<string, string>),
      },
    });

  it('is believed from a configured proxy address', async () => {
    const res = await asProxy(`${base}/api/session`);
    const me = (await res.json()) as SessionAnswer;
    expect(me.identity).toMatchObject({ name: 'dana@example.com', role: 'manager', via: 'proxy' });
    const created = await asProxy(`${base}/api/programmes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: base, 'x-csrf-token': me.csrfToken! },
      body: JSON.stringify({ id: 'via-proxy' }),
    });
    expect(created.status).toBe(201);
    // Ambient credential: CSRF applies as for cookies.
    const forged = await asProxy(`${base}/api/programmes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ id: 'via-proxy-2' }),
    });
    expect(forged.status).toBe(403);
  });

  it('is ignored from any other address', async () => {
    const port = new URL(base).port;
    const res = await asProxy(`http://[::1]:${port}/api/programmes`);
    expect(res.status).toBe(401);
  });
});
