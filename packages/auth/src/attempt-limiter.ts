// Per-account limits on sign-in and sign-up attempts. Better Auth's own limiter keys on the client
// IP, which behind no proxy comes from a header the client can set (X-Forwarded-For); these limits
// key on what an attacker cannot vary for a target: the email being tried, and sign-ups overall.
export interface AttemptLimiterOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Keys kept at most (oldest dropped first), so a flood of distinct keys cannot exhaust memory. */
  maxKeys?: number;
}

export class AttemptLimiter {
  private readonly hits = new Map<string, number[]>();
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor(private readonly options: AttemptLimiterOptions) {
    this.now = options.now ?? Date.now;
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  /** Whether another attempt is allowed now and, if not, when to retry. Records nothing. */
  check(key: string): { allowed: boolean; retryAfterSeconds: number } {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
    if (recent.length < this.options.limit) return { allowed: true, retryAfterSeconds: 0 };
    const oldest = recent[0] ?? now;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.options.windowMs - now) / 1000)) };
  }

  /** Checks, and records the attempt when it is allowed. */
  hit(key: string): { allowed: boolean; retryAfterSeconds: number } {
    const verdict = this.check(key);
    if (verdict.allowed) this.record(key);
    return verdict;
  }

  record(key: string): void {
    const now = this.now();
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
    recent.push(now);
    this.hits.delete(key);
    this.hits.set(key, recent);
    while (this.hits.size > this.maxKeys) {
      const first = this.hits.keys().next().value;
      if (first === undefined) break;
      this.hits.delete(first);
    }
  }
}

export interface AccountAttemptLimits {
  /** Failed sign-ins per email address (successful ones do not count). */
  signInPerEmail: AttemptLimiter;
  /** Per email address, for /sign-up/email. */
  signUpPerEmail: AttemptLimiter;
  /** All sign-ups together, for /sign-up/email. */
  signUpOverall: AttemptLimiter;
}

export function createAccountAttemptLimits(options: { now?: () => number; signInPerMinute?: number; signUpsPerMinute?: number } = {}): AccountAttemptLimits {
  const base = { windowMs: 60_000, now: options.now };
  return {
    signInPerEmail: new AttemptLimiter({ ...base, limit: options.signInPerMinute ?? 5 }),
    signUpPerEmail: new AttemptLimiter({ ...base, limit: 3 }),
    signUpOverall: new AttemptLimiter({ ...base, limit: options.signUpsPerMinute ?? 30 }),
  };
}

function tooMany(retryAfterSeconds: number): Response {
  return Response.json(
    { code: "TOO_MANY_REQUESTS", message: "Too many attempts; wait a minute and try again." },
    { status: 429, headers: { "retry-after": String(retryAfterSeconds) } },
  );
}

async function emailOf(request: Request): Promise<string | null> {
  try {
    const body: unknown = await request.clone().json();
    const email = typeof body === "object" && body !== null ? (body as Record<string, unknown>).email : null;
    return typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : null;
  } catch {
    return null;
  }
}

/** Wraps the auth handler: refuses sign-in and sign-up attempts over the limits with 429. */
export function withAccountAttemptLimits(handler: (request: Request) => Promise<Response>, limits: AccountAttemptLimits) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== "POST") return handler(request);
    const pathname = new URL(request.url).pathname;
    if (pathname.endsWith("/sign-in/email")) {
      const key = `signin:${(await emailOf(request)) ?? "?"}`;
      const verdict = limits.signInPerEmail.check(key);
      if (!verdict.allowed) return tooMany(verdict.retryAfterSeconds);
      const response = await handler(request);
      // Only failures count, so an account's owner signing in often is never locked out.
      if (response.status === 401 || response.status === 403 || response.status === 400) limits.signInPerEmail.record(key);
      return response;
    } else if (pathname.endsWith("/sign-up/email")) {
      const overall = limits.signUpOverall.hit("signup");
      if (!overall.allowed) return tooMany(overall.retryAfterSeconds);
      const email = await emailOf(request);
      const verdict = limits.signUpPerEmail.hit(`signup:${email ?? "?"}`);
      if (!verdict.allowed) return tooMany(verdict.retryAfterSeconds);
    }
    return handler(request);
  };
}
