// Reads the whole fact base (a few hundred rows) into typed, query-ready objects. The API answers
// public indicator queries from this snapshot; FactStore reloads it when the seed changes the data.
import type { DbClient } from "@corridor/db";
import {
  actorLaneSchema,
  confidenceSchema,
  investmentStatusSchema,
  parseInSeed,
  polylineLengthKm,
  sourceKindSchema,
} from "@corridor/domain";
import type {
  ChokepointDto,
  CorridorDto,
  DataQualityFlagDto,
  EventDto,
  FactSnapshot,
  InvestmentDto,
  LonLatPair,
  SeriesDto,
  SourceDto,
  WaypointDto,
} from "./dto.ts";
import { lonLatList, numberList, parseJsonColumn, stringList } from "./json-column.ts";

const originOf = (value: string): SourceDto["origin"] =>
  value === "seed" || value === "external" || value === "product" ? value : "external";

/** Ids of the flags whose refs name an item. */
function flagIndex(flags: DataQualityFlagDto[]): (id: string) => string[] {
  const byRef = new Map<string, string[]>();
  for (const flag of flags) for (const ref of flag.refs) byRef.set(ref, [...(byRef.get(ref) ?? []), flag.id]);
  return (id) => byRef.get(id) ?? [];
}

function toWaypoint(w: {
  id: string;
  order: number;
  name: string;
  role: string;
  country: string;
  lon: number;
  lat: number;
  coordConfidence: string;
  namedInSeed: boolean;
  note: string | null;
}): WaypointDto {
  return {
    id: w.id,
    order: w.order,
    name: w.name,
    role: w.role,
    country: w.country,
    lonLat: [w.lon, w.lat],
    coordConfidence: w.coordConfidence,
    namedInSeed: w.namedInSeed,
    note: w.note,
  };
}

const coordinatesOf = (waypoints: WaypointDto[]): LonLatPair[] => waypoints.map((w) => w.lonLat);

export async function loadSnapshot(db: DbClient): Promise<FactSnapshot> {
  const [version, sourceRows, flagRows, corridorRows, chokepointRows, investmentRows, eventRows, seriesRows, pointFactRows, assumptionRows] =
    await Promise.all([
      db.dataVersion.findUnique({ where: { id: 1 } }),
      db.source.findMany({ orderBy: { id: "asc" } }),
      db.dataQualityFlag.findMany({ orderBy: { id: "asc" } }),
      db.corridor.findMany({
        orderBy: { sortOrder: "asc" },
        include: {
          waypoints: { orderBy: [{ branch: "asc" }, { order: "asc" }] },
          facts: { orderBy: { order: "asc" }, include: { sources: true } },
          sources: true,
          chokepoints: true,
        },
      }),
      db.chokepoint.findMany({ orderBy: { id: "asc" }, include: { sources: true } }),
      db.investment.findMany({ orderBy: { id: "asc" }, include: { sources: true, fxRate: true } }),
      db.relationsEvent.findMany({ orderBy: { id: "asc" }, include: { sources: true } }),
      db.indicatorSeries.findMany({
        orderBy: { sortOrder: "asc" },
        include: { observations: { orderBy: { position: "asc" }, include: { sources: true } } },
      }),
      db.pointFact.findMany({ orderBy: { id: "asc" }, include: { sources: true } }),
      db.assumptionDefinition.findMany({ orderBy: { sortOrder: "asc" } }),
    ]);
  if (!version) throw new Error("The fact base has not been seeded (no DataVersion row): run the seed first");

  const sources = new Map<string, SourceDto>(
    sourceRows.map((s) => [
      s.id,
      {
        id: s.id,
        kind: sourceKindSchema.parse(s.kind),
        publisher: s.publisher,
        title: s.title,
        url: s.url,
        year: s.year,
        originalSource: s.originalSource,
        seedRef: s.seedRef,
        accessed: s.accessed,
        note: s.note,
        identificationConfidence: s.identificationConfidence === null ? null : confidenceSchema.parse(s.identificationConfidence),
        origin: originOf(s.origin),
      },
    ]),
  );

  const flags: DataQualityFlagDto[] = flagRows.map((f) => ({
    id: f.id,
    item: f.item,
    issue: f.issue,
    refs: parseJsonColumn(stringList, f.refs, `DataQualityFlag ${f.id}.refs`),
  }));
  const flagsFor = flagIndex(flags);
  const ids = (links: { sourceId: string }[]) => links.map((l) => l.sourceId);

  const chokepoints: ChokepointDto[] = chokepointRows.map((c) => ({
    id: c.id,
    name: c.name,
    type: c.type,
    lonLat: c.lon === null || c.lat === null ? null : [c.lon, c.lat],
    nodes: c.nodes === null ? null : parseJsonColumn(lonLatList, c.nodes, `Chokepoint ${c.id}.nodes`),
    coordConfidence: c.coordConfidence,
    inSeed: parseInSeed(c.inSeed),
    seedRefs: parseJsonColumn(numberList, c.seedRefs, `Chokepoint ${c.id}.seedRefs`),
    risk: c.risk,
    sourceIds: ids(c.sources),
    flagIds: flagsFor(c.id),
  }));

  const corridors: CorridorDto[] = corridorRows.map((c) => {
    const main = c.waypoints.filter((w) => w.branch === null).map(toWaypoint);
    const branchNames = [...new Set(c.waypoints.flatMap((w) => (w.branch === null ? [] : [w.branch])))];
    const modes = parseJsonColumn(stringList, c.modes, `Corridor ${c.id}.modes`);
    return {
      id: c.id,
      name: c.name,
      aliases: parseJsonColumn(stringList, c.aliases, `Corridor ${c.id}.aliases`),
      description: c.description,
      modes,
      inSeed: parseInSeed(c.inSeed),
      seedRefs: parseJsonColumn(numberList, c.seedRefs, `Corridor ${c.id}.seedRefs`),
      seedBasis: c.seedBasis,
      waypoints: main,
      coordinates: coordinatesOf(main),
      branches: branchNames.map((name) => {
        const rows = c.waypoints.filter((w) => w.branch === name);
        const waypoints = rows.map(toWaypoint);
        return { name, note: rows[0]?.branchNote ?? null, waypoints, coordinates: coordinatesOf(waypoints) };
      }),
      facts: c.facts.map((f) => ({
        id: f.id,
        fact: f.fact,
        confidence: f.confidence === null ? null : confidenceSchema.parse(f.confidence),
        sourceIds: ids(f.sources),
      })),
      chokepointIds: c.chokepoints.map((link) => link.chokepointId),
      lengthKm: Math.round(polylineLengthKm(coordinatesOf(main))),
      borderCrossings: main.filter((w) => /border/i.test(w.role)).length,
      seaLegs: modes.filter((mode) => /\b(sea|ferry|short-sea|maritime)\b/i.test(mode)).length,
      sourceIds: ids(c.sources),
      flagIds: flagsFor(c.id),
    };
  });

  const childIds = new Map<string, string[]>();
  for (const inv of investmentRows) {
    if (inv.parentId !== null) childIds.set(inv.parentId, [...(childIds.get(inv.parentId) ?? []), inv.id]);
  }
  const investments: InvestmentDto[] = investmentRows.map((inv) => ({
    id: inv.id,
    actor: inv.actor,
    actorGroup: inv.actorGroup,
    counterpart: inv.counterpart,
    amount: inv.amount,
    currency: inv.currency,
    amountDisplay: inv.amountDisplay,
    amountEur: inv.amountEur,
    fx:
      inv.fxRate === null
        ? null
        : { rateId: inv.fxRate.id, currency: inv.fxRate.currency, year: inv.fxRate.year, perEur: inv.fxRate.perEur, sourceId: inv.fxRate.sourceId },
    date: inv.date,
    datePrecision: inv.datePrecision,
    dateStart: inv.dateStart,
    dateEnd: inv.dateEnd,
    dateSource: inv.dateSource,
    status: investmentStatusSchema.parse(inv.status),
    statusDetail: inv.statusDetail,
    sector: inv.sector,
    sectorGroup: inv.sectorGroup,
    countryText: inv.countryText,
    countries: parseJsonColumn(stringList, inv.countries, `Investment ${inv.id}.countries`),
    parentId: inv.parentId,
    childIds: childIds.get(inv.id) ?? [],
    inSeed: parseInSeed(inv.inSeed),
    seedRefs: parseJsonColumn(numberList, inv.seedRefs, `Investment ${inv.id}.seedRefs`),
    confidence: confidenceSchema.parse(inv.confidence),
    note: inv.note,
    sourceIds: ids(inv.sources),
    flagIds: flagsFor(inv.id),
  }));

  const events: EventDto[] = eventRows
    .map((e) => ({
      id: e.id,
      date: e.date,
      dateEnd: e.dateEnd,
      datePrecision: e.datePrecision,
      dateStart: e.dateStart,
      dateLast: e.dateLast,
      dateSource: e.dateSource,
      actors: parseJsonColumn(stringList, e.actors, `RelationsEvent ${e.id}.actors`),
      lanes: parseJsonColumn(stringList, e.actorLanes, `RelationsEvent ${e.id}.actorLanes`).map((lane) => actorLaneSchema.parse(lane)),
      type: e.type,
      title: e.title,
      summary: e.summary,
      location: e.location,
      lonLat: e.lon === null || e.lat === null ? null : ([e.lon, e.lat] as LonLatPair),
      inSeed: parseInSeed(e.inSeed),
      postSeed: e.postSeed,
      seedRefs: parseJsonColumn(numberList, e.seedRefs, `RelationsEvent ${e.id}.seedRefs`),
      confidence: confidenceSchema.parse(e.confidence),
      details: e.details,
      seedDateText: e.seedDateText,
      sourceIds: ids(e.sources),
      flagIds: flagsFor(e.id),
    }))
    // Chronological; undated events last.
    .sort((a, b) => (a.dateStart ?? "9999").localeCompare(b.dateStart ?? "9999") || a.id.localeCompare(b.id));

  const series: SeriesDto[] = seriesRows.map((s) => {
    const observations = s.observations.map((o) => ({
      id: o.id,
      period: o.period,
      periodStart: o.periodStart,
      periodEnd: o.periodEnd,
      metric: o.metric,
      value: o.value,
      valueType: o.valueType,
      confidence: confidenceSchema.parse(o.confidence),
      note: o.note,
      sourceIds: ids(o.sources),
    }));
    return {
      id: s.id,
      key: s.key,
      name: s.name,
      unit: s.unit,
      scope: s.scope,
      notes: s.notes,
      seedRefs: parseJsonColumn(numberList, s.seedLinks, `IndicatorSeries ${s.id}.seedLinks`),
      conflictingMetrics: parseJsonColumn(stringList, s.conflictingMetrics, `IndicatorSeries ${s.id}.conflictingMetrics`),
      observations,
      sourceIds: [...new Set(observations.flatMap((o) => o.sourceIds))].sort(),
      flagIds: flagsFor(s.id),
    };
  });

  const seedSourceId = (n: number) => `SEED-${String(n).padStart(2, "0")}`;
  return {
    version: { hash: version.hash, seededAt: version.seededAt },
    sources,
    corridors,
    chokepoints,
    investments,
    events,
    series,
    pointFacts: pointFactRows.map((p) => ({
      id: p.id,
      fact: p.fact,
      value: p.value,
      unit: p.unit,
      confidence: confidenceSchema.parse(p.confidence),
      note: p.note,
      sourceIds: ids(p.sources),
    })),
    assumptions: assumptionRows.map((a) => {
      const seedRefs = parseJsonColumn(numberList, a.seedRefs, `AssumptionDefinition ${a.id}.seedRefs`);
      return {
        id: a.id,
        key: a.key,
        name: a.name,
        unit: a.unit,
        min: a.min,
        max: a.max,
        step: a.step,
        default: a.default,
        rationale: a.rationale,
        seedRefs,
        anchors: parseJsonColumn(stringList, a.anchors, `AssumptionDefinition ${a.id}.anchors`),
        sourceIds: seedRefs.map(seedSourceId).filter((id) => sources.has(id)),
      };
    }),
    flags,
  };
}
