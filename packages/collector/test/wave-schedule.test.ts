// The wave schedule (issue 12): a programme's waves open and close at set dates, the collector
// refuses a response outside its wave's window (409 naming the wave and the date), and the check
// is part of the insert's transaction, so a schedule change that commits while a submission is in
// flight stops it like a close does. Live participation per wave and cohort follows the report's
// anonymity rules. On SQLite and PostgreSQL alike.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../src/domain/errors.js';
import { liveParticipation } from '../src/domain/live-participation.js';
import { createProgramme, describeProgramme, updateProgramme } from '../src/domain/programmes.js';
import { submitResponse } from '../src/domain/responses.js';
import { backends, freshStorage } from './helpers/backends.js';
import { OPEN_PROGRAMME, responseIn } from './helpers/fixtures.js';

const NOW = new Date('2026-06-15T12:00:00.000Z');
const now = () => NOW;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe.each(backends())('wave schedule and live participation: $name', (backend) => {
  it('refuses a response before its wave opens and after it closes, naming wave and date', async () => {
    const storage = await freshStorage(backend);
    await createProgramme(storage, {
      id: 'sched',
      ...OPEN_PROGRAMME,
      schedule: {
        // Any offset is accepted and kept in UTC.
        baseline: { opens: '2026-06-01T09:00:00+02:00', closes: '2026-06-15T12:00:00Z' },
        exit: { opens: '2026-09-01T00:00:00Z' },
      },
    });
    const closed = await refusal(
      submitResponse(storage, { programmeId: 'sched', body: responseIn('sched', 'baseline') }, now),
    );
    expect(closed.code).toBe('wave_closed');
    expect(closed.kind).toBe('conflict');
    expect(closed.message).toContain('baseline');
    expect(closed.message).toContain('2026-06-15T12:00:00.000Z');
    const early = await refusal(
      submitResponse(storage, { programmeId: 'sched', body: responseIn('sched', 'exit') }, now),
    );
    expect(early.code).toBe('wave_not_open');
    expect(early.message).toContain('exit');
    expect(early.message).toContain('2026-09-01T00:00:00.000Z');
    expect(await storage.countResponses('sched')).toBe(0);

    // One millisecond earlier the baseline is open (closes is exclusive, opens inclusive).
    const justBefore = () => new Date('2026-06-15T11:59:59.999Z');
    const ok = await submitResponse(
      storage,
      { programmeId: 'sched', body: responseIn('sched', 'baseline') },
      justBefore,
    );
    expect(ok.kind).toBe('created');
    const atOpening = () => new Date('2026-06-01T07:00:00.000Z');
    expect(
      (
        await submitResponse(
          storage,
          { programmeId: 'sched', body: responseIn('sched', 'baseline') },
          atOpening,
        )
      ).kind,
    ).toBe('created');

    // The schedule is shown as stored (UTC) and can be replaced; {} removes every date.
    const described = await describeProgramme(storage, (await storage.getProgramme('sched'))!);
    expect(described.schedule).toEqual({
      baseline: { opens: '2026-06-01T07:00:00.000Z', closes: '2026-06-15T12:00:00.000Z' },
      exit: { opens: '2026-09-01T00:00:00.000Z' },
    });
    await updateProgramme(storage, 'sched', { schedule: {} });
    expect((await storage.getProgramme('sched'))!.schedule).toBeUndefined();
    expect(
      (
        await submitResponse(
          storage,
          { programmeId: 'sched', body: responseIn('sched', 'exit') },
          now,
        )
      ).kind,
    ).toBe('created');
  });

  it('names the field and the reason for a schedule that cannot be', async () => {
    const storage = await freshStorage(backend);
    const backwards = await refusal(
      createProgramme(storage, {
        id: 'bad',
        schedule: { baseline: { opens: '2026-07-01T00:00:00Z', closes: '2026-06-01T00:00:00Z' } },
      }),
    );
    expect(backwards.kind).toBe('invalid');
    expect(backwards.errors).toEqual([
      expect.objectContaining({ path: 'schedule.baseline.closes', message: 'must be after opens' }),
    ]);
    const noZone = await refusal(
      createProgramme(storage, { id: 'bad', schedule: { exit: { closes: '2026-07-01T00:00' } } }),
    );
    expect(noZone.errors?.[0]?.path).toBe('schedule.exit.closes');
    const unknownWave = await refusal(
      createProgramme(storage, { id: 'bad', schedule: { midpoint: {} } }),
    );
    expect(unknownWave.errors?.[0]?.path).toContain('schedule');
    expect(await storage.getProgramme('bad')).toBeUndefined();
  });

  it('a schedule change that commits while a submission is in flight stops it, like a close', async () => {
    const storage = await freshStorage(backend);
    await createProgramme(storage, { id: 'race', ...OPEN_PROGRAMME });
    const stale = (await storage.getProgramme('race'))!;
    // The manager closes the baseline (a date already past) after the submission looked the
    // programme up but before its insert: the lookup below hands out the programme as it was.
    await updateProgramme(storage, 'race', {
      schedule: { baseline: { closes: '2026-06-01T00:00:00Z' } },
    });
    let lookups = 0;
    const racing = new Proxy(storage, {
      get(target, key, receiver) {
        if (key === 'getProgramme')
          return async (id: string) => (lookups++ === 0 ? stale : target.getProgramme(id));
        const value = Reflect.get(target, key, receiver) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const error = await refusal(
      submitResponse(racing, { programmeId: 'race', body: responseIn('race', 'baseline') }, now),
    );
    expect(error.code).toBe('wave_closed');
    expect(await storage.countResponses('race')).toBe(0);
  });

  it('counts people per wave and cohort, hiding small cells so the total cannot reveal them', async () => {
    const storage = await freshStorage(backend);
    await createProgramme(storage, { id: 'live', ...OPEN_PROGRAMME, anonymityThreshold: 5 });
    const submit = (wave: 'baseline' | 'exit', cohort?: string) =>
      submitResponse(storage, { programmeId: 'live', body: responseIn('live', wave, cohort) }, now);
    // Baseline: 6 spring, 2 autumn (hidden: < 5). Shown alone, total − spring = autumn, so spring
    // is hidden too (complementary); the total of 8 stays.
    for (let i = 0; i < 6; i++) await submit('baseline', 'spring');
    for (let i = 0; i < 2; i++) await submit('baseline', 'autumn');
    // Exit: 5 spring, 5 autumn, 2 who gave no cohort: "not stated" is a cell of its own (hidden),
    // and the smallest shown cell follows it. 20 arrivals in all, a multiple of k, so every one
    // is counted (live-participation.test.ts: counts move in steps of k).
    for (let i = 0; i < 5; i++) await submit('exit', 'spring');
    for (let i = 0; i < 5; i++) await submit('exit', 'autumn');
    for (let i = 0; i < 2; i++) await submit('exit');

    const live = await liveParticipation(storage, 'live');
    expect(live.anonymityThreshold).toBe(5);
    const [baseline, exit] = live.waves;
    expect(baseline!.total).toBe(8);
    expect(baseline!.cohorts).toEqual([
      { cohort: 'spring', label: 'Spring', n: null, suppressed: 'complement_below_threshold' },
      { cohort: 'autumn', label: 'Autumn', n: null, suppressed: 'below_threshold' },
      { cohort: 'not_stated', label: 'Not stated', n: 0 },
    ]);
    expect(exit!.total).toBe(12);
    const shown = exit!.cohorts.filter((c) => c.n !== null);
    const hidden = 12 - shown.reduce((sum, c) => sum + c.n!, 0);
    expect(hidden === 0 || hidden >= 5).toBe(true);
    expect(exit!.cohorts.find((c) => c.cohort === 'not_stated')).toMatchObject({ n: null });
    // Never a score: only counts.
    expect(JSON.stringify(live)).not.toMatch(/mean|score|construct/);

    // Fewer than k people in a wave: the total itself is hidden, and every cell with it
    // (3 baseline and 2 exit answers: 5 arrivals, one step of k, all counted).
    await createProgramme(storage, { id: 'tiny', ...OPEN_PROGRAMME });
    for (const wave of ['baseline', 'baseline', 'baseline', 'exit', 'exit'] as const)
      await submitResponse(
        storage,
        { programmeId: 'tiny', body: responseIn('tiny', wave, 'spring') },
        now,
      );
    const tiny = await liveParticipation(storage, 'tiny');
    for (const wave of tiny.waves) {
      expect(wave.total).toBeNull();
      expect(wave.cohorts.every((c) => c.n === null || c.n === 0)).toBe(true);
    }
    // Before the first k arrivals nothing is counted yet: the view is the empty one.
    await createProgramme(storage, { id: 'first', ...OPEN_PROGRAMME });
    for (let i = 0; i < 4; i++)
      await submitResponse(
        storage,
        { programmeId: 'first', body: responseIn('first', 'baseline', 'spring') },
        now,
      );
    expect((await liveParticipation(storage, 'first')).waves[1]).toEqual({
      wave: 'exit',
      total: 0,
      cohorts: [
        { cohort: 'spring', label: 'Spring', n: 0 },
        { cohort: 'autumn', label: 'Autumn', n: 0 },
        { cohort: 'not_stated', label: 'Not stated', n: 0 },
      ],
    });
    expect((await liveParticipation(storage, 'first')).waves[0]!.total).toBe(0);
  });
});
