import { defaultInstrument, type SurveyResponse } from '@genbridge/schema';
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/http/canonical-json.js';
import type { NewProgramme, Storage } from '../src/storage/storage.js';
import { backends } from './helpers/backends.js';
import { oneResponse, validResponses } from './helpers/fixtures.js';

const programme = (id: string, patch: Partial<NewProgramme> = {}): NewProgramme => ({
  id,
  name: `Programme ${id}`,
  status: 'open',
  anonymityThreshold: 5,
  publicReport: false,
  instrument: defaultInstrument,
  accessMode: 'invitation',
  cohorts: [],
  ...patch,
});

const insert = (s: Storage, r: SurveyResponse, at = new Date().toISOString()) =>
  s.insertResponse(r, canonicalJson(r), at);

describe.each(backends())('storage: $name', (backend) => {
  let db: Awaited<ReturnType<typeof backend.fresh>>;
  let storage: Storage;
  beforeEach(async () => {
    db = await backend.fresh();
    storage = db.storage;
  });
  afterEach(async () => {
    await storage.close();
    await db.dispose();
  });

  it('reports its kind and answers ping', async () => {
    expect(storage.kind).toBe(backend.name);
    await expect(storage.ping()).resolves.toBeUndefined();
  });

  it('creates, reads, lists and refuses a second programme with the same id', async () => {
    const created = await storage.createProgramme(programme('rm-2026', { publicReport: true }));
    expect(created).toMatchObject({
      id: 'rm-2026',
      status: 'open',
      anonymityThreshold: 5,
      publicReport: true,
    });
    expect(created?.instrument).toEqual(defaultInstrument);
    expect(await storage.createProgramme(programme('rm-2026'))).toBeUndefined();
    await storage.createProgramme(programme('a-first'));
    expect((await storage.listProgrammes()).map((p) => p.id)).toEqual(['a-first', 'rm-2026']);
    expect(await storage.getProgramme('nope')).toBeUndefined();
  });

  it('updates status, k, publicReport and name, and reports unknown ids', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const updated = await storage.updateProgramme('rm-2026', {
      status: 'closed',
      anonymityThreshold: 7,
      publicReport: true,
      name: 'X',
    });
    expect(updated).toMatchObject({
      status: 'closed',
      anonymityThreshold: 7,
      publicReport: true,
      name: 'X',
    });
    expect(await storage.getProgramme('rm-2026')).toMatchObject({
      status: 'closed',
      anonymityThreshold: 7,
    });
    expect(await storage.updateProgramme('nope', { status: 'open' })).toBeUndefined();
  });

  it('stores a response once: first created, identical repeat duplicate with the original receipt, different content conflict', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const r = oneResponse('rm-2026');
    const first = await insert(storage, r, '2026-05-01T10:00:00.000Z');
    expect(first).toEqual({
      kind: 'created',
      receipt: {
        responseId: r.responseId,
        programmeId: 'rm-2026',
        receivedAt: '2026-05-01T10:00:00.000Z',
      },
    });
    if (first.kind !== 'created') throw new Error('not created');
    const again = await insert(storage, r, '2026-05-01T11:00:00.000Z');
    expect(again).toEqual({ kind: 'duplicate', receipt: first.receipt });
    const changed = await insert(storage, {
      ...r,
      answers: { ...r.answers, dc_1: r.answers.dc_1 === 1 ? 2 : 1 },
    });
    expect(changed.kind).toBe('conflict');
    expect(await storage.countResponses('rm-2026')).toBe(1);
    expect(await storage.getReceipt(r.responseId)).toEqual(first.receipt);
    expect(await storage.getReceipt(randomUUID())).toBeUndefined();
  });

  it('gives back exactly what was stored, in the order received', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const responses = validResponses('rm-2026', 6);
    for (const r of responses) await insert(storage, r);
    expect(await storage.listResponses('rm-2026')).toEqual(responses);
  });

  it('settles 300 concurrent inserts with 60 repeats into exactly 300 rows', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const responses = validResponses('rm-2026', 150);
    const outcomes = await Promise.all(
      [...responses, ...responses.slice(0, 60)].map((r) => insert(storage, r)),
    );
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(300);
    expect(outcomes.filter((o) => o.kind === 'duplicate')).toHaveLength(60);
    expect(await storage.countResponses('rm-2026')).toBe(300);
    expect(await storage.countResponses()).toBe(300);
  });

  it('refuses a response for an unknown programme without affecting others written at the same time', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const good = oneResponse('rm-2026');
    const orphan = oneResponse('ghost');
    const [a, b] = await Promise.all([insert(storage, good), insert(storage, orphan)]);
    expect(a.kind).toBe('created');
    // The status check in the insert finds no open programme, so nothing is written.
    expect(b).toEqual({ kind: 'closed' });
    expect(await storage.countResponses()).toBe(1);
  });

  it('stores nothing once the programme is closed, but still answers a repeat of an earlier response', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const before = oneResponse('rm-2026');
    const first = await insert(storage, before);
    await storage.updateProgramme('rm-2026', { status: 'closed' });
    expect(await insert(storage, oneResponse('rm-2026'))).toEqual({ kind: 'closed' });
    expect(await insert(storage, before)).toEqual({
      kind: 'duplicate',
      receipt: first.kind === 'created' ? first.receipt : undefined,
    });
    expect(await storage.countResponses('rm-2026')).toBe(1);
  });

  it('deletes one participant in one programme (erasure) and nothing else', async () => {
    await storage.createProgramme(programme('rm-2026'));
    await storage.createProgramme(programme('other'));
    const responses = validResponses('rm-2026', 3);
    for (const r of responses) await insert(storage, r);
    const sameCodeElsewhere = { ...oneResponse('other', responses[0]!.participant) };
    await insert(storage, sameCodeElsewhere);
    expect(await storage.deleteParticipant('rm-2026', responses[0]!.participant)).toBe(2);
    expect(await storage.deleteParticipant('rm-2026', responses[0]!.participant)).toBe(0);
    const left = await storage.listResponses('rm-2026');
    expect(left).toHaveLength(4);
    expect(left.some((r) => r.participant === responses[0]!.participant)).toBe(false);
    expect(await storage.countResponses('other')).toBe(1);
  });

  it('deletes responses received before a date (retention)', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const [old1, old2, recent] = validResponses('rm-2026', 2);
    await insert(storage, old1!, '2025-01-01T00:00:00.000Z');
    await insert(storage, old2!, '2025-06-01T00:00:00.000Z');
    await insert(storage, recent!, '2026-06-01T00:00:00.000Z');
    expect(await storage.deleteResponsesBefore('rm-2026', '2026-01-01')).toBe(2);
    expect((await storage.listResponses('rm-2026')).map((r) => r.responseId)).toEqual([
      recent!.responseId,
    ]);
  });

  it('keeps everything across a close and reopen, and migrations run once', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const responses = validResponses('rm-2026', 5);
    await Promise.all(responses.map((r) => insert(storage, r)));
    await storage.close();
    storage = await db.reopen();
    expect(await storage.listResponses('rm-2026')).toHaveLength(10);
    expect((await storage.getProgramme('rm-2026'))?.instrument.id).toBe(defaultInstrument.id);
    const again = await db.reopen();
    expect(await again.countResponses()).toBe(10);
    await again.close();
  });

  it('stores invitations as hashes, finds them by hash, lists and revokes them within their programme', async () => {
    await storage.createProgramme(programme('rm-2026'));
    await storage.createProgramme(programme('other'));
    const at = '2026-03-01T09:00:00.000Z';
    await storage.createInvitations(
      'rm-2026',
      [
        { id: 'inv-a', tokenHash: 'hash-a', participant: 'INV-AAAAAAAAAA' },
        { id: 'inv-b', tokenHash: 'hash-b', participant: 'INV-BBBBBBBBBB' },
      ],
      at,
    );
    expect(await storage.findInvitation('hash-a')).toEqual({
      id: 'inv-a',
      programmeId: 'rm-2026',
      participant: 'INV-AAAAAAAAAA',
      createdAt: at,
      revokedAt: null,
    });
    expect(await storage.findInvitation('hash-x')).toBeUndefined();
    // A batch is stored whole or not at all: one duplicate hash refuses all of it.
    await expect(
      storage.createInvitations(
        'other',
        [
          { id: 'inv-c', tokenHash: 'hash-c', participant: 'INV-CCCCCCCCCC' },
          { id: 'inv-d', tokenHash: 'hash-a', participant: 'INV-DDDDDDDDDD' },
        ],
        at,
      ),
    ).rejects.toThrow();
    expect(await storage.listInvitations('other')).toEqual([]);
    expect((await storage.listInvitations('rm-2026')).map((i) => i.id)).toEqual(['inv-a', 'inv-b']);
    expect(await storage.revokeInvitation('other', 'inv-a', at)).toBeUndefined();
    const revoked = await storage.revokeInvitation('rm-2026', 'inv-a', '2026-03-02T00:00:00.000Z');
    expect(revoked?.revokedAt).toBe('2026-03-02T00:00:00.000Z');
    // Revoking again keeps the first time.
    const again = await storage.revokeInvitation('rm-2026', 'inv-a', '2026-04-01T00:00:00.000Z');
    expect(again?.revokedAt).toBe('2026-03-02T00:00:00.000Z');
  });

  it('stores the arm and pair of an invitation and returns them on every lookup', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const at = '2026-03-01T09:00:00.000Z';
    await storage.createInvitations(
      'rm-2026',
      [
        { id: 'inv-c', tokenHash: 'hash-c', participant: 'INV-CCCCCCCCCC', arm: 'comparison' },
        { id: 'inv-m', tokenHash: 'hash-m', participant: 'INV-MMMMMMMMMM', pairId: 'pair-01' },
        { id: 'inv-n', tokenHash: 'hash-n', participant: 'INV-NNNNNNNNNN' },
      ],
      at,
    );
    expect(await storage.findInvitation('hash-c')).toMatchObject({ arm: 'comparison' });
    expect(await storage.findInvitation('hash-m')).toMatchObject({ pairId: 'pair-01' });
    const listed = await storage.listInvitations('rm-2026');
    expect(listed.map((i) => [i.id, i.arm, i.pairId])).toEqual([
      ['inv-c', 'comparison', undefined],
      ['inv-m', undefined, 'pair-01'],
      ['inv-n', undefined, undefined],
    ]);
    expect(await storage.revokeInvitation('rm-2026', 'inv-m', at)).toMatchObject({
      pairId: 'pair-01',
    });
  });

  it('tells when each wave of a participant was last received', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const [baseline, exit] = validResponses('rm-2026', 1);
    await insert(storage, baseline!, '2026-03-01T10:00:00.000Z');
    await insert(storage, { ...baseline!, responseId: randomUUID() }, '2026-03-05T10:00:00.000Z');
    await insert(storage, exit!, '2026-06-01T10:00:00.000Z');
    const receipts = await storage.waveReceipts('rm-2026', baseline!.participant);
    expect(receipts.sort((a, b) => a.wave.localeCompare(b.wave))).toEqual([
      { wave: 'baseline', receivedAt: '2026-03-05T10:00:00.000Z' },
      { wave: 'exit', receivedAt: '2026-06-01T10:00:00.000Z' },
    ]);
    expect(await storage.waveReceipts('rm-2026', 'NOBODY')).toEqual([]);
  });

  it('stores releases immutably under consecutive numbers; a taken number is refused', async () => {
    await storage.createProgramme(programme('rm-2026'));
    const release = (number: number, report: string) => ({
      number,
      createdAt: `2026-0${number}-01T00:00:00.000Z`,
      reason: 'manager_request',
      report,
      etag: `"etag-${number}"`,
      audit: JSON.stringify({ equations: [], groups: {}, shown: [] }),
    });
    expect(await storage.getRelease('rm-2026', 'latest')).toBeUndefined();
    expect(await storage.insertRelease('rm-2026', release(1, '{"a":1}'))).toBe(true);
    expect(await storage.insertRelease('rm-2026', release(1, '{"a":2}'))).toBe(false);
    expect(await storage.insertRelease('rm-2026', release(2, '{"b": 2 }'))).toBe(true);
    expect(await storage.listReleases('rm-2026')).toEqual([
      {
        number: 1,
        createdAt: '2026-01-01T00:00:00.000Z',
        reason: 'manager_request',
        etag: '"etag-1"',
      },
      {
        number: 2,
        createdAt: '2026-02-01T00:00:00.000Z',
        reason: 'manager_request',
        etag: '"etag-2"',
      },
    ]);
    expect((await storage.getRelease('rm-2026', 1))?.report).toBe('{"a":1}');
    // Served byte for byte as stored.
    expect((await storage.getRelease('rm-2026', 'latest'))?.report).toBe('{"b": 2 }');
    expect(await storage.getRelease('rm-2026', 3)).toBeUndefined();
    expect((await storage.releaseAudits('rm-2026')).map((a) => a.number)).toEqual([1, 2]);
  });

  it('keeps access mode and cohorts', async () => {
    const cohorts = [{ id: 'spring', label: 'Spring 2026' }];
    const created = await storage.createProgramme(programme('rm-2026', { cohorts }));
    expect(created).toMatchObject({ accessMode: 'invitation', cohorts });
    const updated = await storage.updateProgramme('rm-2026', { accessMode: 'open', cohorts: [] });
    expect(updated).toMatchObject({ accessMode: 'open', cohorts: [] });
  });
});
