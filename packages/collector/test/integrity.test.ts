import type { ProgrammeReport, SurveyResponse } from '@genbridge/schema';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshPostgresUrl } from './helpers/backends.js';
import { validResponses } from './helpers/fixtures.js';
import {
  adminFetch,
  postJson,
  removeDir,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

// Issue 9's attacks 1, 4, 5 and 6 against a real collector process, on SQLite and on PostgreSQL
// (where the throwaway cluster runs). Each test states the attack and asserts it recovers nothing.

const pgUrl = inject('pgUrl');
const stores = pgUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);

describe.each(stores)('attacks of issue 9 on %s', (store) => {
  let server: ServerProcess;
  const api = (path: string) => `${server.url}/api${path}`;

  beforeAll(async () => {
    const args = ['--rate-limit', 'off'];
    if (store === 'postgres') args.push('--database-url', await freshPostgresUrl(pgUrl!));
    server = await startServer({ args });
  });
  afterAll(async () => {
    await server?.stop();
    if (server) removeDir(server.dataDir);
  });

  async function createProgramme(body: Record<string, unknown>): Promise<void> {
    const res = await adminFetch(api('/programmes'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }

  /** A batch of invitation tokens, as the manager hands them out. */
  async function invite(programme: string, count: number): Promise<string[]> {
    const res = await adminFetch(api(`/programmes/${programme}/invitations`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ count }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { invitations: { token: string }[] };
    return body.invitations.map((i) => i.token);
  }

  /** Submits as the holder of `token` (the participant code in the body is left out). */
  function submit(programme: string, response: SurveyResponse, token?: string) {
    const { participant: _omitted, ...body } = response;
    return postJson(
      api(`/programmes/${programme}/responses`),
      token ? body : response,
      token ? { authorization: `Invitation ${token}` } : {},
    );
  }

  /** Every participant's baseline and exit, each participant with their own invitation. */
  async function submitAll(programme: string, responses: SurveyResponse[], tokens: string[]) {
    const byParticipant = [...new Set(responses.map((r) => r.participant))];
    for (const r of responses) {
      const token = tokens[byParticipant.indexOf(r.participant)]!;
      const res = await submit(programme, r, token);
      expect(res.status, await res.clone().text()).toBe(201);
    }
  }

  const release = (programme: string) =>
    adminFetch(api(`/programmes/${programme}/releases`), { method: 'POST' });
  const publicReport = async (programme: string) => {
    const res = await fetch(api(`/programmes/${programme}/report`));
    return { status: res.status, text: await res.text(), etag: res.headers.get('etag') };
  };
  const allMean = (r: ProgrammeReport) => {
    const all = r.groups.find((g) => g.key === 'all');
    if (!all || all.suppressed) return undefined;
    const c = all.constructs.find((x) => x.constructId === 'digital_confidence')!;
    return { n: all.n, baseline: c.baseline.mean, exit: c.exit.mean };
  };

  it('attack 1: one new participant between two reads of the report discloses nothing', async () => {
    const id = `diff-${store}`;
    await createProgramme({ id, anonymityThreshold: 5, publicReport: true });
    const first = validResponses(id, 12, { prefix: 'OLD', cohorts: [] });
    await submitAll(id, first, await invite(id, 12));
    expect((await release(id)).status).toBe(201);
    const before = await publicReport(id);
    expect(before.status).toBe(200);

    // The victim joins and submits both waves; the attacker reads the report again.
    const victim = validResponses(id, 1, { prefix: 'NEW', cohorts: [] });
    await submitAll(id, victim, await invite(id, 1));
    const refused = await release(id);
    expect(refused.status).toBe(409);
    const problem = (await refused.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('release_refused');
    expect(problem.errors.map((e) => e.path)).toContain('all');
    const after = await publicReport(id);

    // n2·mean2 − n1·mean1 would be the victim's score; the report did not move, so there is nothing to subtract.
    const a = allMean(JSON.parse(before.text) as ProgrammeReport);
    const b = allMean(JSON.parse(after.text) as ProgrammeReport);
    expect(a?.n).toBe(12);
    expect(b).toEqual(a);
    expect(after.text).toBe(before.text);
    expect(after.etag).toBe(before.etag);
  });

  it('attack 4: submissions without an invitation are refused, so sybils cannot lift a group over k', async () => {
    const id = `sybil-${store}`;
    await createProgramme({ id, anonymityThreshold: 5 });
    const sybils = validResponses(id, 9, { prefix: 'SYB', cohorts: [] });
    const statuses = [];
    for (const r of sybils) statuses.push((await submit(id, r)).status);
    expect(new Set(statuses)).toEqual(new Set([401]));
    const forged = await submit(id, sybils[0]!, 'A'.repeat(43));
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ code: 'invitation_invalid' });
    const noToken = await submit(id, { ...sybils[1]!, responseId: randomUUID() });
    expect(noToken.headers.get('content-type')).toMatch(/json/);
    expect(await noToken.json()).toMatchObject({ code: 'invitation_required' });
    const shown = (await (await adminFetch(api(`/programmes/${id}`))).json()) as {
      responses: number;
    };
    expect(shown.responses).toBe(0);
  });

  it("attack 5: a far-future submittedAt does not win and nobody else can replace a participant's answers", async () => {
    const id = `overwrite-${store}`;
    await createProgramme({ id, anonymityThreshold: 3, publicReport: true });
    const people = validResponses(id, 3, { prefix: 'OVR', cohorts: [] });
    const tokens = await invite(id, 4);
    await submitAll(id, people, tokens);
    const victim = people.find((r) => r.wave === 'baseline')!;
    const forged = {
      ...victim,
      responseId: randomUUID(),
      submittedAt: '9999-12-31T23:59:59.000Z',
      answers: Object.fromEntries(Object.keys(victim.answers).map((k) => [k, 1])),
    };
    // Without the victim's invitation: with none, with a forged one, with the attacker's own.
    expect((await submit(id, forged)).status).toBe(401);
    expect((await submit(id, forged, `${tokens[0]!.slice(0, -2)}xx`)).status).toBe(403);
    // The attacker's own invitation cannot name anyone else …
    const named = await postJson(api(`/programmes/${id}/responses`), forged, {
      authorization: `Invitation ${tokens[3]}`,
    });
    expect(named.status).toBe(400);
    expect(await named.json()).toMatchObject({ errors: [{ path: 'participant' }] });
    // … and without a name it is the attacker's own answer, under the attacker's own pseudonym.
    expect((await submit(id, { ...forged, responseId: randomUUID() }, tokens[3])).status).toBe(201);
    expect((await release(id)).status).toBe(201);
    const report = JSON.parse((await publicReport(id)).text) as ProgrammeReport;
    const expected = people
      .filter((r) => r.wave === 'baseline')
      .map((r) => r.answers.dc_1!)
      .reduce((s, v) => s + v, 0);
    // Resubmissions are resolved before scoring, so the report cannot tell whether a code existed.
    expect(report.participation.duplicatesReplaced).toBe(0);
    const all = report.groups.find((g) => g.key === 'all')!;
    expect(all.suppressed).toBe(false);
    if (all.suppressed) return;
    expect(all.n).toBe(3);
    // The victim's baseline is what the victim sent: dc_1 of the three still sums as before.
    const exported = (await (
      await adminFetch(api(`/programmes/${id}/export.json`))
    ).json()) as SurveyResponse[];
    const dated = exported.filter((r) => r.submittedAt.startsWith('9999'));
    expect(dated).toHaveLength(1);
    expect(dated[0]!.participant).not.toBe(victim.participant);
    const stored = exported.filter(
      (r) => r.wave === 'baseline' && !r.submittedAt.startsWith('9999'),
    );
    expect(stored.reduce((s, r) => s + r.answers.dc_1!, 0)).toBe(expected);
  });

  it('attack 5: the same invitation replaces its own wave in server receive order, whatever submittedAt says', async () => {
    const id = `order-${store}`;
    await createProgramme({ id, anonymityThreshold: 3 });
    const [token] = await invite(id, 1);
    const [baseline] = validResponses(id, 1, { prefix: 'ORD', cohorts: [] });
    const first = { ...baseline!, submittedAt: '9999-12-31T23:59:59.000Z' };
    const second = {
      ...baseline!,
      responseId: randomUUID(),
      answers: { ...baseline!.answers, dc_1: baseline!.answers.dc_1 === 5 ? 4 : 5 },
    };
    expect((await submit(id, first, token)).status).toBe(201);
    expect((await submit(id, second, token)).status).toBe(201);
    const status = await fetch(api(`/programmes/${id}/invitation/status`), {
      headers: { authorization: `Invitation ${token}` },
    });
    expect(status.status).toBe(200);
    const waves = (await status.json()) as { baseline: { submittedAt: string }; exit: null };
    expect(waves.exit).toBeNull();
    // Server receive time, not the client's 9999 date.
    expect(Date.parse(waves.baseline.submittedAt)).toBeLessThan(Date.now() + 60_000);
    const effective = (await (
      await adminFetch(api(`/programmes/${id}/export.json?effective=true`))
    ).json()) as SurveyResponse[];
    expect(effective).toHaveLength(1);
    expect(effective[0]!.responseId).toBe(second.responseId);
  });

  it('attack 6: an undeclared cohort is a 400 naming the allowed values; nothing is stored', async () => {
    // A programme that declares no cohorts accepts none.
    const bare = `nocohort-${store}`;
    await createProgramme({ id: bare });
    const [bareToken] = await invite(bare, 1);
    const [leak] = validResponses(bare, 1, { prefix: 'LEAK', cohorts: ['jane-doe-hr-complaint'] });
    const refused = await submit(bare, leak!, bareToken);
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      errors: [{ path: 'cohort', message: 'must be left out: the programme declares no cohorts' }],
    });

    const id = `cohort-${store}`;
    await createProgramme({
      id,
      cohorts: [
        { id: 'spring', label: 'Spring 2026' },
        { id: 'autumn', label: 'Autumn 2026' },
      ],
    });
    const [token] = await invite(id, 1);
    const [r] = validResponses(id, 1, { prefix: 'COH', cohorts: ['spring'] });
    const res = await submit(id, { ...r!, cohort: 'jane-doe-hr-complaint' }, token);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(body.errors).toEqual([
      expect.objectContaining({
        path: 'cohort',
        message: 'must be one of the programme\'s cohorts: "spring", "autumn"',
      }),
    ]);
    const shown = (await (await adminFetch(api(`/programmes/${id}`))).json()) as {
      responses: number;
    };
    expect(shown.responses).toBe(0);
    expect((await submit(id, r!, token)).status).toBe(201);
  });

  it('attack 5 in an open programme: a later submission under a known code, dated 9999, does not replace the first', async () => {
    const id = `open-${store}`;
    await createProgramme({ id, anonymityThreshold: 3, accessMode: 'open' });
    const [victim] = validResponses(id, 1, { prefix: 'OPN', cohorts: [] });
    expect((await submit(id, victim!)).status).toBe(201);
    const forged = {
      ...victim!,
      responseId: randomUUID(),
      submittedAt: '9999-12-31T23:59:59.000Z',
      answers: Object.fromEntries(Object.keys(victim!.answers).map((k) => [k, 1])),
    };
    // Accepted like any submission (a refusal would tell the attacker the code exists) …
    expect((await submit(id, forged)).status).toBe(201);
    // … but the first one received is the one that counts.
    const effective = (await (
      await adminFetch(api(`/programmes/${id}/export.json?effective=true`))
    ).json()) as SurveyResponse[];
    expect(effective.map((r) => r.responseId)).toEqual([victim!.responseId]);
  });
});
