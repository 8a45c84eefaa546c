// Better Auth against the real database through our Prisma client, driven through its HTTP
// handler exactly as the web app mounts it at /api/auth.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@corridor/prisma/testing";
import { createAuth, type Auth } from "./auth.ts";
import { withOriginCheck } from "./origin-check.ts";

const hasPostgres = await postgresAvailable();
if (!hasPostgres) console.warn("SKIPPING the PostgreSQL auth suite: no server at 127.0.0.1:5432");
const BASE = "http://localhost:3000";

function post(auth: Auth, path: string, body: unknown, headers: Record<string, string> = {}) {
  return auth.handler(
    new Request(`${BASE}/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE, "x-forwarded-for": "203.0.113.7", ...headers },
      body: JSON.stringify(body),
    }),
  );
}

const cookieOf = (response: Response) =>
  response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

describe.each([
  { provider: "sqlite" as const, run: true },
  { provider: "postgresql" as const, run: hasPostgres },
])("accounts on $provider", ({ provider, run }) => {
  let db: TestDatabase;
  let auth: Auth;
  beforeAll(async () => {
    if (!run) return;
    db = await createTestDatabase(provider, { seed: false });
    auth = createAuth({ database: db.database, secret: "x".repeat(40), baseURL: BASE, rateLimit: { signInPerMinute: 5 } });
  }, 120_000);
  afterAll(async () => db?.dispose());

  it.runIf(run)("signs up with a hashed password, signs in, reads and revokes the session", async () => {
    const signUp = await post(auth, "/sign-up/email", { email: "aigerim@example.org", password: "correct horse battery", name: "Aigerim" });
    expect(signUp.status).toBe(200);
    const cookie = signUp.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token"));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const stored = await db.database.client.account.findFirstOrThrow({ where: { user: { email: "aigerim@example.org" } } });
    expect(stored.password).not.toContain("correct horse");
    expect(stored.password?.length).toBeGreaterThan(40);

    const signIn = await post(auth, "/sign-in/email", { email: "aigerim@example.org", password: "correct horse battery" });
    expect(signIn.status).toBe(200);
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(signIn) }) });
    expect(session?.user.email).toBe("aigerim@example.org");

    const signOut = await post(auth, "/sign-out", {}, { cookie: cookieOf(signIn) });
    expect(signOut.status).toBe(200);
    expect(await auth.api.getSession({ headers: new Headers({ cookie: cookieOf(signIn) }) })).toBeNull();
  });

  it.runIf(run)("gives the same answer for a wrong password and an unknown email", async () => {
    const wrong = await post(auth, "/sign-in/email", { email: "aigerim@example.org", password: "wrong password!!" }, { "x-forwarded-for": "203.0.113.8" });
    const unknown = await post(auth, "/sign-in/email", { email: "nobody@example.org", password: "wrong password!!" }, { "x-forwarded-for": "203.0.113.8" });
    expect(wrong.status).toBe(unknown.status);
    expect(((await wrong.json()) as { message: string }).message).toBe(((await unknown.json()) as { message: string }).message);
  });

  it.runIf(run)("refuses a short password and a cross-site request", async () => {
    const short = await post(auth, "/sign-up/email", { email: "short@example.org", password: "short", name: "S" }, { "x-forwarded-for": "203.0.113.9" });
    expect(short.status).toBe(400);
    // Better Auth's own origin check only guards cookie-bearing requests; the app wraps the
    // handler with withOriginCheck, which refuses any cross-site mutation.
    const guarded = withOriginCheck((request) => auth.handler(request), [BASE]);
    const crossSite = await guarded(
      new Request(`${BASE}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "https://evil.example" },
        body: JSON.stringify({ email: "aigerim@example.org", password: "correct horse battery" }),
      }),
    );
    expect(crossSite.status).toBe(403);
  });

  it.runIf(run)("limits sign-in attempts per client with a clear error", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const response = await post(auth, "/sign-in/email", { email: "aigerim@example.org", password: "guess number " + i }, { "x-forwarded-for": "198.51.100.1" });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
