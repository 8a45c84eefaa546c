import { describe, expect, it } from "vitest";
import {
  changedAssumptions,
  citedSources,
  commitmentsByActor,
  formatDelta,
  formatEur,
  keyFigures,
  parseFrozenData,
  readSnapshotFile,
  type FrozenInvestment,
} from "./model";
import { en } from "~/i18n/messages/en";
import { ru } from "~/i18n/messages/ru";
import { createTranslator } from "~/i18n/translate";
import { exportFileName } from "./names";

const inv = (id: string, over: Partial<FrozenInvestment>): FrozenInvestment => ({
  id,
  actor: "EU",
  actorGroup: "EU",
  amountEur: 100,
  status: "pledged",
  parentId: null,
  confidence: "high",
  sourceIds: ["S1"],
  fx: null,
  ...over,
});

describe("commitmentsByActor", () => {
  it("does not add a sub-item to its parent in the same actor and status", () => {
    const items = [inv("A", { amountEur: 1000 }), inv("A1", { amountEur: 300, parentId: "A" })];
    const result = commitmentsByActor(items);
    expect(result.totalEur).toBe(1000);
    expect(result.rows).toEqual([{ actor: "EU", byStatus: { pledged: 1000 }, nestedEur: 0, totalEur: 1000 }]);
  });

  it("reports a sub-item with another status as nested, never added to the total", () => {
    const items = [inv("A", { amountEur: 1000 }), inv("A1", { amountEur: 300, parentId: "A", status: "MoU" }), inv("C", { actorGroup: "China", amountEur: 50, status: "signed" })];
    const result = commitmentsByActor(items);
    expect(result.totalEur).toBe(1050);
    const eu = result.rows.find((r) => r.actor === "EU");
    expect(eu?.byStatus).toEqual({ pledged: 1000, MoU: 0 });
    expect(eu?.nestedEur).toBe(300);
    expect(result.rows.map((r) => r.actor)).toEqual(["EU", "China"]);
  });
});

describe("changedAssumptions", () => {
  const defs = [
    { key: "a", name: "A", unit: "%", min: 0, max: 100, default: 50 },
    { key: "b", name: "B", unit: "", min: 0, max: 1, default: 0.5 },
  ];
  it("lists only the values that differ from their defaults", () => {
    expect(changedAssumptions({ a: 50, b: 0.8 }, defs)).toEqual([{ key: "b", name: "B", unit: "", value: 0.8, default: 0.5 }]);
    expect(changedAssumptions({}, defs)).toEqual([]);
  });
});

describe("citedSources", () => {
  it("returns the known sources sorted and the unknown ids apart, each once", () => {
    const sources = [
      { id: "S2", publisher: "World Bank", title: "B", url: null, year: 2023 },
      { id: "S1", publisher: "EBRD", title: "A", url: "https://ebrd.com", year: 2024 },
    ];
    const result = citedSources(["S2", "S1", "S2", "S9"], sources);
    expect(result.found.map((s) => s.id)).toEqual(["S1", "S2"]);
    expect(result.missing).toEqual(["S9"]);
  });
});

describe("parseFrozenData and keyFigures", () => {
  it("reads the frozen data and rejects data of another shape", () => {
    const data = { format: 1, dataVersion: "v1", investments: [inv("A", {})], sources: [], assumptions: [], corridors: [] };
    expect(parseFrozenData(data).investments).toHaveLength(1);
    expect(() => parseFrozenData({ dataVersion: "v1" })).toThrow();
  });
  it("takes risk, realised investment and the first year over capacity from a run", () => {
    expect(keyFigures({ risk: { score: 41.5 }, investment: { totalEur: 2e9 }, corridor: { firstYearOverCapacity: 2027 } })).toEqual({
      riskScore: 41.5,
      realisedEur: 2e9,
      firstYearOverCapacity: 2027,
    });
  });
});

describe("formatting", () => {
  it("formats euro amounts and deltas compactly", () => {
    expect(formatEur(12_300_000_000)).toBe("EUR 12.3 bn");
    expect(formatEur(1_250_000_000)).toBe("EUR 1.25 bn");
    expect(formatEur(350_000_000)).toBe("EUR 350 m");
    expect(formatDelta(-2.25, "index 0–100")).toBe("−2.3");
    expect(formatDelta(5e8, "EUR")).toBe("+EUR 500 m");
    expect(formatEur(350_000)).toBe("EUR 350,000");
  });
  it("formats them in Russian", () => {
    expect(formatEur(1_250_000_000, "ru")).toBe("EUR 1,25 млрд");
    expect(formatEur(350_000_000, "ru")).toBe("EUR 350 млн");
    expect(formatEur(350_000, "ru")).toBe("EUR 350\u00a0000");
    expect(formatDelta(-2.25, "index 0–100", "ru")).toBe("−2,3");
  });
  it("builds an ASCII file name", () => {
    expect(exportFileName("Kazakhstan–China–EU", "Briefing 14 Nov", "json")).toBe("kazakhstan-china-eu--briefing-14-nov.json");
    expect(exportFileName("Казахстан", "", "pdf")).toBe("snapshot.pdf");
  });
});

describe("readSnapshotFile", () => {
  const good = {
    format: "corridor-board.snapshot",
    version: 1,
    exportedAt: "2025-11-14T16:00:00.000Z",
    board: { title: "Board" },
    snapshot: { name: "S", authorName: "Ann", createdAt: "2025-11-14T16:00:00.000Z" },
    document: "AAA=",
    dataVersion: "v",
    dataHash: "h",
    figures: {},
    sourceIds: [],
  };
  const t = createTranslator(en, "en");
  it("accepts an export and explains what is wrong with anything else", () => {
    expect(readSnapshotFile(JSON.stringify(good), t).ok).toBe(true);
    const notJson = readSnapshotFile("{nope", t);
    expect(notJson.ok ? "" : notJson.error).toMatch(/not JSON/);
    const other = readSnapshotFile(JSON.stringify({ hello: 1 }), t);
    expect(other.ok ? "" : other.error).toMatch(/not a Corridor Board snapshot/);
    const newer = readSnapshotFile(JSON.stringify({ ...good, version: 2 }), t);
    expect(newer.ok ? "" : newer.error).toMatch(/version 2/);
    const broken = readSnapshotFile(JSON.stringify({ ...good, document: "<script>" }), t);
    expect(broken.ok ? "" : broken.error).toMatch(/document/);
  });
  it("explains it in Russian", () => {
    const tRu = createTranslator(ru, "ru", en);
    const newer = readSnapshotFile(JSON.stringify({ ...good, version: 2 }), tRu);
    expect(newer.ok ? "" : newer.error).toBe("Версия формата этого файла снимка — 2; приложение читает версию 1.");
    const other = readSnapshotFile(JSON.stringify({ hello: 1 }), tRu);
    expect(other.ok ? "" : other.error).toMatch(/не является экспортом снимка Corridor Board/);
  });
});
