import { defaultInstrument } from '@genbridge/schema';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../src/http/security-headers.js';
import { OPEN_PROGRAMME, oneResponse, validResponses } from './helpers/fixtures.js';
import {
  ADMIN_TOKEN,
  adminFetch,
  postJson,
  removeDir,
  runCli,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

let server: ServerProcess;
const api = (path: string) => `${server.url}/api${path}`;
const responsesUrl = (programme: string) => api(`/programmes/${programme}/responses`);

// These tests are about the submission path, so their programmes take self-generated codes
// (test/integrity.test.ts covers invitations).
async function createProgramme(body: Record<string, unknown>): Promise<Response> {
  return adminFetch(api('/programmes'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...OPEN_PROGRAMME, ...body }),
  });
}
async function patchProgramme(id: string, body: Record<string, unknown>): Promise<Response> {
  return adminFetch(api(`/programmes/${id}`), {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
async function count(id: string): Promise<number> {
  const res = await adminFetch(api(`/programmes/${id}`));
  return ((await res.json()) as { responses: number }).responses;
}

beforeAll(async () => {
  server = await startServer({
    args: ['--rate-limit', 'off', '--cors-origin', 'https://intranet.example.com'],
  });
  expect((await createProgramme({ id: 'rm-2026', name: 'Reverse mentoring 2026' })).status).toBe(
    201,
  );
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
  removeDir(server.dataDir);
});

describe('POST /api/programmes/:id/responses', () => {
  it('201 on first receipt, with a receipt body', async () => {
    const r = oneResponse('rm-2026', 'FRST-0001');
    const res = await postJson(responsesUrl('rm-2026'), r);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { receivedAt: string };
    expect(body).toEqual({
      responseId: r.responseId,
      programmeId: 'rm-2026',
      receivedAt: expect.any(String),
    });
    expect(Date.parse(body.receivedAt)).not.toBeNaN();
  });

  it('200 with the same body for a repeated responseId, stored once', async () => {
    const r = oneResponse('rm-2026', 'RPT-0001');
    const first = await postJson(responsesUrl('rm-2026'), r);
    const firstBody = await first.text();
    const before = await count('rm-2026');
    // Same content, keys in another order: still the same response.
    const reordered = Object.fromEntries(Object.entries(r).reverse());
    const second = await postJson(responsesUrl('rm-2026'), reordered);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(firstBody);
    expect(await count('rm-2026')).toBe(before);
  });

  it('409 when a responseId is reused for different content', async () => {
    const r = oneResponse('rm-2026', 'REUS-0001');
    expect((await postJson(responsesUrl('rm-2026'), r)).status).toBe(201);
    const res = await postJson(responsesUrl('rm-2026'), {
      ...r,
      answers: { ...r.answers, dc_1: r.answers.dc_1 === 5 ? 4 : 5 },
    });
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({
      code: 'response_id_conflict',
      errors: [{ path: 'responseId' }],
    });
  });

  it('400 with the list of field messages, and nothing stored', async () => {
    const before = await count('rm-2026');
    const r = oneResponse('rm-2026', 'BAD-00001');
    const bad = { ...r, answers: { ...r.answers, dc_3: 9, zz_1: 3 }, locale: 'xx-YY-ZZ' };
    const res = await postJson(responsesUrl('rm-2026'), bad);
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      code: string;
      errors: { path: string; message: string }[];
    };
    expect(body.code).toBe('invalid_response');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { path: 'answers.dc_3', code: 'out_of_range', message: 'must be an integer from 1 to 5' },
        expect.objectContaining({ path: 'answers.zz_1' }),
        expect.objectContaining({ path: 'locale' }),
      ]),
    );
    expect(await count('rm-2026')).toBe(before);
  });

  it('400 for broken JSON and for a programmeId that differs from the URL', async () => {
    const broken = await postJson(responsesUrl('rm-2026'), '{"responseId": ');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ code: 'invalid_json', errors: [{ path: '' }] });
    await createProgramme({ id: 'elsewhere' });
    const other = await postJson(responsesUrl('rm-2026'), oneResponse('elsewhere'));
    expect(other.status).toBe(400);
    expect(await other.json()).toMatchObject({ errors: [{ path: 'programmeId' }] });
  });

  it('404 for an unknown programme', async () => {
    const res = await postJson(responsesUrl('no-such-programme'), oneResponse('no-such-programme'));
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'programme_not_found' });
  });

  it('409 while the programme is closed; a retry of a response stored before closing still gets 200', async () => {
    await createProgramme({ id: 'closing' });
    const stored = oneResponse('closing', 'CLS-00001');
    const storedRes = await postJson(responsesUrl('closing'), stored);
    const receipt = await storedRes.text();
    expect((await patchProgramme('closing', { status: 'closed' })).status).toBe(200);
    const late = await postJson(responsesUrl('closing'), oneResponse('closing', 'CLS-00002'));
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: 'programme_closed' });
    const retry = await postJson(responsesUrl('closing'), stored);
    expect(retry.status).toBe(200);
    expect(await retry.text()).toBe(receipt);
    expect(await count('closing')).toBe(1);
    expect((await patchProgramme('closing', { status: 'open' })).status).toBe(200);
    expect(
      (await postJson(responsesUrl('closing'), oneResponse('closing', 'CLS-00002'))).status,
    ).toBe(201);
  });

  it('413 for a body over 64 KB, declared or streamed', async () => {
    const r = oneResponse('rm-2026');
    const huge = JSON.stringify({ ...r, feedback: { improvement: 'x'.repeat(70_000) } });
    const declared = await postJson(responsesUrl('rm-2026'), huge);
    expect(declared.status).toBe(413);
    expect(await declared.json()).toMatchObject({ code: 'payload_too_large' });
    const bytes = new TextEncoder().encode(huge);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 8192) controller.enqueue(bytes.slice(i, i + 8192));
        controller.close();
      },
    });
    const streamed = await fetch(responsesUrl('rm-2026'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('415 for anything but JSON', async () => {
    const r = oneResponse('rm-2026');
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await fetch(responsesUrl('rm-2026'), {
        method: 'POST',
        headers: { 'content-type': type },
        body: JSON.stringify(r),
      });
      expect(res.status, type).toBe(415);
    }
    const none = await fetch(responsesUrl('rm-2026'), {
      method: 'POST',
      body: new Blob([JSON.stringify(r)]),
    });
    expect(none.status).toBe(415);
    const charset = await postJson(responsesUrl('rm-2026'), r, {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(charset.status).toBe(201);
  });
});

describe('admin credentials', () => {
  it('401 without, or with a wrong, bearer token for report, exports and administration', async () => {
    for (const path of [
      '/programmes/rm-2026/report',
      '/programmes/rm-2026/export.json',
      '/programmes/rm-2026/export.csv',
      '/programmes',
    ]) {
      const none = await fetch(api(path));
      expect(none.status, path).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const wrong = await fetch(api(path), {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}x` },
      });
      expect(wrong.status, path).toBe(401);
    }
    // Without the token an unknown programme is indistinguishable from a private one.
    expect((await fetch(api('/programmes/no-such/report'))).status).toBe(401);
    expect((await adminFetch(api('/programmes/no-such/report'))).status).toBe(404);
  });

  it("the report endpoint serves a ProgrammeReport with the programme's k", async () => {
    await createProgramme({ id: 'reported', anonymityThreshold: 6 });
    await Promise.all(
      validResponses('reported', 12, { prefix: 'REP' }).map((r) =>
        postJson(responsesUrl('reported'), r),
      ),
    );
    expect((await adminFetch(api('/programmes/reported/report'))).status).toBe(404);
    const released = await adminFetch(api('/programmes/reported/releases'), { method: 'POST' });
    expect(released.status).toBe(201);
    const res = await adminFetch(api('/programmes/reported/report'));
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({
      schemaVersion: 1,
      programmeId: 'reported',
      settings: { anonymityThreshold: 6 },
      participation: { matched: 12 },
    });
    expect((await fetch(api('/programmes/reported/report'))).status).toBe(401);
    await patchProgramme('reported', { publicReport: true });
    const open = await fetch(api('/programmes/reported/report'));
    expect(open.status).toBe(200);
    expect((await fetch(api('/programmes/reported/export.json'))).status).toBe(401);
  });

  it('export.json returns exactly the stored responses; export.csv is CSV', async () => {
    await createProgramme({ id: 'exported' });
    const responses = validResponses('exported', 3, { prefix: 'EXP' });
    for (const r of responses) await postJson(responsesUrl('exported'), r);
    const json = await adminFetch(api('/programmes/exported/export.json'));
    expect(json.status).toBe(200);
    expect(await json.json()).toEqual(responses);
    const csv = await adminFetch(api('/programmes/exported/export.csv'));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await csv.text()).trim().split(/\r?\n/)).toHaveLength(1 + responses.length);
  });
});

describe('programme administration API', () => {
  it('creates (201), refuses a duplicate (409) and invalid settings (400 naming the field), lists', async () => {
    const res = await createProgramme({ id: 'admin-1', name: 'Admin one', anonymityThreshold: 8 });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      id: 'admin-1',
      status: 'open',
      anonymityThreshold: 8,
      instrument: { id: defaultInstrument.id },
      responses: 0,
    });
    expect((await createProgramme({ id: 'admin-1' })).status).toBe(409);
    const bad = await createProgramme({ id: 'Admin One!', anonymityThreshold: 2 });
    expect(bad.status).toBe(400);
    const paths = ((await bad.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['id', 'anonymityThreshold']));
    const list = (await (await adminFetch(api('/programmes'))).json()) as {
      programmes: { id: string }[];
    };
    expect(list.programmes.map((p) => p.id)).toContain('admin-1');
  });

  it('sets k and instrument; the instrument is locked once responses exist (409)', async () => {
    await createProgramme({ id: 'admin-2' });
    expect(await (await patchProgramme('admin-2', { anonymityThreshold: 9 })).json()).toMatchObject(
      { anonymityThreshold: 9 },
    );
    expect((await patchProgramme('admin-2', { anonymityThreshold: 1 })).status).toBe(400);
    const custom = { ...defaultInstrument, version: '1.1.0' };
    expect(await (await patchProgramme('admin-2', { instrument: custom })).json()).toMatchObject({
      instrument: { version: '1.1.0' },
    });
    expect((await patchProgramme('admin-2', { instrument: { id: 'broken' } })).status).toBe(400);
    const r = {
      ...oneResponse('admin-2'),
      instrument: { id: defaultInstrument.id, version: '1.1.0' },
    };
    expect((await postJson(responsesUrl('admin-2'), r)).status).toBe(201);
    const locked = await patchProgramme('admin-2', { instrument: defaultInstrument });
    expect(locked.status).toBe(409);
    expect(await locked.json()).toMatchObject({ code: 'instrument_locked' });
    expect((await patchProgramme('no-such', { status: 'closed' })).status).toBe(404);
  });

  it("deletes one participant's responses (erasure)", async () => {
    await createProgramme({ id: 'erasure' });
    const responses = validResponses('erasure', 3, { prefix: 'ERA' });
    for (const r of responses) await postJson(responsesUrl('erasure'), r);
    const code = responses[0]!.participant;
    const res = await adminFetch(api(`/programmes/erasure/participants/${code}`), {
      method: 'DELETE',
    });
    expect(await res.json()).toEqual({ programmeId: 'erasure', participant: code, deleted: 2 });
    const left = (await (await adminFetch(api('/programmes/erasure/export.json'))).json()) as {
      participant: string;
    }[];
    expect(left).toHaveLength(4);
    expect(left.every((r) => r.participant !== code)).toBe(true);
  });
});

describe('healthz, CORS and security headers', () => {
  it('GET /healthz reports the storage', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', storage: 'sqlite' });
  });

  it('sends security headers on every response, errors included', async () => {
    for (const [path, status] of [
      ['/healthz', 200],
      ['/nothing-here', 404],
      ['/api/programmes', 401],
    ] as const) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(status);
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('allows only configured origins', async () => {
    const allowed = await fetch(api('/programmes/rm-2026/responses'), {
      method: 'OPTIONS',
      headers: {
        origin: 'https://intranet.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://intranet.example.com');
    const post = await postJson(responsesUrl('rm-2026'), oneResponse('rm-2026'), {
      origin: 'https://evil.example.net',
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(api('/programmes/rm-2026/responses'), {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example.net', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('429 rate limiting', () => {
  it('answers 429 with Retry-After once a client has spent its bucket, and stores nothing from refused requests', async () => {
    const limited = await startServer({ args: ['--rate-limit', '5/0.01'] });
    try {
      const auth = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
      expect(
        (
          await fetch(`${limited.url}/api/programmes`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ id: 'limited', ...OPEN_PROGRAMME }),
          })
        ).status,
      ).toBe(201);
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await postJson(`${limited.url}/api/programmes/limited/responses`, {
          ...oneResponse('limited'),
          responseId: randomUUID(),
        });
        statuses.push(res.status);
        if (res.status === 429) {
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
          expect(await res.json()).toMatchObject({ code: 'rate_limited' });
        }
      }
      expect(statuses.slice(0, 4)).toEqual([201, 201, 201, 201]);
      expect(statuses.slice(4)).toEqual([429, 429, 429, 429]);
      // Counted through the CLI on the same database: the API itself is still throttled.
      const shown = await runCli(['programme', 'show', 'limited', '--data-dir', limited.dataDir]);
      expect(JSON.parse(shown.stdout)).toMatchObject({ responses: 4 });
      // healthz stays outside the limit, so the load balancer never sees a throttled collector as down.
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.stop();
      removeDir(limited.dataDir);
    }
  });
});
