// The seed and the migrations against real databases: idempotent, update in place, keep data.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../scripts/migrate-lib.ts";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "../testing/databases.ts";
import { seedFactBase } from "./seed.ts";

const hasPostgres = await postgresAvailable();
if (!hasPostgres) console.warn("SKIPPING the PostgreSQL seed suite: no server at 127.0.0.1:5432");
const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

async function countRows(db: TestDatabase) {
  const c = db.database.client;
  return {
    sources: await c.source.count(),
    investments: await c.investment.count(),
    investmentSources: await c.investmentSource.count(),
    events: await c.relationsEvent.count(),
    corridors: await c.corridor.count(),
    waypoints: await c.corridorWaypoint.count(),
    observations: await c.observation.count(),
    observationSources: await c.observationSource.count(),
    assumptions: await c.assumptionDefinition.count(),
    flags: await c.dataQualityFlag.count(),
  };
}

describe.each([
  { provider: "sqlite" as const, run: true },
  { provider: "postgresql" as const, run: hasPostgres },
])("seed and migrations on $provider", ({ provider, run }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    if (run) db = await createTestDatabase(provider);
  }, 120_000);
  afterAll(async () => db?.dispose());

  it.runIf(run)("loads every item of the fact base with its citations", async () => {
    expect(await countRows(db)).toMatchObject({
      // 92 external sources + 15 seed references + the seed note + the ECB rates.
      sources: 109,
      investments: 14,
      events: 23,
      corridors: 5,
      observations: 49,
      assumptions: 13,
      flags: 10,
    });
    const uncitedInvestments = await db.database.client.investment.count({ where: { sources: { none: {} } } });
    const uncitedEvents = await db.database.client.relationsEvent.count({ where: { sources: { none: {} } } });
    const uncitedObservations = await db.database.client.observation.count({ where: { sources: { none: {} } } });
    const uncitedCorridors = await db.database.client.corridor.count({ where: { sources: { none: {} } } });
    expect([uncitedInvestments, uncitedEvents, uncitedObservations, uncitedCorridors]).toEqual([0, 0, 0, 0]);
    // Context rows keep their in_seed mark.
    const context = await db.database.client.investment.findMany({ where: { inSeed: "false" }, select: { id: true } });
    expect(context.map((i) => i.id).sort()).toEqual(["CTX-INV-02", "CTX-INV-03", "INV-03a", "INV-03b", "INV-05a", "INV-05b"]);
  });

  it.runIf(run)("changes nothing when run twice", async () => {
    const before = await countRows(db);
    const version = await db.database.client.dataVersion.findUniqueOrThrow({ where: { id: 1 } });
    const again = await seedFactBase(db.database.client);
    expect(again.changed).toBe(false);
    expect(await countRows(db)).toEqual(before);
    expect(await db.database.client.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).toEqual(version);
  });

  it.runIf(run)("updates a changed fact in place and removes an item the fact base dropped", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-facts-"));
    cpSync(dataDir, dir, { recursive: true });
    const facts = JSON.parse(readFileSync(path.join(dir, "facts.json"), "utf8")) as {
      investments: { id: string; amount: number; amount_display: string }[];
      data_quality_flags: { id: string }[];
    };
    const ebrd = facts.investments.find((i) => i.id === "INV-04");
    if (!ebrd) throw new Error("fixture lost INV-04");
    ebrd.amount = 1_250_000_000;
    ebrd.amount_display = "EUR 1.25 bn";
    facts.data_quality_flags = facts.data_quality_flags.filter((f) => f.id !== "DQ-02");
    writeFileSync(path.join(dir, "facts.json"), JSON.stringify(facts));

    const result = await seedFactBase(db.database.client, dir);
    expect(result.changed).toBe(true);
    const updated = await db.database.client.investment.findUniqueOrThrow({ where: { id: "INV-04" }, include: { sources: true } });
    expect(updated.amount).toBe(1_250_000_000);
    expect(updated.amountEur).toBe(1_250_000_000);
    expect(updated.sources.map((s) => s.sourceId).sort()).toEqual(["E35", "E40", "E41", "SEED-10"]);
    expect(await db.database.client.dataQualityFlag.findUnique({ where: { id: "DQ-02" } })).toBeNull();
    expect(await db.database.client.investment.count()).toBe(14);

    // Back to the project's fact base.
    expect((await seedFactBase(db.database.client)).changed).toBe(true);
    expect((await db.database.client.investment.findUniqueOrThrow({ where: { id: "INV-04" } })).amount).toBe(1_500_000_000);
  });

  it.runIf(run)("refuses a malformed fact base without writing anything", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-facts-"));
    cpSync(dataDir, dir, { recursive: true });
    const facts = JSON.parse(readFileSync(path.join(dir, "facts.json"), "utf8")) as { investments: { status: string; amount: number }[] };
    const first = facts.investments[0];
    if (!first) throw new Error("fixture has no investments");
    first.status = "promised";
    first.amount = 1;
    writeFileSync(path.join(dir, "facts.json"), JSON.stringify(facts));
    await expect(seedFactBase(db.database.client, dir)).rejects.toThrow(/status/);
    expect((await db.database.client.investment.findUniqueOrThrow({ where: { id: "INV-01" } })).amount).toBe(10_000_000_000);
  });

  if (provider === "sqlite") it.runIf(run)("starts again and again after the collab server switched the file to WAL", async () => {
    const file = db.url.replace(/^file:/, "");
    const raw = new Database(file);
    raw.pragma("journal_mode = WAL");
    raw.prepare("SELECT count(*) FROM Investment").get();
    raw.close();
    for (let start = 0; start < 3; start += 1) expect((await applyMigrations({ databaseUrl: db.url })).applied).toEqual([]);
    expect(await db.database.client.investment.count()).toBe(14);
  });

  it.runIf(run)("applies no migration twice and keeps the data on a second start", async () => {
    const again = await applyMigrations({ databaseUrl: db.url });
    expect(again.applied).toEqual([]);
    expect(await db.database.client.investment.count()).toBe(14);
  });
});
