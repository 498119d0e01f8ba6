import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** File name of the generated admin token inside the data directory. */
export const ADMIN_TOKEN_FILE = 'admin-token';

/** Where the admin token came from, so the CLI can tell the operator. */
export interface ResolvedAdminToken {
  token: string;
  source: 'config' | 'environment' | 'file' | 'generated';
  /** Set when the token lives in (or was just written to) a file. */
  file?: string;
}

/**
 * Finds the admin token: explicit configuration first, then `GENBRIDGE_ADMIN_TOKEN`, then the
 * token file in the data directory, generating one (256 random bits, file mode 0600) on first run.
 */
export function resolveAdminToken(options: {
  token?: string | undefined;
  env?: NodeJS.ProcessEnv;
  dataDir: string;
}): ResolvedAdminToken {
  if (options.token)
    return { token: checkStrength(options.token, 'configured admin token'), source: 'config' };
  const fromEnv = (options.env ?? process.env).GENBRIDGE_ADMIN_TOKEN;
  if (fromEnv)
    return { token: checkStrength(fromEnv, 'GENBRIDGE_ADMIN_TOKEN'), source: 'environment' };
  const file = join(options.dataDir, ADMIN_TOKEN_FILE);
  try {
    return { token: checkStrength(readFileSync(file, 'utf8').trim(), file), source: 'file', file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const token = randomBytes(32).toString('base64url');
  try {
    // 'wx' fails if another process created the file meanwhile; then we use theirs.
    writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return { token, source: 'generated', file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { token: readFileSync(file, 'utf8').trim(), source: 'file', file };
  }
}

function checkStrength(token: string, where: string): string {
  if (token.length < 16) throw new Error(`${where}: an admin token must be at least 16 characters`);
  return token;
}

/**
 * Compares a presented token with the expected one in constant time. Both are hashed first so the
 * comparison length never depends on the secret (timingSafeEqual needs equal lengths).
 */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Extracts the token from `Authorization: Bearer <token>`; undefined when absent or malformed. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
