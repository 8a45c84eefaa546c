import { describe, expect, it } from "vitest";
import {
  commitmentsByActor,
  commitmentsByPlace,
  corridorSegments,
  eventConcernsCountry,
  eventMatchesActor,
  filterEvents,
  filterInvestments,
  seriesView,
  symbolRadius,
  type Corridor,
  type Investment,
  type RelationsEvent,
  type Series,
} from "./model";
import { EMPTY_SELECTION } from "./selection";

function inv(fields: Partial<Investment> & Pick<Investment, "id" | "actorGroup" | "amountEur" | "status" | "countries">): Investment {
  return {
    actor: fields.actorGroup,
    counterpart: "",
    amount: fields.amountEur,
    currency: "EUR",
    amountDisplay: "",
    fx: null,
    date: "2024-01-29",
    datePrecision: "day",
    dateStart: "2024-01-29",
    dateEnd: "2024-01-29",
    dateSource: "seed",
    statusDetail: null,
    sector: "transport",
    sectorGroup: "transport",
    countryText: "",
    parentId: null,
    childIds: [],
    inSeed: true,
    seedRefs: [],
    confidence: "high",
    note: null,
    sourceIds: [`S-${fields.id}`],
    flagIds: [],
    ...fields,
  };
}

// The fact base's nesting: the EU's EUR 10 bn regional pledge contains an EU pledge of 1.5 bn, the
// EIB's 1.47 bn MoU (which contains the 320 m Kazakh MoU) and the EBRD's 1.5 bn MoU.
const items: Investment[] = [
  inv({ id: "INV-01", actorGroup: "EU", amountEur: 10e9, status: "pledged", countries: ["Central Asia (regional)"] }),
  inv({ id: "INV-02", actorGroup: "EU", amountEur: 1.5e9, status: "pledged", countries: ["Central Asia (regional)"], parentId: "INV-01" }),
  inv({ id: "INV-03", actorGroup: "EIB", amountEur: 1.47e9, status: "MoU", countries: ["Kazakhstan", "Kyrgyzstan", "Uzbekistan"], parentId: "INV-01" }),
  inv({ id: "INV-03a", actorGroup: "EIB", amountEur: 320e6, status: "MoU", countries: ["Kazakhstan"], parentId: "INV-03", inSeed: false }),
  inv({ id: "INV-04", actorGroup: "EBRD", amountEur: 1.5e9, status: "MoU", countries: ["Kazakhstan"], parentId: "INV-01" }),
  inv({ id: "CTX-02", actorGroup: "China", amountEur: 19e9, status: "signed", countries: ["Kazakhstan"], inSeed: false, dateStart: "2023-10-17", dateEnd: "2023-10-17" }),
  inv({ id: "GLOBAL", actorGroup: "EU", amountEur: 300e9, status: "pledged", countries: ["Global"], inSeed: false, dateStart: "2021-12-01", dateEnd: "2021-12-01" }),
];

describe("commitmentsByActor", () => {
  it("never adds a sub-item to its parent, and keeps money inside another cell apart", () => {
    const result = commitmentsByActor(items, items);
    const eu = result.rows.find((r) => r.actor === "EU");
    const eib = result.rows.find((r) => r.actor === "EIB");
    const ebrd = result.rows.find((r) => r.actor === "EBRD");
    // EU pledged: INV-01 + GLOBAL counted, INV-02 contained in INV-01.
    expect(eu?.cells).toEqual([
      expect.objectContaining({ status: "pledged", ownEur: 310e9, nestedEur: 0, containedIds: ["INV-02"] }),
    ]);
    // EIB MoU: INV-03 counted but nested in the EU pledge; INV-03a contained in INV-03.
    expect(eib?.cells).toEqual([
      expect.objectContaining({ status: "MoU", ownEur: 0, nestedEur: 1.47e9, countedIds: ["INV-03"], containedIds: ["INV-03a"] }),
    ]);
    expect(ebrd?.nestedEur).toBe(1.5e9);
    // The total is the sum of the own amounts: 10 bn + 300 bn + 19 bn.
    expect(result.totalEur).toBe(329e9);
    expect(result.rows.reduce((sum, r) => sum + r.ownEur, 0)).toBe(result.totalEur);
  });

  it("counts a sub-item as own money when its parent is filtered out", () => {
    const mou = filterInvestments(items, { ...EMPTY_SELECTION, statuses: ["MoU"] }, { corridor: null });
    const result = commitmentsByActor(mou, items);
    expect(result.totalEur).toBe(1.47e9 + 1.5e9);
    expect(result.rows.find((r) => r.actor === "EIB")?.ownEur).toBe(1.47e9);
  });

  it("orders actors by their own money", () => {
    expect(commitmentsByActor(items, items).rows.map((r) => r.actor)).toEqual(["EU", "China", "EBRD", "EIB"]);
  });
});

describe("commitmentsByPlace", () => {
  it("places commitments at countries and the regional point, counts each place once, and leaves global ones off the map", () => {
    const result = commitmentsByPlace(items, items);
    const kz = result.places.find((p) => p.place === "Kazakhstan");
    // Kazakhstan: INV-03 (whole, shared with two countries), INV-04, CTX-02; INV-03a contained in INV-03.
    expect(kz?.totalEur).toBe(1.47e9 + 1.5e9 + 19e9);
    expect(kz?.containedIds).toEqual(["INV-03a"]);
    expect(kz?.sharedEur).toBe(1.47e9);
    expect(kz?.nestedEur).toBe(1.47e9 + 1.5e9);
    const regional = result.places.find((p) => p.place === "Central Asia (regional)");
    expect(regional?.totalEur).toBe(10e9);
    expect(result.unplacedIds).toEqual(["GLOBAL"]);
  });

  it("sizes symbols by area", () => {
    expect(symbolRadius(100, 100, 30)).toBe(30);
    expect(symbolRadius(25, 100, 30)).toBe(15);
    expect(symbolRadius(0, 100, 30, 4)).toBe(4);
  });
});

describe("filterInvestments", () => {
  it("filters by time range, context and country, and can ignore its own dimension", () => {
    const s = { ...EMPTY_SELECTION, from: 2024, to: 2024, context: false, actors: ["EIB"] };
    expect(filterInvestments(items, s, { corridor: null }).map((i) => i.id)).toEqual(["INV-03"]);
    expect(filterInvestments(items, s, { corridor: null }, { actors: true }).map((i) => i.id)).toEqual([
      "INV-01",
      "INV-02",
      "INV-03",
      "INV-04",
    ]);
    const kz = { ...EMPTY_SELECTION, countries: ["Kazakhstan"] };
    expect(filterInvestments(items, kz, { corridor: null }).map((i) => i.id)).toEqual(["INV-03", "INV-03a", "INV-04", "CTX-02"]);
  });

  it("keeps a corridor's countries and regional commitments when the corridor crosses Central Asia", () => {
    const corridor = {
      waypoints: [waypoint("Khorgos", "border crossing", "China / Kazakhstan", [80.4, 44.2]), waypoint("Baku", "Caspian seaport", "Azerbaijan", [49.4, 40])],
      branches: [],
    };
    const ids = filterInvestments(items, EMPTY_SELECTION, { corridor }).map((i) => i.id);
    expect(ids).not.toContain("GLOBAL");
    expect(ids).toContain("INV-01");
    expect(ids).toContain("CTX-02");
  });
});

const waypoint = (name: string, role: string, country: string, lonLat: [number, number]) => ({
  id: name,
  order: 0,
  name,
  role,
  country,
  lonLat,
  coordConfidence: "high",
  namedInSeed: true,
  note: null,
});

describe("corridorSegments", () => {
  it("marks the Caspian and Black Sea crossings as sea legs, not port-to-port moves in one country", () => {
    const middle = {
      id: "COR-01",
      modes: ["rail", "ferry (Caspian)", "rail", "short-sea (Black Sea) or rail (Turkey)"],
      waypoints: [
        waypoint("Almaty", "rail node", "Kazakhstan", [76.9, 43.2]),
        waypoint("Aktau", "Caspian seaport", "Kazakhstan", [51.2, 43.6]),
        waypoint("Kuryk", "Caspian seaport (ferry terminal)", "Kazakhstan", [51.7, 43.2]),
        waypoint("Baku", "Caspian seaport", "Azerbaijan", [49.4, 40]),
        waypoint("Batumi", "Black Sea port", "Georgia", [41.6, 41.6]),
        waypoint("Constanta", "Black Sea port / EU entry", "Romania", [28.6, 44.2]),
      ],
      branches: [{ name: "Turkey", note: null, coordinates: [], waypoints: [waypoint("Kars", "rail node", "Turkey", [43, 40.6])] }],
    } satisfies Pick<Corridor, "id" | "modes" | "waypoints" | "branches">;
    const segments = corridorSegments(middle);
    const sea = segments.filter((s) => s.sea).map((s) => `${s.from}→${s.to}`);
    expect(sea).toEqual(["Kuryk→Baku", "Batumi→Constanta"]);
    // The branch leaves the main line at the nearest waypoint.
    expect(segments.at(-1)).toMatchObject({ line: "Turkey", from: "Batumi", to: "Kars", sea: false });
  });

  it("draws a sea-only corridor entirely as sea legs", () => {
    const maritime = {
      id: "COR-04",
      modes: ["sea"],
      waypoints: [waypoint("Shanghai", "origin port", "China", [121, 31]), waypoint("Singapore", "chokepoint", "Singapore", [103, 1])],
      branches: [],
    };
    expect(corridorSegments(maritime).every((s) => s.sea)).toBe(true);
  });
});

function ev(fields: Partial<RelationsEvent> & Pick<RelationsEvent, "id">): RelationsEvent {
  return {
    date: "2024-01-29",
    dateEnd: null,
    datePrecision: "day",
    dateStart: "2024-01-29",
    dateLast: "2024-01-29",
    dateSource: "seed",
    actors: [],
    lanes: [],
    type: "summit",
    title: fields.id,
    summary: "",
    location: null,
    lonLat: null,
    inSeed: true,
    postSeed: false,
    seedRefs: [],
    confidence: "high",
    details: null,
    seedDateText: null,
    sourceIds: [],
    flagIds: [],
    ...fields,
  };
}

describe("events", () => {
  const forum = ev({ id: "EV-16", actors: ["European Commission", "EIB", "EBRD", "Central Asian states"], lanes: ["EU", "Other", "Central Asia"], location: "Brussels, Belgium", lonLat: [4.35, 50.85] });
  const astana = ev({ id: "EV-01", date: "2013-09", dateStart: "2013-09-01", dateLast: "2013-09-30", actors: ["China", "Kazakhstan"], lanes: ["China", "Central Asia"], location: "Astana, Kazakhstan", lonLat: [71.43, 51.17] });
  const undated = ev({ id: "EV-22", dateStart: null, dateLast: null, date: null, lanes: ["US", "China"], actors: ["United States", "China"] });

  it("matches lanes for lane names and name parts otherwise", () => {
    expect(eventMatchesActor(forum, "EU")).toBe(true);
    expect(eventMatchesActor(forum, "EBRD & AIIB")).toBe(true);
    expect(eventMatchesActor(forum, "US")).toBe(false);
  });

  it("reads 'Central Asian states' as concerning each Central Asian country", () => {
    expect(eventConcernsCountry(forum, "Uzbekistan")).toBe(true);
    expect(eventConcernsCountry(astana, "Kazakhstan")).toBe(true);
    expect(eventConcernsCountry(astana, "China")).toBe(true);
    expect(eventConcernsCountry(astana, "Iran")).toBe(false);
  });

  it("drops undated events once a time range is set", () => {
    const all = [forum, astana, undated];
    expect(filterEvents(all, EMPTY_SELECTION, { corridor: null })).toHaveLength(3);
    expect(filterEvents(all, { ...EMPTY_SELECTION, from: 2020 }, { corridor: null }).map((e) => e.id)).toEqual(["EV-16"]);
  });
});

describe("seriesView", () => {
  const obs = (id: string, period: string, value: number, extra: Partial<Series["observations"][number]> = {}) => ({
    id,
    period,
    periodStart: `${period.slice(0, 4)}-01-01`,
    periodEnd: `${period.slice(0, 4)}-12-31`,
    metric: null,
    value,
    valueType: "actual",
    confidence: "medium" as const,
    note: null,
    sourceIds: [],
    ...extra,
  });
  const series = {
    name: "China-Kazakhstan trade",
    conflictingMetrics: ["Kazakhstan-reported"],
    observations: [
      obs("a", "2021", 25.25, { confidence: "low" }),
      obs("b", "2022", 31.2),
      obs("c", "2022", 24.1, { metric: "Kazakhstan-reported" }),
      obs("d", "2023-01/09", 21.7, { metric: "Kazakhstan-reported", valueType: "partial-year", periodEnd: "2023-09-30" }),
      obs("e", "2022", 9, { metric: "other measure" }),
    ],
    conflicts: [{ period: "2022", metric: null, min: 24.1, max: 31.2, observations: [], flagIds: ["DQ-04"] }],
  };

  it("charts the main measure and its other reporter, marks low confidence, keeps partial years and other measures apart", () => {
    const view = seriesView(series, EMPTY_SELECTION);
    expect(view.lines.map((l) => l.label)).toEqual(["China-Kazakhstan trade", "Kazakhstan-reported"]);
    expect(view.lines[0]?.points.map((p) => [p.observation.id, p.low])).toEqual([
      ["a", true],
      ["b", false],
    ]);
    expect(view.partial.map((p) => p.observation.id)).toEqual(["d"]);
    expect(view.other.map((o) => o.id)).toEqual(["e"]);
    expect(view.conflicts).toEqual([expect.objectContaining({ period: "2022", min: 24.1, max: 31.2, at: "2022-12-31", x: 2022 })]);
    // A partial year ending in September sits a quarter before its year's mark.
    expect(view.partial[0]?.x).toBe(2022.75);
  });

  it("keeps the whole series and marks what is inside the time range, conflicts included", () => {
    const view = seriesView(series, { from: 2023, to: null });
    expect(view.lines.flatMap((l) => l.points).every((p) => !p.inRange)).toBe(true);
    expect(view.conflicts).toEqual([expect.objectContaining({ inRange: false })]);
    expect(view.partial.map((p) => p.inRange)).toEqual([true]);
  });
});
