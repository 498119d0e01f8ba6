/** Token-bucket settings: a client may burst `capacity` requests, then `refillPerSecond` on average. */
export interface RateLimitOptions {
  capacity: number;
  refillPerSecond: number;
  /** Buckets kept before idle (full) ones are dropped; bounds memory under many client addresses. */
  maxClients?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * One token bucket per client key (the client's IP address). `take` answers whether the request may
 * proceed and, if not, after how many seconds a token will be available.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  take(key: string): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
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
