import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/** The session cookie: an opaque 256-bit id; the server stores only its SHA-256. */
export const SESSION_COOKIE = 'gb_session';

export function readSessionCookie(c: Context): string | undefined {
  const value = getCookie(c, SESSION_COOKIE);
  // Anything but the shape we issue is not worth a database round trip.
  return value && /^gbs_[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}

export function writeSessionCookie(c: Context, id: string, maxAgeSeconds: number): void {
  setCookie(c, SESSION_COOKIE, id, {
    httpOnly: true,
    secure: true,
    sameSite: 'Strict',
    path: '/',
    maxAge: Math.floor(maxAgeSeconds),
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
}
