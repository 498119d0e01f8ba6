// The SQLite storage's writer thread, in process: what the HTTP tests cannot see directly.
import { defaultInstrument } from '@genbridge/schema';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../src/http/canonical-json.js';
import { SqliteStorage } from '../src/storage/sqlite-storage.js';
import type { NewProgramme } from '../src/storage/storage.js';
import { asStorageUnavailable } from '../src/storage/storage-unavailable.js';
import { validResponses } from './helpers/fixtures.js';

const programme: NewProgramme = {
  id: 'worker',
  name: 'Worker',
  status: 'open',
  anonymityThreshold: 5,
  publicReport: false,
  instrument: defaultInstrument,
  accessMode: 'open',
  cohorts: [
    { id: 'spring', label: 'Spring' },
    { id: 'autumn', label: 'Autumn' },
  ],
};

describe('SQLite writer thread', () => {
  it('close lets every insert accepted before it commit, and refuses later ones as unavailable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-worker-'));
    const file = join(dir, 'genbridge.sqlite');
    try {
      const storage = await SqliteStorage.open(file);
      await storage.createProgramme(programme);
      const responses = validResponses('worker', 100);
      const inserts = responses.map((r) =>
        storage.insertResponse(r, canonicalJson(r), new Date().toISOString()),
      );
      const closed = storage.close();
      // The handler is attached at once: the refusal arrives before the accepted inserts settle.
      const late = storage
        .insertResponse(responses[0]!, canonicalJson(responses[0]!), new Date().toISOString())
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      const outcomes = await Promise.all(inserts);
      await closed;
      expect(outcomes.every((o) => o.kind === 'created')).toBe(true);
      const error = await late;
      expect(asStorageUnavailable(error)?.reason).toBe('unreachable');

      const reopened = await SqliteStorage.open(file);
      expect(await reopened.countResponses('worker')).toBe(responses.length);
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('works on :memory: (the worker answers the reads too)', async () => {
    const storage = await SqliteStorage.open(':memory:');
    try {
      expect(await storage.createProgramme(programme)).toMatchObject({ id: 'worker' });
      const [r] = validResponses('worker', 1);
      expect(
        (await storage.insertResponse(r!, canonicalJson(r!), new Date().toISOString())).kind,
      ).toBe('created');
      expect(await storage.listResponses('worker')).toHaveLength(1);
      await storage.auth.ensureBootstrapToken('a'.repeat(64));
      expect((await storage.auth.listTokens()).map((t) => t.id)).toEqual(['bootstrap']);
    } finally {
      await storage.close();
    }
  });

  it('an unopenable file fails open() with the SQLite error, not a hang', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gb-worker-'));
    try {
      // A directory where the database file should be.
      const file = join(dir, 'genbridge.sqlite');
      mkdirSync(file);
      await expect(SqliteStorage.open(file)).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
