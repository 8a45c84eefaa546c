import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@corridor/prisma/testing";
import { createAuth } from "./auth.ts";
import { DEMO_ACCOUNT, DEMO_TEAM, seedDemo, shouldSeedDemo } from "./demo.ts";

describe("shouldSeedDemo", () => {
  it("creates the demo in the embedded mode and never in production on PostgreSQL unless asked", () => {
    expect(shouldSeedDemo({ provider: "sqlite", nodeEnv: "production", seedDemo: undefined })).toBe(true);
    expect(shouldSeedDemo({ provider: "postgresql", nodeEnv: "production", seedDemo: undefined })).toBe(false);
    expect(shouldSeedDemo({ provider: "postgresql", nodeEnv: "production", seedDemo: "1" })).toBe(true);
    expect(shouldSeedDemo({ provider: "sqlite", nodeEnv: "development", seedDemo: "0" })).toBe(false);
  });
});

describe("seedDemo", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
  }, 120_000);
  afterAll(async () => db?.dispose());

  it("creates a demo account that can sign in, owning the default board, and is idempotent", async () => {
    const auth = createAuth({ database: db.database, secret: "d".repeat(40), baseURL: "http://localhost:3000", rateLimit: { enabled: false } });
    const first = await seedDemo({ db: db.database.client, auth, boardId: "kazakhstan-china-eu" });
    const second = await seedDemo({ db: db.database.client, auth, boardId: "kazakhstan-china-eu" });
    expect(first.createdUser).toBe(true);
    expect(second).toEqual({ createdUser: false, userId: first.userId });
    expect(await db.database.client.user.count()).toBe(1);
    const board = await db.database.client.board.findUniqueOrThrow({ where: { id: "kazakhstan-china-eu" } });
    expect(board.teamId).toBe(DEMO_TEAM.id);
    const signIn = await auth.api.signInEmail({ body: { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password }, asResponse: true });
    expect(signIn.status).toBe(200);
  });
});
