// Two small limiters: a token bucket per connection (messages) and a per-minute window per IP
// (connection attempts). Time comes from an injected clock.
export type Clock = () => number;

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: Clock,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  take(): boolean {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export class WindowCounter {
  private counts = new Map<string, number>();
  private windowStart: number;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: Clock,
  ) {
    this.windowStart = now();
  }

  /** Counts one attempt for `key`; false once the key is over its limit in the current window. */
  hit(key: string): boolean {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.counts = new Map();
      this.windowStart = now;
    }
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count <= this.limit;
  }
}
