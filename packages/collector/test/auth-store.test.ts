import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, newSecret } from '../src/auth/secrets.js';
import type { Storage } from '../src/storage/storage.js';
import { backends } from './helpers/backends.js';

for (const backend of backends()) {
  describe(`auth store on ${backend.name}`, () => {
    let storage: Storage;
    let db: Awaited<ReturnType<typeof backend.fresh>>;
    beforeAll(async () => {
      db = await backend.fresh();
      storage = db.storage;
    });
    afterAll(async () => {
      await storage.close();
      await db.dispose();
    });

    it('keeps the bootstrap token as a steward token and replaces its hash when it changes', async () => {
      await storage.auth.ensureBootstrapToken(hashSecret('first-bootstrap-token'));
      await storage.auth.ensureBootstrapToken(hashSecret('first-bootstrap-token'));
      const now = new Date();
      expect(await storage.auth.findToken(hashSecret('first-bootstrap-token'), now)).toMatchObject({
        id: 'bootstrap',
        role: 'steward',
        programmes: null,
      });
      expect(await storage.auth.revokeToken('bootstrap', now)).toBe(true);
      // Same configured token after a restart: still revoked.
      await storage.auth.ensureBootstrapToken(hashSecret('first-bootstrap-token'));
      expect(
        await storage.auth.findToken(hashSecret('first-bootstrap-token'), now),
      ).toBeUndefined();
      // The operator configures a new one: it works, the old one does not.
      await storage.auth.ensureBootstrapToken(hashSecret('second-bootstrap-token'));
      expect(await storage.auth.findToken(hashSecret('second-bootstrap-token'), now)).toBeDefined();
      expect(
        await storage.auth.findToken(hashSecret('first-bootstrap-token'), now),
      ).toBeUndefined();
    });

    it('stores only the hash of a token and finds it by hash', async () => {
      const secret = newSecret('gbt');
      const created = await storage.auth.createToken({
        id: 'viewer-1',
        name: 'reader',
        role: 'viewer',
        programmes: ['a', 'b'],
        tokenHash: hashSecret(secret),
        createdBy: 'test',
      });
      expect(created).toMatchObject({ programmes: ['a', 'b'], revokedAt: null, lastUsedAt: null });
      const used = new Date('2026-01-02T03:04:05.000Z');
      expect(await storage.auth.findToken(hashSecret(secret), used)).toMatchObject({
        id: 'viewer-1',
      });
      const listed = (await storage.auth.listTokens()).find((t) => t.id === 'viewer-1')!;
      expect(listed.lastUsedAt).toBe(used.toISOString());
      expect(JSON.stringify(await storage.auth.listTokens())).not.toContain(secret);
      // A reopened connection sees the same (persistent) rows.
      const again = await db.reopen();
      expect(await again.auth.findToken(hashSecret(secret), used)).toBeDefined();
      await again.close();
    });

    it('finds a session until it expires and forgets a deleted one', async () => {
      const created = new Date('2026-03-01T10:00:00.000Z');
      await storage.auth.createSession('h1', {
        subject: 'oidc:1',
        name: 'Ada',
        role: 'manager',
        programmes: null,
        method: 'oidc',
        createdAt: created.toISOString(),
        expiresAt: new Date(created.getTime() + 3_600_000).toISOString(),
      });
      expect(await storage.auth.findSession('h1', created)).toMatchObject({ name: 'Ada' });
      expect(
        await storage.auth.findSession('h1', new Date(created.getTime() + 3_600_001)),
      ).toBeUndefined();
      await storage.auth.deleteSession('h1');
      expect(await storage.auth.findSession('h1', created)).toBeUndefined();
    });

    it('pages the audit log newest first and filters by programme', async () => {
      for (let i = 0; i < 5; i++)
        await storage.auth.appendAudit(
          {
            actor: `a${i}`,
            role: 'manager',
            action: 'programme.update',
            programmeId: i % 2 ? 'odd' : 'even',
            detail: { i },
          },
          new Date(Date.UTC(2026, 0, 1, 0, i)),
        );
      const first = await storage.auth.listAudit({ limit: 2 });
      expect(first.map((e) => e.actor)).toEqual(['a4', 'a3']);
      const next = await storage.auth.listAudit({ limit: 2, before: first[1]!.seq });
      expect(next.map((e) => e.actor)).toEqual(['a2', 'a1']);
      const odd = await storage.auth.listAudit({ limit: 10, programmeId: 'odd' });
      expect(odd.map((e) => e.detail)).toEqual([{ i: 3 }, { i: 1 }]);
    });
  });
}
