import type { ProgrammeReport, SurveyResponse } from '@genbridge/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validResponses } from './helpers/fixtures.js';
import {
  adminFetch,
  jsonPost,
  postJson,
  removeDir,
  runCli,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

let server: ServerProcess;
const api = (path: string) => `${server.url}/api${path}`;

beforeAll(async () => {
  server = await startServer({ args: ['--rate-limit', 'off'] });
});
afterAll(async () => {
  await server.stop();
  removeDir(server.dataDir);
});

async function programme(id: string, extra: Record<string, unknown> = {}) {
  const res = await adminFetch(api('/programmes'), jsonPost({ id, ...extra }));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { accessMode: string };
}
async function invite(id: string, count: number) {
  const res = await adminFetch(api(`/programmes/${id}/invitations`), jsonPost({ count }));
  expect(res.status).toBe(201);
  return ((await res.json()) as { invitations: { id: string; token: string }[] }).invitations;
}
function submit(id: string, r: SurveyResponse, token: string) {
  const { participant: _left, ...body } = r;
  return postJson(api(`/programmes/${id}/responses`), body, {
    authorization: `Invitation ${token}`,
  });
}
async function submitPeople(id: string, responses: SurveyResponse[]) {
  const people = [...new Set(responses.map((r) => r.participant))];
  const tokens = await invite(id, people.length);
  for (const r of responses)
    expect((await submit(id, r, tokens[people.indexOf(r.participant)]!.token)).status).toBe(201);
}

describe('invitations', () => {
  it('new programmes take invitations; tokens are 256-bit base64url, shown once, listed without tokens', async () => {
    expect(await programme('inv')).toMatchObject({ accessMode: 'invitation' });
    const res = await adminFetch(api('/programmes/inv/invitations'), jsonPost({ count: 3 }));
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { invitations } = (await res.json()) as { invitations: { id: string; token: string }[] };
    expect(invitations).toHaveLength(3);
    for (const i of invitations) expect(i.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set(invitations.map((i) => i.token)).size).toBe(3);
    const listed = await (await adminFetch(api('/programmes/inv/invitations'))).text();
    for (const i of invitations) {
      expect(listed).toContain(i.id);
      expect(listed).not.toContain(i.token);
    }
    expect(JSON.parse(listed)).toMatchObject({ issued: 3, revoked: 0 });
    // The database holds hashes only.
    const exported = await runCli(['invitations', 'list', 'inv', '--data-dir', server.dataDir]);
    expect(exported.stdout).not.toContain(invitations[0]!.token);
    const bad = await adminFetch(api('/programmes/inv/invitations'), jsonPost({ count: 0 }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ path: 'count' }] });
    expect((await fetch(api('/programmes/inv/invitations'))).status).toBe(401);
  });

  it('one invitation is one participant for both waves; status gives server receive times; revoked → 403', async () => {
    await programme('both', { anonymityThreshold: 3 });
    const [inv] = await invite('both', 1);
    const status = () =>
      fetch(api('/programmes/both/invitation/status'), {
        headers: { authorization: `Invitation ${inv!.token}` },
      });
    expect(await (await status()).json()).toEqual({ baseline: null, exit: null });
    const [baseline, exit] = validResponses('both', 1, { cohorts: [] });
    const before = Date.now();
    expect((await submit('both', baseline!, inv!.token)).status).toBe(201);
    expect((await submit('both', exit!, inv!.token)).status).toBe(201);
    const waves = (await (await status()).json()) as Record<string, { submittedAt: string }>;
    expect(Date.parse(waves.baseline!.submittedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(waves.exit!.submittedAt)).toBeGreaterThanOrEqual(before - 1000);
    const stored = (await (
      await adminFetch(api('/programmes/both/export.json'))
    ).json()) as SurveyResponse[];
    expect(new Set(stored.map((r) => r.participant)).size).toBe(1);
    expect(stored[0]!.participant).toMatch(/^INV-[0-9A-Z]{10}$/);

    const revoked = await adminFetch(api(`/programmes/both/invitations/${inv!.id}/revoke`), {
      method: 'POST',
    });
    expect(await revoked.json()).toMatchObject({ id: inv!.id, revokedAt: expect.any(String) });
    const after = await submit('both', { ...exit!, responseId: crypto.randomUUID() }, inv!.token);
    expect(after.status).toBe(403);
    expect(await after.json()).toMatchObject({ code: 'invitation_invalid' });
    expect((await status()).status).toBe(403);
    const none = await fetch(api('/programmes/both/invitation/status'));
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Invitation/);
  });

  it("another programme's invitation is invalid here", async () => {
    await programme('here');
    await programme('there');
    const [elsewhere] = await invite('there', 1);
    const [r] = validResponses('here', 1, { cohorts: [] });
    const res = await submit('here', r!, elsewhere!.token);
    expect(res.status).toBe(403);
  });
});

describe('releases', () => {
  it('serves the latest release from storage with an ETag; If-None-Match gives 304; releases are listed', async () => {
    await programme('rel', { publicReport: true });
    expect((await fetch(api('/programmes/rel/report'))).status).toBe(404);
    await submitPeople('rel', validResponses('rel', 10, { cohorts: [], seed: 77 }));
    const first = await adminFetch(api('/programmes/rel/releases'), { method: 'POST' });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ number: 1, reason: 'manager_request' });
    const res = await fetch(api('/programmes/rel/report'));
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers.get('genbridge-release')).toBe('1');
    const report = (await res.json()) as ProgrammeReport;
    expect(report.participation.matched).toBe(10);
    const again = await fetch(api('/programmes/rel/report'), {
      headers: { 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    // Newcomers as many as were in each shown group (the same synthetic mix again), so every shown
    // group grows by at least k: a second release is allowed; release 1 stays as it was.
    const twins = validResponses('rel', 10, { cohorts: [], seed: 77, prefix: 'NXT' });
    await submitPeople(
      'rel',
      twins.map((r) => ({ ...r, responseId: crypto.randomUUID() })),
    );
    const second = await adminFetch(api('/programmes/rel/releases'), { method: 'POST' });
    expect(second.status, await second.clone().text()).toBe(201);
    const latest = await fetch(api('/programmes/rel/report'), {
      headers: { 'if-none-match': etag! },
    });
    expect(latest.status).toBe(200);
    expect(((await latest.json()) as ProgrammeReport).participation.matched).toBe(20);
    const one = await fetch(api('/programmes/rel/releases/1'));
    expect(one.headers.get('etag')).toBe(etag);
    expect(((await one.json()) as ProgrammeReport).participation.matched).toBe(10);
    const list = (await (await fetch(api('/programmes/rel/releases'))).json()) as {
      releases: { number: number; createdAt: string }[];
    };
    expect(list.releases.map((r) => r.number)).toEqual([1, 2]);
    expect((await fetch(api('/programmes/rel/releases/3'))).status).toBe(404);
    expect((await fetch(api('/programmes/rel/releases/x'))).status).toBe(400);
  });

  it('a homogeneity hide is not undone by an earlier release: one corrected answer, release refused', async () => {
    // Ten mentors (8 × 9 and 2 × 7 to recommend) and ten mentees; one mentor then corrects 7 to 9
    // with their invitation. The members do not change, but release 2 would hide the mentors
    // (9 × 9, 1 × 7: homogeneous) while all₂ − mentees₁ still gives their distribution.
    await programme('homog');
    const base = validResponses('homog', 20, { cohorts: [], seed: 91 });
    const people = [...new Set(base.map((r) => r.participant))];
    const recommend = [9, 9, 9, 9, 9, 9, 9, 9, 7, 7, 0, 1, 2, 3, 4, 5, 6, 7, 8, 10];
    const responses = base.map((r): SurveyResponse => {
      const i = people.indexOf(r.participant);
      if (r.wave === 'baseline') {
        const { generation: _g, ...rest } = r;
        return { ...rest, role: i < 10 ? 'mentor' : 'mentee' };
      }
      return {
        ...r,
        feedback: {
          satisfaction: 1 + (i % 5),
          recommend: recommend[i]!,
          pairingQuality: 1 + ((i + 2) % 5),
          meetingFrequency: (['weekly', 'monthly'] as const)[i % 2],
        },
      };
    });
    const tokens = await invite('homog', people.length);
    for (const r of responses)
      expect((await submit('homog', r, tokens[people.indexOf(r.participant)]!.token)).status).toBe(
        201,
      );
    const first = await adminFetch(api('/programmes/homog/releases'), { method: 'POST' });
    expect(first.status, await first.clone().text()).toBe(201);
    const corrected = responses.find((r) => r.wave === 'exit' && r.participant === people[9])!;
    const again = {
      ...corrected,
      responseId: crypto.randomUUID(),
      feedback: { ...corrected.feedback!, recommend: 9 },
    };
    expect((await submit('homog', again, tokens[9]!.token)).status).toBe(201);
    const refused = await adminFetch(api('/programmes/homog/releases'), { method: 'POST' });
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { errors: { path: string; message: string }[] };
    const finding = body.errors.find((e) => e.path === 'feedback · role=mentor · recommend');
    expect(finding?.message).toMatch(/hidden because its members' values were alike/);
    for (const e of body.errors) expect(`${e.path} ${e.message}`).not.toMatch(/INV-/);
  });

  it('an erasure of one person also counts as a change (attack 1 with erasures)', async () => {
    await programme('erase', { anonymityThreshold: 5 });
    const responses = validResponses('erase', 12, { cohorts: [] });
    await submitPeople('erase', responses);
    expect((await adminFetch(api('/programmes/erase/releases'), { method: 'POST' })).status).toBe(
      201,
    );
    const [someone] = (await (
      await adminFetch(api('/programmes/erase/export.json'))
    ).json()) as SurveyResponse[];
    await adminFetch(api(`/programmes/erase/participants/${someone!.participant}`), {
      method: 'DELETE',
    });
    const refused = await adminFetch(api('/programmes/erase/releases'), { method: 'POST' });
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { errors: { path: string; message: string }[] };
    expect(body.errors.find((e) => e.path === 'all')?.message).toMatch(/changed by 1 person/);
  });

  it('closing the programme releases the final report, or says why it cannot', async () => {
    await programme('closing', { anonymityThreshold: 5 });
    await submitPeople('closing', validResponses('closing', 8, { cohorts: [] }));
    const closed = await adminFetch(api('/programmes/closing'), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'closed' }),
    });
    expect(await closed.json()).toMatchObject({
      status: 'closed',
      release: { released: { number: 1, reason: 'programme_closed' } },
    });
    await adminFetch(api('/programmes/closing'), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'open' }),
    });
    await submitPeople('closing', validResponses('closing', 1, { cohorts: [], prefix: 'LATE' }));
    const again = await adminFetch(api('/programmes/closing'), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'closed' }),
    });
    expect(await again.json()).toMatchObject({
      status: 'closed',
      release: { refused: { code: 'release_refused' } },
    });
  });

  it('the CLI releases and lists releases', async () => {
    await programme('cli-rel', { anonymityThreshold: 3 });
    await submitPeople('cli-rel', validResponses('cli-rel', 4, { cohorts: [] }));
    const made = await runCli(['release', 'cli-rel', '--data-dir', server.dataDir]);
    expect(made.code, made.stderr).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ number: 1 });
    await submitPeople('cli-rel', validResponses('cli-rel', 1, { cohorts: [], prefix: 'ONE' }));
    const refused = await runCli(['release', 'cli-rel', '--data-dir', server.dataDir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('all: changed by 1 person');
    const listed = await runCli(['releases', 'cli-rel', '--data-dir', server.dataDir]);
    expect(JSON.parse(listed.stdout).releases).toHaveLength(1);
  });
});

describe('rate limit per programme', () => {
  it('many addresses cannot flood one programme: its bucket answers 429 while another programme is served', async () => {
    const limited = await startServer({
      args: ['--rate-limit', 'off', '--programme-rate-limit', '3/0.01'],
    });
    try {
      const create = (id: string) =>
        fetch(
          `${limited.url}/api/programmes`,
          jsonPost({ id }, { authorization: 'Bearer test-admin-token-0123456789abcdef' }),
        );
      await create('busy');
      await create('quiet');
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await fetch(`${limited.url}/api/programmes/busy/invitation/status`)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect((await fetch(`${limited.url}/api/programmes/quiet/invitation/status`)).status).toBe(
        401,
      );
    } finally {
      await limited.stop();
      removeDir(limited.dataDir);
    }
  });
});
