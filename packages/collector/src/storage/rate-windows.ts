/**
 * Request counters shared by every collector on one database, for the rate limit
 * (`rateLimitStore: "postgres"`). A sliding window: the count of the current fixed window plus
 * the previous window's count weighted by how much of it still overlaps the last `windowMs`.
 */
export interface RateWindows {
  /**
   * Counts one request for `key` when fewer than `limit` are counted in the sliding window of
   * `windowMs`, and resolves to true; resolves to false (and counts nothing) when the limit is
   * reached. Atomic across collectors.
   */
  hit(key: string, windowMs: number, limit: number): Promise<boolean>;
}
