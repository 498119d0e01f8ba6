// Live participation must not reveal when someone answered (issue 11, console): a manager who
// refreshes `GET …/participation` after every response could otherwise difference two views and
// see a cohort count go from 7 to 8 at 10:03, i.e. that someone of that cohort answered just then.
// The counts are computed over the first ⌊n/k⌋·k arrivals (a person's first receipt of a wave, in
// receive order), so two views differ by nobody or by at least k arrivals. On SQLite and PostgreSQL.
import { describe, expect, it } from 'vitest';
import { liveParticipation } from '../src/domain/live-participation.js';
import { summaryFor, type Identity } from '../src/auth/roles.js';
import { createProgramme, describeProgramme } from '../src/domain/programmes.js';
import { eraseParticipant, submitResponse } from '../src/domain/responses.js';
import type { Storage } from '../src/storage/storage.js';
import { backends, freshStorage } from './helpers/backends.js';
import { OPEN_PROGRAMME, responseIn } from './helpers/fixtures.js';

let clock = Date.parse('2026-06-15T10:00:00.000Z');
const now = () => new Date((clock += 60_000));

/** The counts a manager reads, without the envelope. */
const counts = async (storage: Storage, id: string) =>
  JSON.stringify((await liveParticipation(storage, id)).waves);

describe.each(backends())('live participation over time: $name', (backend) => {
  it('one new response between two views changes nothing a manager can read', async () => {
    const storage = await freshStorage(backend);
    await createProgramme(storage, { id: 'diff', ...OPEN_PROGRAMME, anonymityThreshold: 5 });
    const submit = (wave: 'baseline' | 'exit', cohort?: string) =>
      submitResponse(storage, { programmeId: 'diff', body: responseIn('diff', wave, cohort) }, now);
    // 7 spring and 8 autumn baselines: 15 arrivals, a multiple of k, so the view is complete.
    for (let i = 0; i < 7; i++) await submit('baseline', 'spring');
    for (let i = 0; i < 8; i++) await submit('baseline', 'autumn');
    const at1002 = await liveParticipation(storage, 'diff');
    expect(at1002.waves[0]!.cohorts.find((c) => c.cohort === 'spring')!.n).toBe(7);

    // 10:03: the victim, in spring, answers. The manager refreshes after every single response.
    await submit('baseline', 'spring');
    const at1003 = await liveParticipation(storage, 'diff');
    expect(at1003.waves[0]!.cohorts.find((c) => c.cohort === 'spring')!.n).toBe(7);
    expect(at1003).toEqual(at1002);

    // Up to k − 1 arrivals (any wave, any cohort) leave the view as it was.
    const seen = [await counts(storage, 'diff')];
    for (const [wave, cohort] of [
      ['exit', 'spring'],
      ['baseline', 'autumn'],
      ['exit', 'autumn'],
    ] as const) {
      await submit(wave, cohort);
      seen.push(await counts(storage, 'diff'));
    }
    expect(new Set(seen).size).toBe(1);

    // The k-th arrival since the last step moves the view by all k of them at once.
    await submit('exit', 'autumn');
    const stepped = await liveParticipation(storage, 'diff');
    const baseline = stepped.waves[0]!;
    const exit = stepped.waves[1]!;
    expect(baseline.total).toBe(17);
    expect(baseline.cohorts.find((c) => c.cohort === 'spring')!.n).toBe(8);
    expect(exit.total).toBeNull(); // 3 exit answers: fewer than k
  });

  it("the programme summary's response count moves in steps of k for a manager", async () => {
    const storage = await freshStorage(backend);
    await createProgramme(storage, { id: 'summary', ...OPEN_PROGRAMME, anonymityThreshold: 5 });
    const as = (role: Identity['role']) => async () =>
      summaryFor(
        { subject: `demo:${role}`, name: role, role, programmes: '*', via: 'session' },
        await describeProgramme(storage, (await storage.getProgramme('summary'))!),
      ).responses;
    const manager = as('manager');
    for (let i = 0; i < 7; i++)
      await submitResponse(
        storage,
        { programmeId: 'summary', body: responseIn('summary', 'baseline', 'spring') },
        now,
      );
    expect(await manager()).toBe(5);
    await submitResponse(
      storage,
      { programmeId: 'summary', body: responseIn('summary', 'baseline', 'autumn') },
      now,
    );
    expect(await manager()).toBe(5);
    // The steward, who can export every response with its receive time anyway, sees it exactly;
    // a viewer not at all.
    expect(await as('steward')()).toBe(8);
    expect(await as('viewer')()).toBeUndefined();
  });

  it('replacing a response is no arrival: a person resubmitting k times does not move the view', async () => {
    const storage = await freshStorage(backend);
    await createProgramme(storage, { id: 'again', ...OPEN_PROGRAMME, anonymityThreshold: 5 });
    for (let i = 0; i < 10; i++)
      await submitResponse(
        storage,
        { programmeId: 'again', body: responseIn('again', 'baseline', 'spring') },
        now,
      );
    const before = await counts(storage, 'again');
    await submitResponse(
      storage,
      { programmeId: 'again', body: responseIn('again', 'baseline', 'autumn', 'PNEWCOMER') },
      now,
    );
    // The newcomer sends the same wave again and again: still one arrival, still hidden.
    for (let i = 0; i < 6; i++)
      await submitResponse(
        storage,
        { programmeId: 'again', body: responseIn('again', 'baseline', 'autumn', 'PNEWCOMER') },
        now,
      );
    expect(await counts(storage, 'again')).toBe(before);
  });

  it('the view is a function of what is stored: the same on every read, and after an erasure', async () => {
    const storage = await freshStorage(backend);
    await createProgramme(storage, { id: 'erase', ...OPEN_PROGRAMME, anonymityThreshold: 5 });
    for (let i = 0; i < 11; i++)
      await submitResponse(
        storage,
        {
          programmeId: 'erase',
          body: responseIn('erase', 'baseline', 'spring', `PERASE${String(i).padStart(2, '0')}`),
        },
        now,
      );
    const view = await counts(storage, 'erase');
    expect(await counts(storage, 'erase')).toBe(view);
    expect((await liveParticipation(storage, 'erase')).waves[0]!.total).toBe(10);
    // An erasure takes a person out of the arrivals: 10 left, all of them counted.
    await eraseParticipant(storage, 'erase', 'PERASE03');
    expect((await liveParticipation(storage, 'erase')).waves[0]!.total).toBe(10);
    await eraseParticipant(storage, 'erase', 'PERASE04');
    expect((await liveParticipation(storage, 'erase')).waves[0]!.total).toBe(5);
  });
});
