import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The client's address for rate limiting. Behind a reverse proxy every request comes from the
 * proxy, so with `trustProxy` the last address the proxy appended to X-Forwarded-For is used
 * (the proxy's own view of the client; earlier entries can be forged by the client).
 */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded?.split(',').at(-1)?.trim();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Mounted outside @hono/node-server (another runtime): no socket to ask.
    return 'unknown';
  }
}
