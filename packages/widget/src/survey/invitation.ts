/**
 * Invitation tokens (contract 4): taken from the `invitation` attribute or a `?invite=` link, sent
 * as `Authorization: Invitation <token>`, never shown and never stored in clear text.
 *
 * Where the token lives: in memory while the page is open (a module-level map keyed by the token's
 * SHA-256 hash), and, so that a queued response can still be sent after a reload or a closed tab,
 * sealed with AES-GCM inside its outbox entry. The AES key is a non-extractable WebCrypto key kept
 * in IndexedDB: script on this origin can use it but not read it out, and localStorage (which
 * browser extensions, support tools and disk dumps read easily) holds only ciphertext and the
 * hash. Drafts hold only the hash. Without IndexedDB the token stays in memory only; a queued entry
 * then waits until the page is opened again with the invitation.
 */

const memory = new Map<string, string>();

/** A token sealed for storage: base64 IV and ciphertext. */
export interface SealedToken {
  iv: string;
  data: string;
}

const b64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** SHA-256 of the token, hex, first 32 characters: names the token without revealing it. */
export async function tokenHash(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return [...new Uint8Array(digest)]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 32);
}

/** Keeps the token for this page's lifetime and returns its hash. */
export async function rememberToken(token: string): Promise<string> {
  const hash = await tokenHash(token);
  memory.set(hash, token);
  return hash;
}

export const tokenInMemory = (hash: string): string | undefined => memory.get(hash);

/**
 * Reads `?invite=<token>` from the address and removes it from the address bar (and so from the
 * history entry, bookmarks and screenshots of the URL).
 */
export function takeInviteFromUrl(): string | undefined {
  let url: URL;
  try {
    url = new URL(globalThis.location.href);
  } catch {
    return undefined;
  }
  const token = url.searchParams.get('invite');
  if (!token) return undefined;
  url.searchParams.delete('invite');
  try {
    globalThis.history.replaceState(globalThis.history.state, '', url.href);
  } catch {
    // sandboxed frames may refuse; the token is still used, just not removed from the address
  }
  return token;
}

const DB = 'genbridge';
const STORE = 'keys';
const KEY_ID = 'invitation-seal-v1';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let keyPromise: Promise<CryptoKey | undefined> | undefined;

async function openKey(): Promise<CryptoKey | undefined> {
  if (!globalThis.indexedDB || !globalThis.crypto?.subtle) return undefined;
  const open = indexedDB.open(DB, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE);
  const db = await request(open);
  try {
    const existing = await request(db.transaction(STORE).objectStore(STORE).get(KEY_ID));
    if (existing instanceof CryptoKey) return existing;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    // add (not put): if another tab won the race, use its key.
    try {
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).add(key, KEY_ID));
      return key;
    } catch {
      const winner = await request(db.transaction(STORE).objectStore(STORE).get(KEY_ID));
      return winner instanceof CryptoKey ? winner : undefined;
    }
  } finally {
    db.close();
  }
}

const sealingKey = (): Promise<CryptoKey | undefined> =>
  (keyPromise ??= openKey().catch(() => undefined));

/** Seals the token for the outbox, or undefined when the browser offers no place for the key. */
export async function sealToken(token: string): Promise<SealedToken | undefined> {
  const key = await sealingKey();
  if (!key) return undefined;
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(token),
  );
  return { iv: b64(iv), data: b64(new Uint8Array(data)) };
}

/** The token of an outbox entry: from memory, else unsealed; undefined when neither is possible. */
export async function tokenFor(
  hash: string,
  sealed: SealedToken | undefined,
): Promise<string | undefined> {
  const known = memory.get(hash);
  if (known || !sealed) return known;
  const key = await sealingKey();
  if (!key) return undefined;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: unb64(sealed.iv) },
      key,
      unb64(sealed.data),
    );
    const token = new TextDecoder().decode(plain);
    memory.set(hash, token);
    return token;
  } catch {
    return undefined;
  }
}
