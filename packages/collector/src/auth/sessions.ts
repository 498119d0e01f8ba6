import type { Context } from 'hono';
import type { AuthEnv } from './access-control.js';
import type { AuthStore, SessionRecord } from './auth-store.js';
import type { Role } from './roles.js';
import { hashSecret, newSecret } from './secrets.js';
import { readSessionCookie, writeSessionCookie } from './session-cookie.js';

/** Who signed in, as the login method found them. */
export interface SignedIn {
  subject: string;
  name: string;
  role: Role;
  programmes: '*' | string[];
  method: 'oidc' | 'demo';
}

/**
 * Starts a session for a person who just signed in. The id is always new (any session id the
 * browser presented is discarded and deleted: no fixation), 256 random bits, stored only hashed.
 */
export async function startSession(
  c: Context<AuthEnv>,
  store: AuthStore,
  who: SignedIn,
  options: { now: Date; hours: number },
): Promise<void> {
  const previous = readSessionCookie(c);
  if (previous) await store.deleteSession(hashSecret(previous));
  const id = newSecret('gbs');
  const record: SessionRecord = {
    subject: who.subject,
    name: who.name,
    role: who.role,
    programmes: who.programmes === '*' ? null : who.programmes,
    method: who.method,
    createdAt: options.now.toISOString(),
    expiresAt: new Date(options.now.getTime() + options.hours * 3_600_000).toISOString(),
  };
  await store.createSession(hashSecret(id), record);
  writeSessionCookie(c, id, options.hours * 3600);
  await store.appendAudit(
    {
      actor: who.name,
      role: who.role,
      action: 'login',
      programmeId: null,
      detail: { subject: who.subject, method: who.method },
    },
    options.now,
  );
}
