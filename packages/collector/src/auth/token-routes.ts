import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import { formatIssues } from '@genbridge/schema';
import { readJsonBody } from '../http/read-json.js';
import type { AuthEnv } from './access-control.js';
import type { AuthStore } from './auth-store.js';
import { ROLES } from './roles.js';
import { hashSecret, newSecret } from './secrets.js';

const TokenCreate = z.strictObject({
  name: z.string().trim().min(1, 'give the token a name').max(100),
  role: z.enum(ROLES),
  /** Viewer tokens only: the programmes it may read (default: all). */
  programmes: z.array(z.string().min(1)).min(1).optional(),
});

/** `/api/tokens`: per-role API tokens, shown once at creation, stored as SHA-256, revocable. */
export function tokenRoutes(
  app: Hono<AuthEnv>,
  store: AuthStore,
  options: { now: () => Date },
): void {
  app.get('/api/tokens', async (c) => c.json({ tokens: await store.listTokens() }));

  app.post('/api/tokens', async (c) => {
    const body = await readJsonBody(c, 16 * 1024);
    if (!body.ok) return body.response;
    const parsed = TokenCreate.safeParse(body.value);
    if (!parsed.success)
      return c.json(
        {
          error: 'the token request is not valid',
          code: 'invalid_token_request',
          errors: formatIssues(parsed.error),
        },
        400,
      );
    if (parsed.data.programmes && parsed.data.role !== 'viewer')
      return c.json(
        {
          error: 'only viewer tokens are limited to programmes',
          code: 'invalid_token_request',
          errors: [{ path: 'programmes', message: 'only for role "viewer"' }],
        },
        400,
      );
    const token = newSecret('gbt');
    const record = await store.createToken({
      id: randomUUID(),
      name: parsed.data.name,
      role: parsed.data.role,
      programmes: parsed.data.programmes ?? null,
      tokenHash: hashSecret(token),
      createdBy: c.get('identity')?.name ?? 'unknown',
    });
    // The only time the token is ever shown.
    return c.json({ ...record, token }, 201);
  });

  app.delete('/api/tokens/:tokenId', async (c) => {
    const revoked = await store.revokeToken(c.req.param('tokenId'), options.now());
    if (!revoked)
      return c.json(
        { error: `there is no live token "${c.req.param('tokenId')}"`, code: 'token_not_found' },
        404,
      );
    return c.json({ id: c.req.param('tokenId'), revoked: true });
  });
}

/** `GET /api/audit?limit=&before=&programme=`: the audit log, newest first (stewards). */
export function auditRoute(app: Hono<AuthEnv>, store: AuthStore): void {
  app.get('/api/audit', async (c) => {
    const limit = Number(c.req.query('limit') ?? 100);
    const beforeText = c.req.query('before');
    const before = beforeText === undefined ? undefined : Number(beforeText);
    const errors = [];
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      errors.push({ path: 'limit', message: 'must be a whole number from 1 to 1000' });
    if (before !== undefined && (!Number.isInteger(before) || before < 1))
      errors.push({ path: 'before', message: 'must be a positive whole number (an entry seq)' });
    if (errors.length)
      return c.json({ error: 'the query is not valid', code: 'invalid_query', errors }, 400);
    const programme = c.req.query('programme');
    const entries = await store.listAudit({
      limit,
      ...(before !== undefined ? { before } : {}),
      ...(programme ? { programmeId: programme } : {}),
    });
    return c.json({ entries });
  });
}
