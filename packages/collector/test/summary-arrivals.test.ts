// The manager's response count in the programme summary and live participation are two views of
// the same people; both must move only in steps of k arrivals, and together (privacy rule 9). The
// count used to step over the *stored* responses while participation steps over arrivals, so a
// resubmission or an erasure moved one view and not the other: a manager who refreshes both saw a
// change of one person. Through the HTTP API with a manager token, on SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { createCollectorApp } from '../src/http/app.js';
import { createProgramme } from '../src/domain/programmes.js';
import { eraseParticipant, submitResponse } from '../src/domain/responses.js';
import { liveParticipation } from '../src/domain/live-participation.js';
import { summaryFor, type Identity } from '../src/auth/roles.js';
import { describeProgramme } from '../src/domain/programmes.js';
import type { Storage } from '../src/storage/storage.js';
import { backends, freshStorage, type Backend } from './helpers/backends.js';
import { OPEN_PROGRAMME, responseIn } from './helpers/fixtures.js';
import { jsonPost } from './helpers/server-process.js';

const STEWARD = 'summary-arrivals-steward-token-0123456789';
const K = 5;

let clock = Date.parse('2026-06-15T10:00:00.000Z');
const now = () => new Date((clock += 1000));

/** A collector on a fresh database, with one open programme and a manager's API token. */
async function collector(backend: Backend, id: string) {
  const storage = await freshStorage(backend);
  const app = createCollectorApp({
    storage,
    adminToken: STEWARD,
    rateLimit: false,
    programmeRateLimit: false,
    now,
  });
  const steward = { authorization: `Bearer ${STEWARD}` };
  const created = await app.request(
    '/api/programmes',
    jsonPost({ ...OPEN_PROGRAMME, id, name: 'Arrivals', anonymityThreshold: K }, steward),
  );
  expect(created.status, await created.clone().text()).toBe(201);
  const minted = await app.request(
    '/api/tokens',
    jsonPost({ name: 'programme manager', role: 'manager' }, steward),
  );
  expect(minted.status, await minted.clone().text()).toBe(201);
  const manager = { authorization: `Bearer ${((await minted.json()) as { token: string }).token}` };

  const submit = async (wave: 'baseline' | 'exit', cohort: string, participant?: string) => {
    const res = await app.request(
      `/api/programmes/${id}/responses`,
      jsonPost(responseIn(id, wave, cohort, participant)),
    );
    expect(res.status, await res.clone().text()).toBe(201);
  };
  const erase = async (participant: string) => {
    const res = await app.request(`/api/programmes/${id}/participants/${participant}`, {
      method: 'DELETE',
      headers: steward,
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };
  /** Everything a manager can read about how many answered: both views, as one refresh. */
  const refresh = async () => {
    const detail = await app.request(`/api/programmes/${id}`, { headers: manager });
    const list = await app.request('/api/programmes', { headers: manager });
    const live = await app.request(`/api/programmes/${id}/participation`, { headers: manager });
    expect([detail.status, list.status, live.status]).toEqual([200, 200, 200]);
    const listed = ((await list.json()) as { programmes: { id: string; responses?: number }[] })
      .programmes;
    const { waves } = (await live.json()) as {
      waves: { total: number | null; cohorts: { n: number | null }[] }[];
    };
    const count = ((await detail.json()) as { responses?: number }).responses;
    expect(listed.find((p) => p.id === id)!.responses).toBe(count);
    return { count, participation: JSON.stringify(waves), totals: waves.map((w) => w.total) };
  };
  return { storage, submit, erase, refresh };
}

describe.each(backends())(
  "the manager's response count steps with the arrivals: $name",
  (backend) => {
    it('one person resubmitting k times moves neither view', async () => {
      const c = await collector(backend, 'resubmit');
      for (let i = 0; i < 2 * K; i++) await c.submit('baseline', 'spring');
      const before = await c.refresh();
      expect(before.count).toBe(2 * K);
      // The victim is the only one asked to correct their answer; the manager refreshes after
      // each of their submissions. A move of the count would say "they resubmitted just now".
      for (let i = 0; i < K; i++) {
        await c.submit('baseline', 'autumn', 'PVICTIM1');
        expect(await c.refresh()).toEqual(before);
      }
    });

    it('both views change at the same refreshes, by the same k arrivals', async () => {
      const c = await collector(backend, 'together');
      // An earlier resubmission shifts stored responses against arrivals by one.
      await c.submit('baseline', 'spring', 'PEARLY01');
      await c.submit('baseline', 'spring', 'PEARLY01');
      let last = await c.refresh();
      const script: ['baseline' | 'exit', string][] = [];
      for (let i = 0; i < 4 * K; i++)
        script.push([i % 2 ? 'exit' : 'baseline', i % 3 ? 'autumn' : 'spring']);
      for (const [wave, cohort] of script) {
        await c.submit(wave, cohort);
        const seen = await c.refresh();
        // Whatever moves, moves at once: a count that steps one refresh before participation
        // (or after it) tells the manager that the single arrival in between came then.
        if (seen.count !== last.count) expect(seen.participation).not.toBe(last.participation);
        if (seen.participation !== last.participation && seen.count && last.count)
          expect(seen.count - last.count).toBeGreaterThanOrEqual(K);
        if (seen.totals.every((t) => t !== null))
          expect(seen.count).toBe(seen.totals.reduce((a, b) => a! + b!, 0));
        last = seen;
      }
    });

    it('the count never tells a wave total that participation hides', async () => {
      const c = await collector(backend, 'waves');
      // 12 baselines and 3 exits: participation shows the baseline total and hides the exit one
      // ("fewer than k"); a count of 15 beside it would give the 3 exits by subtraction.
      // The manager refreshes after each exit answer.
      for (let i = 0; i < 12; i++) await c.submit('baseline', i % 2 ? 'autumn' : 'spring');
      for (let i = 0; i < 3; i++) {
        await c.submit('exit', 'spring');
        const seen = await c.refresh();
        if (seen.count === undefined) continue;
        const shown = seen.totals.reduce<number>((a, t) => a + (t ?? 0), 0);
        const worked = seen.count - shown;
        expect(worked === 0 || worked >= K, `count ${seen.count} − shown ${shown}`).toBe(true);
      }
      // Once both waves are shown, so is the count, and it is their sum.
      for (let i = 0; i < 5; i++) await c.submit('exit', 'autumn');
      const both = await c.refresh();
      expect(both.totals).toEqual([12, 8]);
      expect(both.count).toBe(20);
    });

    it('after an erasure the count is what participation counts: the arrivals left, stepped', async () => {
      const c = await collector(backend, 'erasure');
      for (let i = 0; i < 2 * K; i++)
        await c.submit('baseline', 'spring', `PERASE${String(i).padStart(2, '0')}`);
      // One person corrects themselves: a stored response more, no arrival more.
      await c.submit('baseline', 'spring', 'PERASE00');
      expect((await c.refresh()).count).toBe(2 * K);
      // The steward erases someone else: 2k − 1 arrivals are left, so both views show k.
      await c.erase('PERASE05');
      const after = await c.refresh();
      expect(after.totals[0]).toBe(K);
      expect(after.count).toBe(K);
    });
  },
);

// The same agreement over random histories, against a model of the rule written out here: the
// count a manager reads is c = ⌊a/k⌋·k, a the people-and-waves with a stored response (arrivals,
// in the order of their first receipt), whatever resubmissions and erasures happened; it is
// withheld while exactly one wave has 1 to k − 1 of the first c arrivals (participation hides
// that wave's total, the count would give it); participation's shown totals add up to it.
describe.each(backends())('random histories: $name', (backend) => {
  const manager: Identity = {
    subject: 'demo:manager',
    name: 'manager',
    role: 'manager',
    programmes: '*',
    via: 'session',
  };
  const countFor = async (storage: Storage, id: string) =>
    summaryFor(manager, await describeProgramme(storage, (await storage.getProgramme(id))!))
      .responses;

  it('the count is ⌊arrivals/k⌋·k, or withheld while it would tell a hidden wave total', async () => {
    const storage = await freshStorage(backend);
    const k = 4;
    await createProgramme(storage, { id: 'random', ...OPEN_PROGRAMME, anonymityThreshold: k });
    let seed = 11;
    // A 32-bit LCG, high bits only: deterministic, so a failure names a reproducible step.
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    const people = Array.from({ length: 12 }, (_, i) => `PRAND${i}`);
    let arrivals: { wave: string; person: string }[] = [];
    let withheld = 0;
    let erased = 0;
    for (let step = 0; step < 120; step++) {
      const person = people[random(people.length)]!;
      const erasing = random(5) === 0;
      if (erasing) {
        await eraseParticipant(storage, 'random', person);
        arrivals = arrivals.filter((a) => a.person !== person);
      } else {
        const wave = random(6) ? 'baseline' : 'exit';
        await submitResponse(
          storage,
          {
            programmeId: 'random',
            body: responseIn('random', wave, random(2) ? 'spring' : 'autumn', person),
          },
          now,
        );
        if (!arrivals.some((a) => a.wave === wave && a.person === person))
          arrivals.push({ wave, person });
      }
      const counted = arrivals.slice(0, Math.floor(arrivals.length / k) * k);
      const perWave = ['baseline', 'exit'].map((w) => counted.filter((a) => a.wave === w).length);
      const hidden = perWave.filter((n) => n > 0 && n < k).length;
      const expected = hidden === 1 ? undefined : counted.length;
      expect(await countFor(storage, 'random'), `step ${step}`).toBe(expected);
      const live = await liveParticipation(storage, 'random');
      expect(live.waves.map((w) => w.total)).toEqual(
        perWave.map((n) => (n > 0 && n < k ? null : n)),
      );
      withheld += expected === undefined ? 1 : 0;
      erased += erasing ? 1 : 0;
    }
    // The history went through every case: erasures, and the count withheld and shown.
    expect(erased).toBeGreaterThan(10);
    expect(withheld).toBeGreaterThan(10);
    expect(withheld).toBeLessThan(110);
  });
});
