import type pg from 'pg';
import type { RateWindows } from './rate-windows.js';

/**
 * One upsert per request. The window index comes from the database's clock, so collectors whose
 * clocks disagree still count in the same windows. A refused request is not counted (the insert
 * and the update are both conditional), so a client that keeps knocking is let in again as soon
 * as the window slides, as with the in-memory token bucket. Both conditions are evaluated on the
 * row as locked, so concurrent collectors cannot overshoot the limit.
 */
const HIT = `
WITH w AS (
  SELECT floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint AS ms
), carry AS (
  SELECT w.ms / $2 AS idx,
         coalesce((SELECT r.hits FROM rate_limit_windows r
                   WHERE r.key = $1 AND r.window_idx = w.ms / $2 - 1), 0)
           * (1 - (w.ms % $2)::float8 / $2) AS hits
  FROM w
)
INSERT INTO rate_limit_windows AS r (key, window_idx, hits, expires_at)
SELECT $1, carry.idx, 1, to_timestamp((carry.idx + 2) * $2 / 1000.0)
FROM carry WHERE carry.hits + 1 <= $3
ON CONFLICT (key, window_idx) DO UPDATE SET hits = r.hits + 1
WHERE r.hits + 1 + (SELECT carry.hits FROM carry) <= $3
RETURNING r.hits`;

/** Expired windows are deleted at most this often, by whichever collector counts next. */
const PRUNE_EVERY_MS = 60_000;

/** {@link RateWindows} in the `rate_limit_windows` table. */
export class PostgresRateWindows implements RateWindows {
  private lastPrune = Date.now();
  constructor(private readonly pool: pg.Pool) {}

  async hit(key: string, windowMs: number, limit: number): Promise<boolean> {
    this.pruneNowAndThen();
    const result = await this.pool.query(HIT, [key, Math.max(1, Math.round(windowMs)), limit]);
    return result.rowCount === 1;
  }

  /** Off the request path: a failed prune is retried next time, nothing waits for it. */
  private pruneNowAndThen(): void {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    this.pool.query('DELETE FROM rate_limit_windows WHERE expires_at < now()').catch(() => {});
  }
}
