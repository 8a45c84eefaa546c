import { describe, expect, it } from "vitest";
import { citedSourceIds, largestCommitments, latestEvents, type Investment, type RelationsEvent } from "./overview";

function investment(id: string, amountEur: number, parentId: string | null = null, sourceIds: string[] = []): Investment {
  return {
    id,
    actor: id,
    actorGroup: id,
    counterpart: "",
    amount: amountEur,
    currency: "EUR",
    amountDisplay: "",
    amountEur,
    fx: null,
    date: "2024",
    datePrecision: "year",
    dateStart: "2024-01-01",
    dateEnd: "2024-12-31",
    dateSource: "seed",
    status: "pledged",
    statusDetail: null,
    sector: "",
    sectorGroup: "",
    countryText: "",
    countries: [],
    parentId,
    childIds: [],
    inSeed: true,
    seedRefs: [],
    confidence: "high",
    note: null,
    sourceIds,
    flagIds: [],
  };
}

function event(id: string, dateLast: string | null, sourceIds: string[] = []): RelationsEvent {
  return {
    id,
    date: dateLast,
    dateEnd: null,
    datePrecision: "day",
    dateStart: dateLast,
    dateLast,
    dateSource: "seed",
    actors: [],
    lanes: [],
    type: "meeting",
    title: id,
    summary: "",
    location: null,
    lonLat: null,
    inSeed: true,
    postSeed: false,
    seedRefs: [],
    confidence: "high",
    details: null,
    seedDateText: null,
    sourceIds,
    flagIds: [],
  };
}

describe("largestCommitments", () => {
  const items = [
    investment("A", 100),
    investment("A1", 30, "A"),
    investment("A2", 60, "A"),
    investment("A2x", 10, "A2"),
    investment("B", 500),
    investment("C", 1),
    investment("orphan", 50, "missing-parent"),
  ];

  it("orders top-level items by EUR and nests sub-items beneath their parent", () => {
    const rows = largestCommitments(items).map((row) => `${row.item.id}@${row.depth}`);
    expect(rows).toEqual(["B@0", "A@0", "A2@1", "A2x@2", "A1@1", "orphan@0", "C@0"]);
  });

  it("limits the top-level items, keeping their sub-items", () => {
    const rows = largestCommitments(items, 2).map((row) => row.item.id);
    expect(rows).toEqual(["B", "A", "A2", "A2x", "A1"]);
  });
});

describe("latestEvents and citedSourceIds", () => {
  it("puts the newest events first and undated ones last", () => {
    const events = [event("old", "2013-09-30"), event("none", null), event("new", "2025-04-04")];
    expect(latestEvents(events).map((e) => e.id)).toEqual(["new", "old", "none"]);
  });

  it("collects unique, sorted source ids including exchange-rate sources", () => {
    const usd = { ...investment("U", 10, null, ["E2", "E1"]), fx: { rateId: "r", currency: "USD", year: 2022, perEur: 1.05, sourceId: "FX-1" } };
    const ids = citedSourceIds(largestCommitments([usd, investment("V", 5, null, ["E1"])]), [event("e", "2024-01-01", ["E3", "E2"])]);
    expect(ids).toEqual(["E1", "E2", "E3", "FX-1"]);
  });
});
