import type { RateWindows } from '../storage/rate-windows.js';

/** Token-bucket settings: a client may burst `capacity` requests, then `refillPerSecond` on average. */
export interface RateLimitOptions {
  capacity: number;
  refillPerSecond: number;
  /** Buckets kept before idle (full) ones are dropped; bounds memory under many client addresses. */
  maxClients?: number;
}

/** Whether a request may proceed and, if not, after how many seconds to try again. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A rate limit keyed by client address group or programme id. */
export interface RateLimiter {
  take(key: string): RateVerdict | Promise<RateVerdict>;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * One token bucket per client key (the client's IP address). `take` answers whether the request may
 * proceed and, if not, after how many seconds a token will be available.
 */
export class TokenBuckets implements RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string): RateVerdict {
    const now = this.now();
    const { capacity, refillPerSecond } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, updatedAt: now };
    bucket.tokens = Math.min(
      capacity,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * refillPerSecond,
    );
    bucket.updatedAt = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= (this.options.maxClients ?? 10_000)) this.pruneFull(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)),
    };
  }

  /** A bucket that has refilled completely carries no information: forget it. */
  private pruneFull(now: number): void {
    const { capacity, refillPerSecond } = this.options;
    for (const [key, b] of this.buckets) {
      if (b.tokens + ((now - b.updatedAt) / 1000) * refillPerSecond >= capacity)
        this.buckets.delete(key);
    }
    // Still full of active clients: drop the oldest rather than grow without bound.
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < (this.options.maxClients ?? 10_000)) break;
      this.buckets.delete(key);
    }
  }
}

/**
 * The same limit counted in the database, so it holds across every collector on it: a sliding
 * window of `capacity / refillPerSecond` seconds admits `capacity` requests, which allows the
 * token bucket's burst and its sustained rate. `scope` keeps the address and programme limits
 * apart in one table.
 */
export class SharedRateWindows implements RateLimiter {
  private readonly windowMs: number;
  constructor(
    private readonly options: RateLimitOptions,
    private readonly windows: RateWindows,
    private readonly scope: string,
  ) {
    this.windowMs = (options.capacity / options.refillPerSecond) * 1000;
  }

  async take(key: string): Promise<RateVerdict> {
    let allowed: boolean;
    try {
      allowed = await this.windows.hit(
        `${this.scope}:${key}`,
        this.windowMs,
        this.options.capacity,
      );
    } catch {
      // The database cannot count now; the request meets the same database next and is answered
      // 503 there if it needs it. A 429 would blame the client for the database's fault.
      return { allowed: true };
    }
    if (allowed) return { allowed: true };
    // On average one request is let in again per 1/refill seconds as the window slides.
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(1 / this.options.refillPerSecond)),
    };
  }
}

/** In this process (`memory`), or shared through the database when `shared` counters are given. */
export function createRateLimiter(
  options: RateLimitOptions,
  scope: string,
  shared?: RateWindows,
): RateLimiter {
  return shared ? new SharedRateWindows(options, shared, scope) : new TokenBuckets(options);
}
