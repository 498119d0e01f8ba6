import { createHash, randomBytes } from 'node:crypto';

/**
 * A new bearer secret: 256 random bits, base64url, with a prefix that says what it is (so a leaked
 * one is recognisable to secret scanners and people).
 */
export function newSecret(prefix: 'gbt' | 'gbs'): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/**
 * What storage keeps of a secret. A plain SHA-256 suffices: the input has 256 random bits, so there
 * is nothing to brute-force, and lookups by hash need no constant-time comparison.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
