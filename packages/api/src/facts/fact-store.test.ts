import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@corridor/prisma/testing";
import { seedFactBase } from "@corridor/prisma/seed";
import { FactStore } from "./fact-store.ts";

const seedDataDir = path.join(path.dirname(createRequire(import.meta.url).resolve("@corridor/prisma/seed")), "data");

describe("FactStore", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
  }, 120_000);
  afterAll(async () => db?.dispose());

  it("serves one snapshot to concurrent callers and reloads only after the data version changes", async () => {
    let now = 0;
    const store = new FactStore(db.database.client, { revalidateMs: 1_000, now: () => now });
    const [a, b] = await Promise.all([store.snapshot(), store.snapshot()]);
    expect(a).toBe(b);
    expect(a.investments.find((i) => i.id === "INV-04")?.amount).toBe(1_500_000_000);

    const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-facts-"));
    cpSync(seedDataDir, dir, { recursive: true });
    const facts = JSON.parse(readFileSync(path.join(dir, "facts.json"), "utf8")) as { investments: { id: string; amount: number }[] };
    const ebrd = facts.investments.find((i) => i.id === "INV-04");
    if (!ebrd) throw new Error("fixture lost INV-04");
    ebrd.amount = 1_250_000_000;
    writeFileSync(path.join(dir, "facts.json"), JSON.stringify(facts));
    await seedFactBase(db.database.client, dir);

    // Within the revalidation window the same snapshot is served.
    now = 500;
    expect(await store.snapshot()).toBe(a);
    // After it, the changed version is noticed and the snapshot reloaded.
    now = 1_500;
    const reloaded = await store.snapshot();
    expect(reloaded).not.toBe(a);
    expect(reloaded.investments.find((i) => i.id === "INV-04")?.amount).toBe(1_250_000_000);
    // Unchanged version: the check is cheap and the object is kept.
    now = 3_000;
    expect(await store.snapshot()).toBe(reloaded);
  });
});
