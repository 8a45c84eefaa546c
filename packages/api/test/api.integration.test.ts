// The public indicator API over real HTTP on a freshly migrated and seeded database, on SQLite and
// on PostgreSQL. Expected figures are derived by hand from the fact base, not recomputed by the
// code under test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, postgresAvailable, type TestDatabase } from "@corridor/prisma/testing";
import { startApiServer } from "./http-server.ts";

const hasPostgres = await postgresAvailable();
if (!hasPostgres) console.warn("SKIPPING the PostgreSQL API suite: no server at 127.0.0.1:5432");

const USD_2016 = 1.1069;
const USD_2022 = 1.053;
const USD_2023 = 1.0813;

type Body = Record<string, unknown>;
const data = <T>(body: Body) => (body.result as { data: { json: T } }).data.json;
const error = (body: Body) => body.error as { json: { message: string; data: { code: string; httpStatus: number; zodIssues: { path: string[] }[] | null; appError: { details: Record<string, unknown> } | null } } };
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();

describe.each([
  { provider: "sqlite" as const, run: true },
  { provider: "postgresql" as const, run: hasPostgres },
])("API on $provider", ({ provider, run }) => {
  let db: TestDatabase;
  let api: Awaited<ReturnType<typeof startApiServer>>;

  beforeAll(async () => {
    if (!run) return;
    db = await createTestDatabase(provider);
    api = await startApiServer(db.database.client);
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await db?.dispose();
  });

  it.runIf(run)("lists corridors with LineString-ready coordinates, lengths and sources", async () => {
    const { status, body } = await api.query("corridors.list");
    expect(status).toBe(200);
    const { items } = data<{ items: { id: string; coordinates: number[][]; lengthKm: number; sourceIds: string[] }[] }>(body);
    expect(items.every((c) => c.coordinates.length >= 2 && c.lengthKm > 0 && c.sourceIds.length > 0)).toBe(true);
    expect(ids(items)).toEqual(["COR-01", "COR-02", "COR-03", "COR-04", "COR-05"]);
  });

  it.runIf(run)("returns one corridor with waypoints in order, chokepoints on and near it, and sources", async () => {
    const { status, body } = await api.query("corridors.byId", { id: "COR-01" });
    expect(status).toBe(200);
    const corridor = data<{
      coordinates: [number, number][];
      waypoints: { name: string; order: number }[];
      chokepoints: { id: string; relation: string }[];
      sources: { id: string; publisher: string }[];
      branches: { name: string; coordinates: unknown[] }[];
      lengthKm: number;
    }>(body);
    // [lon, lat]: Xi'an first, Constanta last.
    expect(corridor.coordinates[0]).toEqual([108.94, 34.27]);
    expect(corridor.coordinates.at(-1)).toEqual([28.63, 44.17]);
    expect(corridor.waypoints.map((w) => w.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(corridor.branches.map((b) => b.name)).toEqual(["Northern entry via Dostyk/Alashankou", "Turkey rail branch (Baku-Tbilisi-Kars)"]);
    const onRoute = corridor.chokepoints.filter((c) => c.relation === "on-route").map((c) => c.id).sort();
    expect(onRoute).toEqual(["CHK-04", "CHK-05", "CHK-07", "CHK-09"]);
    expect(corridor.sources.map((s) => s.id)).toEqual(expect.arrayContaining(["E05", "E09", "SEED-09", "SEED-10"]));
    // Xi'an → Constanta through the waypoints, great-circle legs: several thousand km.
    expect(corridor.lengthKm).toBeGreaterThan(6_000);
    expect(corridor.lengthKm).toBeLessThan(9_000);
  });

  it.runIf(run)("answers NOT_FOUND for an unknown corridor and BAD_REQUEST for a malformed id", async () => {
    const missing = await api.query("corridors.byId", { id: "COR-99" });
    expect(missing.status).toBe(404);
    expect(error(missing.body).json.data.code).toBe("NOT_FOUND");
    const malformed = await api.query("corridors.byId", { id: "" });
    expect(malformed.status).toBe(400);
    expect(error(malformed.body).json.data.zodIssues?.[0]?.path).toEqual(["id"]);
    const noInput = await api.query("corridors.byId");
    expect(noInput.status).toBe(400);
  });

  it.runIf(run)("filters investments by status, country, actor, date range and context", async () => {
    const all = data<{ items: { id: string }[] }>((await api.query("investments.list")).body).items;
    expect(all).toHaveLength(14);
    const mou = data<{ items: { id: string }[] }>((await api.query("investments.list", { status: "MoU" })).body).items;
    expect(ids(mou)).toEqual(["CTX-INV-03", "INV-03", "INV-03a", "INV-03b", "INV-04"]);
    const kz = data<{ items: { id: string }[] }>((await api.query("investments.list", { country: "kazakhstan" })).body).items;
    expect(ids(kz)).toEqual(["CTX-INV-02", "INV-03", "INV-03a", "INV-04"]);
    const aiib = data<{ items: { id: string }[] }>((await api.query("investments.list", { actor: "AIIB" })).body).items;
    expect(ids(aiib)).toEqual(["INV-06"]);
    // INV-05 and INV-05a are dated to the month (2022-09): a range inside that month finds them.
    const sept = data<{ items: { id: string }[] }>((await api.query("investments.list", { from: "2022-09-10", to: "2022-09-20" })).body).items;
    expect(ids(sept)).toEqual(["INV-05", "INV-05a"]);
    const seedOnly = data<{ items: { id: string; inSeed: unknown }[] }>((await api.query("investments.list", { includeContext: false })).body).items;
    expect(seedOnly.every((i) => i.inSeed !== false)).toBe(true);
    expect(ids(seedOnly)).toEqual(["CTX-INV-01", "INV-01", "INV-02", "INV-03", "INV-04", "INV-05", "INV-06", "INV-07"]);
    const several = data<{ items: { id: string }[] }>((await api.query("investments.list", { status: ["signed", "disbursed"] })).body).items;
    expect(ids(several)).toEqual(["CTX-INV-02", "INV-06"]);
  });

  it.runIf(run)("normalises USD to EUR with the rate and its source on the item", async () => {
    const items = data<{ items: { id: string; amountEur: number; fx: { perEur: number; sourceId: string; year: number } | null }[] }>(
      (await api.query("investments.list", { actor: "US" })).body,
    ).items;
    const ericen = items.find((i) => i.id === "INV-05");
    expect(ericen?.amountEur).toBeCloseTo(100e6 / USD_2022, 0);
    expect(ericen?.fx).toMatchObject({ perEur: USD_2022, year: 2022, sourceId: "FX-ECB" });
  });

  it.runIf(run)("totals by status without adding parents and sub-items, and shows the overlap", async () => {
    const { status, body } = await api.query("investments.summary", { groupBy: "status" });
    expect(status).toBe(200);
    const summary = data<{
      totalEur: number;
      totalCountedIds: string[];
      groups: { key: string; totalEur: number; countedIds: string[]; containedIds: string[]; nestedEur: number; sourceIds: string[]; confidence: string }[];
    }>(body);
    const byKey = Object.fromEntries(summary.groups.map((g) => [g.key, g]));
    expect(summary.groups.map((g) => g.key)).toEqual(["pledged", "MoU", "signed"]);
    // Pledged: the EU umbrella (which contains INV-02), ERICEN (containing its two tranches), Team Europe, Global Gateway.
    expect(byKey.pledged?.totalEur).toBeCloseTo(10e9 + 100e6 / USD_2022 + 700e6 + 300e9, -2);
    expect(byKey.pledged?.containedIds.sort()).toEqual(["INV-02", "INV-05a", "INV-05b"]);
    // MoU: the EIB MoUs (containing the per-country ones), the EBRD MoU, the 2025 EIB MoUs.
    expect(byKey.MoU?.totalEur).toBeCloseTo(1.47e9 + 1.5e9 + 365e6, -2);
    expect(byKey.MoU?.nestedEur).toBeCloseTo(1.47e9 + 1.5e9, -2);
    expect(byKey.signed?.totalEur).toBeCloseTo(55e6 / USD_2016 + 21e9 / USD_2023, -2);
    expect(byKey.signed?.sourceIds).toContain("FX-ECB");
    // The grand total counts only the roots.
    expect(summary.totalCountedIds.sort()).toEqual(["CTX-INV-01", "CTX-INV-02", "CTX-INV-03", "INV-01", "INV-05", "INV-06", "INV-07"]);
    expect(summary.totalEur).toBeCloseTo(10e9 + 100e6 / USD_2022 + 55e6 / USD_2016 + 700e6 + 300e9 + 21e9 / USD_2023 + 365e6, -2);
  });

  it.runIf(run)("totals by actor and by country with filters applied", async () => {
    const byActor = data<{ groups: { key: string; totalEur: number; containedIds: string[]; nestedEur: number }[] }>(
      (await api.query("investments.summary", { groupBy: "actor", includeContext: false })).body,
    );
    const actor = Object.fromEntries(byActor.groups.map((g) => [g.key, g]));
    expect(actor.EU?.totalEur).toBeCloseTo(10e9 + 700e6 + 300e9, -2);
    expect(actor.EU?.containedIds).toEqual(["INV-02"]);
    expect(actor.EIB?.totalEur).toBeCloseTo(1.47e9, -2);
    expect(actor.EIB?.nestedEur).toBeCloseTo(1.47e9, -2);
    const byCountry = data<{ groups: { key: string; totalEur: number; sharedEur: number; containedIds: string[] }[] }>(
      (await api.query("investments.summary", { groupBy: "country", status: "MoU", to: "2024-12-31" })).body,
    );
    const country = Object.fromEntries(byCountry.groups.map((g) => [g.key, g]));
    // Kazakhstan: the three-country EIB MoU (containing the DBK MoU) and the EBRD MoU.
    expect(country.Kazakhstan?.totalEur).toBeCloseTo(1.47e9 + 1.5e9, -2);
    expect(country.Kazakhstan?.containedIds).toEqual(["INV-03a"]);
    expect(country.Kazakhstan?.sharedEur).toBeCloseTo(1.47e9, -2);
  });

  it.runIf(run)("rejects bad summary and list input with BAD_REQUEST and the zod issue paths", async () => {
    const cases: [string, unknown, string[]][] = [
      ["investments.summary", { groupBy: "planet" }, ["groupBy"]],
      ["investments.summary", {}, ["groupBy"]],
      ["investments.list", { from: "2024-13-01" }, ["from"]],
      ["investments.list", { from: "2024-02-30" }, ["from"]],
      ["investments.list", { from: "2024-05-01", to: "2024-01-01" }, ["to"]],
      ["investments.list", { status: "promised" }, ["status"]],
      ["investments.list", { colour: "red" }, []],
      ["relations.events", { from: "May 2024" }, ["from"]],
      ["indicators.series", { key: "DROP TABLE" }, ["key"]],
      ["sources.byIds", { ids: [] }, ["ids"]],
    ];
    for (const [procedure, input, path] of cases) {
      const { status, body } = await api.query(procedure, input);
      expect(status, `${procedure} ${JSON.stringify(input)}`).toBe(400);
      const err = error(body).json.data;
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.zodIssues?.[0]?.path).toEqual(path);
    }
  });

  it.runIf(run)("answers 400, not 500, for input that is not JSON or not an object", async () => {
    for (const raw of ["%7Bnot-json", encodeURIComponent(JSON.stringify({ json: 42 })), encodeURIComponent(JSON.stringify({ json: null }))]) {
      const response = await fetch(`${api.base}/investments.summary?input=${raw}`);
      expect(response.status).toBe(400);
    }
    const unknown = await fetch(`${api.base}/investments.nothing`);
    expect(unknown.status).toBe(404);
  });

  it.runIf(run)("filters relations events by actor lane, type and date; undated events drop out of date ranges", async () => {
    const all = data<{ items: { id: string; dateStart: string | null }[] }>((await api.query("relations.events")).body).items;
    expect(all).toHaveLength(23);
    expect(all.at(-1)?.id).toBe("EV-22");
    const russia = data<{ items: { id: string }[] }>((await api.query("relations.events", { actor: "Russia" })).body).items;
    expect(ids(russia)).toEqual(["EV-08"]);
    const us2024 = data<{ items: { id: string }[] }>((await api.query("relations.events", { actor: "US", from: "2024-01-01", to: "2024-12-31" })).body).items;
    expect(ids(us2024)).toEqual(["EV-18", "EV-21"]);
    const summits = data<{ items: { id: string }[] }>((await api.query("relations.events", { type: "summit" })).body).items;
    expect(ids(summits)).toEqual(["EV-12", "EV-23"]);
  });

  it.runIf(run)("serves indicator series with sourced observations and conflicts as ranges", async () => {
    const list = data<{ items: { key: string; hasConflicts: boolean }[] }>((await api.query("indicators.list")).body).items;
    expect(list).toHaveLength(10);
    expect(list.find((s) => s.key === "china_kazakhstan_trade")?.hasConflicts).toBe(true);
    const series = data<{
      observations: { value: number; sourceIds: string[]; confidence: string }[];
      conflicts: { period: string; min: number; max: number; flagIds: string[]; observations: { sourceIds: string[] }[] }[];
    }>((await api.query("indicators.series", { key: "china_kazakhstan_trade" })).body);
    expect(series.observations.every((o) => o.sourceIds.length > 0 && o.confidence)).toBe(true);
    const c2022 = series.conflicts.find((c) => c.period === "2022");
    expect(c2022).toMatchObject({ min: 24.1, max: 31.2, flagIds: ["DQ-04"] });
    expect(c2022?.observations).toHaveLength(2);
    // Different measures in one series (1520 transit vs all Eurasian traffic) are not conflicts.
    const transit = data<{ conflicts: unknown[] }>((await api.query("indicators.series", { key: "eurasian_1520_transit_teu" })).body);
    expect(transit.conflicts).toEqual([]);
    const missing = await api.query("indicators.series", { key: "no_such_series" });
    expect(missing.status).toBe(404);
  });

  it.runIf(run)("resolves every cited source id; unknown ids are NOT_FOUND with the missing ids", async () => {
    const investments = data<{ items: { sourceIds: string[]; confidence: string; fx: { sourceId: string } | null }[] }>((await api.query("investments.list")).body).items;
    const events = data<{ items: { sourceIds: string[]; confidence: string }[] }>((await api.query("relations.events")).body).items;
    const corridors = data<{ items: { sourceIds: string[] }[] }>((await api.query("corridors.list")).body).items;
    for (const item of [...investments, ...events, ...corridors]) expect(item.sourceIds.length).toBeGreaterThan(0);
    for (const item of [...investments, ...events]) expect(["high", "medium", "low"]).toContain(item.confidence);
    const cited = [...new Set([...investments, ...events, ...corridors].flatMap((i) => i.sourceIds).concat("FX-ECB"))];
    const resolved = data<{ items: { id: string; publisher: string; kind: string }[] }>((await api.query("sources.byIds", { ids: cited })).body).items;
    expect(resolved).toHaveLength(cited.length);
    expect(resolved.find((s) => s.id === "E42")).toMatchObject({ kind: "official" });
    const unknown = await api.query("sources.byIds", { ids: ["E01", "E999"] });
    expect(unknown.status).toBe(404);
    expect(error(unknown.body).json.data.appError?.details).toEqual({ missing: ["E999"] });
  });

  it.runIf(run)("shows the ERICEN amount conflict as a data-quality flag on the item", async () => {
    const flags = data<{ items: { id: string; refs: string[] }[] }>((await api.query("dataQuality.flags")).body).items;
    expect(flags.find((f) => f.id === "DQ-01")?.refs).toEqual(["INV-05"]);
    const ericen = data<{ items: { id: string; flagIds: string[] }[] }>((await api.query("investments.list", { actor: "US" })).body).items.find((i) => i.id === "INV-05");
    expect(ericen?.flagIds).toEqual(["DQ-01"]);
    const assumptions = data<{ items: { key: string; min: number; max: number; default: number }[] }>((await api.query("assumptions.definitions")).body).items;
    expect(assumptions).toHaveLength(13);
    for (const a of assumptions) expect(a.min <= a.default && a.default <= a.max).toBe(true);
  });

  it.runIf(run)("keeps boards private: the default board needs a session, a malformed id is BAD_REQUEST", async () => {
    expect((await api.query("boards.byId", { id: "kazakhstan-china-eu" })).status).toBe(401);
    expect((await api.query("boards.byId", { id: "../etc" })).status).toBe(400);
  });

  it.runIf(run)("computes the scenario beside the baseline from sourced base figures, ignoring bad values", async () => {
    const { status, body } = await api.query("scenario.compute", { values: { gulf_disruption: 40, mou_conversion: 500, nonsense: 1 } });
    expect(status).toBe(200);
    const result = data<{
      base: { euPledgeEur: { value: number; sourceIds: string[] }; mcContainerCapacityTeu: { value: number }; northernTransitTeu: { value: number } };
      values: Record<string, number>;
      rejected: { key: string; reason: string }[];
      baseline: { risk: { score: number } };
      scenario: { risk: { score: number } };
    }>(body);
    expect(result.base.euPledgeEur).toMatchObject({ value: 10e9 });
    expect(result.base.euPledgeEur.sourceIds).toEqual(expect.arrayContaining(["E35", "SEED-09"]));
    expect(result.base.mcContainerCapacityTeu.value).toBe(100_000);
    expect(result.base.northernTransitTeu.value).toBe(211_100);
    expect(result.values.mou_conversion).toBe(50);
    expect(result.rejected).toEqual([
      { key: "mou_conversion", reason: "out-of-range" },
      { key: "nonsense", reason: "unknown-key" },
    ]);
    expect(result.scenario.risk.score).toBeGreaterThan(result.baseline.risk.score);
    expect((await api.query("scenario.compute", { values: "high" })).status).toBe(400);
  });
});
