import { describe, expect, it } from "vitest";
import { AttemptLimiter, createAccountAttemptLimits, withAccountAttemptLimits } from "./attempt-limiter.ts";

describe("AttemptLimiter", () => {
  it("allows up to the limit in the window, then refuses until the oldest attempt leaves it", () => {
    let now = 0;
    const limiter = new AttemptLimiter({ limit: 2, windowMs: 60_000, now: () => now });
    expect(limiter.hit("a").allowed).toBe(true);
    now = 10_000;
    expect(limiter.hit("a").allowed).toBe(true);
    expect(limiter.hit("a")).toEqual({ allowed: false, retryAfterSeconds: 50 });
    expect(limiter.hit("b").allowed).toBe(true);
    now = 60_001;
    expect(limiter.hit("a").allowed).toBe(true);
  });

  it("keeps a bounded number of keys", () => {
    const limiter = new AttemptLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.hit("a");
    limiter.hit("b");
    limiter.hit("c");
    // "a" was dropped: it may try again.
    expect(limiter.hit("a").allowed).toBe(true);
  });
});

describe("withAccountAttemptLimits", () => {
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    new Request(`http://localhost:3000/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

  it("limits sign-in per email whatever X-Forwarded-For says", async () => {
    let calls = 0;
    const handler = withAccountAttemptLimits(async () => {
      calls += 1;
      return new Response("{}", { status: 401 });
    }, createAccountAttemptLimits({ signInPerMinute: 3 }));
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await handler(post("/sign-in/email", { email: "Target@Example.org", password: "x" }, { "x-forwarded-for": `10.0.0.${i}` }))).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect(calls).toBe(3);
    const other = await handler(post("/sign-in/email", { email: "someone@example.org", password: "x" }));
    // Successful sign-ins never count towards the limit.
    let ok = 0;
    const succeeding = withAccountAttemptLimits(async () => {
      ok += 1;
      return new Response("{}", { status: 200 });
    }, createAccountAttemptLimits({ signInPerMinute: 1 }));
    for (let i = 0; i < 4; i += 1) await succeeding(post("/sign-in/email", { email: "owner@example.org", password: "right" }));
    expect(ok).toBe(4);
    expect(other.status).toBe(401);
    const refused = await handler(post("/sign-in/email", { email: "target@example.org", password: "x" }));
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(((await refused.json()) as { message: string }).message).toMatch(/Too many attempts/);
  });

  it("caps sign-ups overall and leaves other requests alone", async () => {
    const handler = withAccountAttemptLimits(async () => new Response("{}"), createAccountAttemptLimits({ signUpsPerMinute: 2 }));
    expect((await handler(post("/sign-up/email", { email: "a@x.org" }))).status).toBe(200);
    expect((await handler(post("/sign-up/email", { email: "b@x.org" }))).status).toBe(200);
    expect((await handler(post("/sign-up/email", { email: "c@x.org" }))).status).toBe(429);
    expect((await handler(post("/sign-out", {}))).status).toBe(200);
    expect((await handler(new Request("http://localhost:3000/api/auth/get-session"))).status).toBe(200);
  });
});
