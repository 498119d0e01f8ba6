import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENDPOINT_ROLES } from '../src/auth/endpoint-roles.js';
import { roleAtLeast, type Role } from '../src/auth/roles.js';
import { oneResponse } from './helpers/fixtures.js';
import {
  ADMIN_TOKEN,
  adminFetch,
  removeDir,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

let server: ServerProcess;
const api = (path: string) => `${server.url}${path}`;
type Caller = 'anonymous' | 'steward' | 'manager' | 'viewer' | 'viewer-other';
const tokens: Partial<Record<Caller, string>> = { steward: ADMIN_TOKEN };
const roleOf: Record<Exclude<Caller, 'anonymous'>, Role> = {
  steward: 'steward',
  manager: 'manager',
  viewer: 'viewer',
  'viewer-other': 'viewer',
};

function call(who: Caller, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const token = tokens[who];
  if (token) headers.set('authorization', `Bearer ${token}`);
  return fetch(api(path), { ...init, headers });
}
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function createToken(body: Record<string, unknown>) {
  const res = await adminFetch(api('/api/tokens'), json('POST', body));
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; token: string };
}

/**
 * A valid request for every endpoint of the table and the status it gives when allowed. Each
 * call builds fresh targets, so destructive endpoints can run once per caller.
 */
const requests: Record<
  string,
  () => Promise<{ path: string; init?: RequestInit; ok: number | number[] }>
> = {
  // The invitation header is this endpoint's credential; without one everybody gets 401.
  'GET /api/programmes/:id/invitation/status': async () => ({
    path: '/api/programmes/granted/invitation/status',
    ok: 401,
  }),
  'GET /api/programmes/:id/survey-settings': async () => ({
    path: '/api/programmes/granted/survey-settings',
    ok: 200,
  }),
  'POST /api/programmes/:id/invitations': async () => ({
    path: '/api/programmes/granted/invitations',
    init: json('POST', { count: 2 }),
    ok: 201,
  }),
  'GET /api/programmes/:id/invitations': async () => ({
    path: '/api/programmes/granted/invitations',
    ok: 200,
  }),
  'GET /api/programmes/:id/participation': async () => ({
    path: '/api/programmes/granted/participation',
    ok: 200,
  }),
  'POST /api/programmes/:id/invitations/:invitation/revoke': async () => {
    const res = await adminFetch(
      api('/api/programmes/granted/invitations'),
      json('POST', { count: 1 }),
    );
    const { invitations } = (await res.json()) as { invitations: { id: string }[] };
    return {
      path: `/api/programmes/granted/invitations/${invitations[0]!.id}/revoke`,
      init: { method: 'POST' },
      ok: 200,
    };
  },
  // Allowed means the release rules decide: published (201) or refused with the reason (409).
  'POST /api/programmes/:id/releases': async () => ({
    path: '/api/programmes/granted/releases',
    init: { method: 'POST' },
    ok: [201, 409],
  }),
  'GET /api/programmes/:id/releases': async () => ({
    path: '/api/programmes/granted/releases',
    ok: 200,
  }),
  'GET /api/programmes/:id/releases/:number': async () => ({
    path: '/api/programmes/granted/releases/1',
    ok: 200,
  }),
  'POST /api/programmes/:id/responses': async () => ({
    path: '/api/programmes/granted/responses',
    init: json('POST', {
      ...oneResponse('granted', `R${randomUUID().slice(0, 7).toUpperCase()}`),
      cohort: undefined,
    }),
    ok: 201,
  }),
  'GET /api/programmes/:id/report': async () => ({
    path: '/api/programmes/granted/report',
    ok: 200,
  }),
  'GET /api/programmes': async () => ({ path: '/api/programmes', ok: 200 }),
  'POST /api/programmes': async () => ({
    path: '/api/programmes',
    init: json('POST', { id: `p-${randomUUID().slice(0, 8)}` }),
    ok: 201,
  }),
  'GET /api/programmes/:id': async () => ({ path: '/api/programmes/granted', ok: 200 }),
  'PATCH /api/programmes/:id': async () => ({
    path: '/api/programmes/granted',
    init: json('PATCH', { name: 'Granted programme' }),
    ok: 200,
  }),
  'DELETE /api/programmes/:id/participants/:code': async () => ({
    path: '/api/programmes/granted/participants/NOBODY-1',
    init: { method: 'DELETE' },
    ok: 200,
  }),
  'DELETE /api/programmes/:id/responses': async () => ({
    path: '/api/programmes/granted/responses?before=2000-01-01',
    init: { method: 'DELETE' },
    ok: 200,
  }),
  'GET /api/programmes/:id/export.json': async () => ({
    path: '/api/programmes/granted/export.json',
    ok: 200,
  }),
  'GET /api/programmes/:id/export.csv': async () => ({
    path: '/api/programmes/granted/export.csv',
    ok: 200,
  }),
  'GET /api/programmes/:id/export.xlsx': async () => ({
    path: '/api/programmes/granted/export.xlsx',
    ok: 200,
  }),
  'GET /api/openapi.json': async () => ({ path: '/api/openapi.json', ok: 200 }),
  'GET /api/tokens': async () => ({ path: '/api/tokens', ok: 200 }),
  'POST /api/tokens': async () => ({
    path: '/api/tokens',
    init: json('POST', { name: 'made in the matrix', role: 'viewer' }),
    ok: 201,
  }),
  'DELETE /api/tokens/:tokenId': async () => {
    const victim = await createToken({ name: 'to revoke', role: 'viewer' });
    return { path: `/api/tokens/${victim.id}`, init: { method: 'DELETE' }, ok: 200 };
  },
  'GET /api/audit': async () => ({ path: '/api/audit', ok: 200 }),
  'GET /api/session': async () => ({ path: '/api/session', ok: 200 }),
  'DELETE /api/session': async () => ({
    path: '/api/session',
    init: { method: 'DELETE' },
    ok: 200,
  }),
};

beforeAll(async () => {
  server = await startServer({ args: ['--rate-limit', 'off'] });
  for (const id of ['granted', 'other']) {
    const res = await adminFetch(api('/api/programmes'), json('POST', { id, accessMode: 'open' }));
    expect(res.status).toBe(201);
  }
  const release = await adminFetch(api('/api/programmes/granted/releases'), { method: 'POST' });
  expect(release.status, await release.clone().text()).toBe(201);
  tokens.manager = (await createToken({ name: 'hr manager', role: 'manager' })).token;
  tokens.viewer = (
    await createToken({ name: 'reader', role: 'viewer', programmes: ['granted'] })
  ).token;
  tokens['viewer-other'] = (
    await createToken({ name: 'other reader', role: 'viewer', programmes: ['other'] })
  ).token;
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
  removeDir(server.dataDir);
});

describe('every role × endpoint gives the status its role allows', () => {
  it('has a request for every row of the endpoint table', () => {
    const rows = ENDPOINT_ROLES.map((r) => `${r.method} ${r.path}`).sort();
    expect(Object.keys(requests).sort()).toEqual(rows);
  });

  const callers: Caller[] = ['anonymous', 'steward', 'manager', 'viewer', 'viewer-other'];
  const cases = ENDPOINT_ROLES.flatMap((rule) =>
    callers.map((who) => ({ rule, who, key: `${rule.method} ${rule.path}` })),
  );
  it.each(cases)('$key as $who', async ({ rule, who, key }) => {
    const { path, init, ok } = await requests[key]!();
    const res = await call(who, path, init);
    let expected: number | number[];
    const released = [
      'GET /api/programmes/:id/report',
      'GET /api/programmes/:id/releases',
      'GET /api/programmes/:id/releases/:number',
    ];
    if (released.includes(key)) {
      // Private report: any steward/manager, a viewer granted the programme; others look unknown.
      expected = who === 'anonymous' || who === 'viewer-other' ? 401 : ok;
    } else if (rule.role === 'public') {
      expected = ok;
    } else if (who === 'anonymous') {
      expected = 401;
    } else if (!roleAtLeast(roleOf[who], rule.role)) {
      expected = 403;
    } else if (who === 'viewer-other' && path.startsWith('/api/programmes/granted')) {
      expected = 403;
    } else {
      expected = ok;
    }
    const body = await res.clone().text();
    if (Array.isArray(expected)) expect(expected, body).toContain(res.status);
    else expect(res.status, body).toBe(expected);
  });
});

describe('API tokens', () => {
  it('are shown once, listed without the secret, stored hashed, and stop working when revoked', async () => {
    const created = await createToken({ name: 'ci export', role: 'steward' });
    expect(created.token).toMatch(/^gbt_[A-Za-z0-9_-]{43}$/);
    const list = (await (await adminFetch(api('/api/tokens'))).json()) as {
      tokens: Record<string, unknown>[];
    };
    const listed = list.tokens.find((t) => t.id === created.id)!;
    expect(listed).toMatchObject({ name: 'ci export', role: 'steward', revokedAt: null });
    expect(JSON.stringify(list)).not.toContain(created.token);
    expect(list.tokens.some((t) => t.id === 'bootstrap' && t.role === 'steward')).toBe(true);

    const use = () =>
      fetch(api('/api/tokens'), { headers: { authorization: `Bearer ${created.token}` } });
    expect((await use()).status).toBe(200);
    expect((await adminFetch(api(`/api/tokens/${created.id}`), { method: 'DELETE' })).status).toBe(
      200,
    );
    expect((await use()).status).toBe(401);
    expect((await adminFetch(api(`/api/tokens/${created.id}`), { method: 'DELETE' })).status).toBe(
      404,
    );
  });

  it('refuse a bad request with the field named', async () => {
    const res = await adminFetch(api('/api/tokens'), json('POST', { name: '', role: 'admin' }));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { path: string }[] };
    expect(body.errors.map((e) => e.path).sort()).toEqual(['name', 'role']);
    const limited = await adminFetch(
      api('/api/tokens'),
      json('POST', { name: 'x', role: 'manager', programmes: ['granted'] }),
    );
    expect(limited.status).toBe(400);
  });

  it('a viewer lists only the programmes granted', async () => {
    const res = await call('viewer', '/api/programmes');
    const body = (await res.json()) as { programmes: { id: string; responses?: number }[] };
    expect(body.programmes.map((p) => p.id)).toEqual(['granted']);
    // Viewers read released reports only: no live response count that moves with each answer.
    expect(body.programmes[0]!.responses).toBeUndefined();
    const detail = (await (await call('viewer', '/api/programmes/granted')).json()) as object;
    expect(detail).not.toHaveProperty('responses');
    const manager = (await (await call('manager', '/api/programmes/granted')).json()) as object;
    expect(manager).toHaveProperty('responses');
  });
});

describe('audit log', () => {
  it('records who created a programme and who exported, newest first', async () => {
    const id = `audited-${randomUUID().slice(0, 6)}`;
    expect((await call('manager', '/api/programmes', json('POST', { id }))).status).toBe(201);
    expect((await call('steward', `/api/programmes/${id}/export.csv`)).status).toBe(200);
    // A refused call leaves no line.
    expect((await call('viewer', `/api/programmes/${id}/export.csv`)).status).toBe(403);
    const res = await adminFetch(api(`/api/audit?programme=${id}`));
    const { entries } = (await res.json()) as {
      entries: { actor: string; role: string; action: string; programmeId: string }[];
    };
    expect(entries.map((e) => [e.action, e.role, e.actor])).toEqual([
      ['export.csv', 'steward', 'token "bootstrap admin token"'],
      ['programme.create', 'manager', 'token "hr manager"'],
    ]);
  });

  it('an erasure is logged without the erased participant code', async () => {
    const code = 'ERASE-ME-1';
    await call('steward', `/api/programmes/other/participants/${code}`, { method: 'DELETE' });
    const res = await adminFetch(api('/api/audit?programme=other&limit=5'));
    const text = await res.text();
    expect(text).toContain('participant.erase');
    expect(text).not.toContain(code);
  });

  it('rejects a bad page size with the field named', async () => {
    const res = await adminFetch(api('/api/audit?limit=0'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]!.path).toBe('limit');
  });
});
