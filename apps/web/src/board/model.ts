// What the board shows for a selection, derived from the fact-base queries by pure functions:
// filtered investments, commitments by actor and status and by place (never double counted),
// events in view, indicator series with their conflicts, corridor segments with sea legs.
// Subpath imports: the package index also carries the zod schemas, which the browser doesn't need.
import { summarizeCommitments, type CommitmentGroup } from "@corridor/domain/commitments";
import { periodSpan, spanOverlaps } from "@corridor/domain/dates";
import { haversineKm, type LonLat } from "@corridor/domain/geo";
import { INVESTMENT_STATUS, type Confidence, type InvestmentStatus } from "@corridor/domain/vocabulary";
import type { RouterOutputs } from "~/trpc/types";
import { isCentralAsian, placeOf, REGIONAL, splitCountries } from "./places";
import { rangeDates, type Selection } from "./selection";

export type Investment = RouterOutputs["investments"]["list"]["items"][number];
export type RelationsEvent = RouterOutputs["relations"]["events"]["items"][number];
export type Corridor = RouterOutputs["corridors"]["list"]["items"][number];
export type CorridorDetail = RouterOutputs["corridors"]["byId"];
export type Chokepoint = CorridorDetail["chokepoints"][number];
export type Series = RouterOutputs["indicators"]["series"];
export type Observation = Series["observations"][number];
export type SeriesConflict = Series["conflicts"][number];
export type Source = RouterOutputs["sources"]["byIds"]["items"][number];
export type Flag = RouterOutputs["dataQuality"]["flags"]["items"][number];

/** Events within this distance of a corridor's waypoint count as on the corridor. */
const NEAR_CORRIDOR_KM = 300;

// ---------------------------------------------------------------------------------------------
// Corridors

/** Every country a corridor's main line and branches pass through. */
export function corridorCountries(corridor: Pick<Corridor, "waypoints" | "branches">): Set<string> {
  const waypoints = [...corridor.waypoints, ...corridor.branches.flatMap((b) => b.waypoints)];
  return new Set(waypoints.flatMap((w) => splitCountries(w.country)));
}

const SEA_MODE = /\b(sea|ferry|short-sea|maritime)\b/i;
const LAND_MODE = /\b(rail|road|pipeline)\b/i;
const SEA_NAME = /\b(caspian|black sea|mediterranean|red sea|baltic|arabian sea|persian gulf)\b/i;
const PORT_ROLE = /\b(sea ?port|port|ferry terminal|chokepoint|sea area)\b/i;

export interface CorridorSegment {
  corridorId: string;
  /** The main line or the branch's name. */
  line: string;
  from: string;
  to: string;
  coordinates: [LonLat, LonLat];
  sea: boolean;
}

interface WaypointLike {
  name: string;
  role: string;
  country: string;
  lonLat: LonLat;
}

/**
 * Consecutive waypoint pairs, each marked as a sea leg or not. The fact base gives modes per
 * corridor, not per segment, so a leg is read as sea when the corridor is sea-only, or when both
 * ends are ports in different countries on a corridor that has a sea or ferry mode (Kuryk → Baku
 * across the Caspian, Batumi → Constanta across the Black Sea). Two ports of one country (Aktau →
 * Kuryk, Karachi → Gwadar) stay land legs.
 */
export function corridorSegments(corridor: Pick<Corridor, "id" | "modes" | "waypoints" | "branches">): CorridorSegment[] {
  const hasSea = corridor.modes.some((m) => SEA_MODE.test(m));
  const seaOnly = hasSea && !corridor.modes.some((m) => LAND_MODE.test(m));
  const isSea = (a: WaypointLike, b: WaypointLike) => {
    if (seaOnly) return true;
    if (!hasSea || !PORT_ROLE.test(a.role) || !PORT_ROLE.test(b.role)) return false;
    // Ports on two different named seas (Baku on the Caspian, Batumi on the Black Sea) are not one crossing.
    const seaA = SEA_NAME.exec(a.role)?.[0].toLowerCase();
    const seaB = SEA_NAME.exec(b.role)?.[0].toLowerCase();
    if (seaA && seaB && seaA !== seaB) return false;
    const countriesA = new Set(splitCountries(a.country));
    return !splitCountries(b.country).some((c) => countriesA.has(c));
  };
  const pairs = (line: string, points: readonly WaypointLike[]): CorridorSegment[] =>
    points.slice(1).flatMap((to, i) => {
      const from = points[i];
      if (!from) return [];
      return [{ corridorId: corridor.id, line, from: from.name, to: to.name, coordinates: [from.lonLat, to.lonLat], sea: isSea(from, to) }];
    });
  const main = pairs("main", corridor.waypoints);
  const branches = corridor.branches.flatMap((branch) => {
    // A branch leaves the main line at the waypoint nearest to its first point.
    const first = branch.waypoints[0];
    const anchor = first ? nearestWaypoint(corridor.waypoints, first.lonLat) : null;
    return pairs(branch.name, anchor ? [anchor, ...branch.waypoints] : branch.waypoints);
  });
  return [...main, ...branches];
}

function nearestWaypoint<T extends { lonLat: LonLat }>(list: readonly T[], point: LonLat): T | null {
  let best: T | null = null;
  let bestKm = Infinity;
  for (const w of list) {
    const km = haversineKm(w.lonLat, point);
    if (km < bestKm) {
      best = w;
      bestKm = km;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Investments

export interface FilterContext {
  /** The selected corridor, when one is selected. */
  corridor: Pick<Corridor, "waypoints" | "branches"> | null;
}

/** Which selection dimensions a view ignores (a chart does not filter itself by what it selects). */
export interface Ignore {
  actors?: boolean;
  statuses?: boolean;
  countries?: boolean;
}

/** A commitment is in a corridor's area when one of its countries is on the corridor, or it is regional and the corridor crosses Central Asia. */
export function investmentOnCorridor(item: Pick<Investment, "countries">, countries: ReadonlySet<string>): boolean {
  const crossesCentralAsia = [...countries].some(isCentralAsian);
  return item.countries.some((c) => countries.has(c) || (c === REGIONAL && crossesCentralAsia));
}

export function filterInvestments(
  items: readonly Investment[],
  s: Selection,
  context: FilterContext,
  ignore: Ignore = {},
): Investment[] {
  const { from, to } = rangeDates(s);
  const onCorridor = context.corridor ? corridorCountries(context.corridor) : null;
  return items.filter(
    (item) =>
      (s.context || item.inSeed !== false) &&
      spanOverlaps({ start: item.dateStart, end: item.dateEnd }, from, to) &&
      (ignore.actors || s.actors.length === 0 || s.actors.includes(item.actorGroup)) &&
      (ignore.statuses || s.statuses.length === 0 || s.statuses.includes(item.status)) &&
      (ignore.countries || s.countries.length === 0 || item.countries.some((c) => s.countries.includes(c))) &&
      (onCorridor === null || investmentOnCorridor(item, onCorridor)),
  );
}

export interface StatusCell {
  status: InvestmentStatus;
  /** Money this actor adds at this status: counted items not inside another counted commitment. */
  ownEur: number;
  /** Counted items that sit inside a commitment counted elsewhere (another actor or status). */
  nestedEur: number;
  countedIds: string[];
  /** Sub-items already contained in a counted item of the same actor and status. */
  containedIds: string[];
  confidence: Confidence;
  sourceIds: string[];
}

export interface ActorRow {
  actor: string;
  cells: StatusCell[];
  /** Sum of ownEur over statuses. */
  ownEur: number;
  nestedEur: number;
}

export interface CommitmentsByActor {
  rows: ActorRow[];
  /** The filtered set's total with every sub-item inside its counted ancestor: the sum of all ownEur. */
  totalEur: number;
  totalSourceIds: string[];
}

const SEP = "|";

/**
 * Commitments by actor, split by status, without double counting (the domain's rules): inside an
 * actor×status cell a sub-item is not added to its parent; a sub-item counted in one cell while its
 * parent counts in another is reported as nestedEur (shown apart, never added to the total).
 */
export function commitmentsByActor(items: readonly Investment[], allItems: readonly Investment[]): CommitmentsByActor {
  const summary = summarizeCommitments({
    items: items.map((inv) => ({ ...inv, sourceIds: inv.fx ? [...inv.sourceIds, inv.fx.sourceId] : inv.sourceIds })),
    allItems,
    keysOf: (inv) => [`${inv.actorGroup}${SEP}${inv.status}`],
  });
  const byActor = new Map<string, Map<InvestmentStatus, CommitmentGroup>>();
  for (const group of summary.groups) {
    const [actor = "", status] = group.key.split(SEP);
    const cells = byActor.get(actor) ?? new Map<InvestmentStatus, CommitmentGroup>();
    cells.set(status as InvestmentStatus, group);
    byActor.set(actor, cells);
  }
  const rows: ActorRow[] = [...byActor.entries()].map(([actor, groups]) => {
    const cells = INVESTMENT_STATUS.flatMap((status): StatusCell[] => {
      const group = groups.get(status);
      if (!group) return [];
      return [
        {
          status,
          ownEur: group.totalEur - group.nestedEur,
          nestedEur: group.nestedEur,
          countedIds: group.countedIds,
          containedIds: group.containedIds,
          confidence: group.confidence,
          sourceIds: group.sourceIds,
        },
      ];
    });
    return {
      actor,
      cells,
      ownEur: cells.reduce((sum, c) => sum + c.ownEur, 0),
      nestedEur: cells.reduce((sum, c) => sum + c.nestedEur, 0),
    };
  });
  rows.sort((a, b) => b.ownEur - a.ownEur || b.nestedEur - a.nestedEur || a.actor.localeCompare(b.actor));
  return { rows, totalEur: summary.totalEur, totalSourceIds: summary.totalSourceIds };
}

export interface PlaceTotal {
  place: string;
  lonLat: LonLat;
  /** Counted per place: a sub-item in the same place as its parent is not added again. */
  totalEur: number;
  /** Part of totalEur inside a commitment counted at another place (a country share of a regional pledge). */
  nestedEur: number;
  /** Part of totalEur from commitments that name several countries and count whole in each. */
  sharedEur: number;
  countedIds: string[];
  containedIds: string[];
  confidence: Confidence;
  sourceIds: string[];
}

export interface PlaceTotals {
  places: PlaceTotal[];
  /** Items with no place on the map (global scope). */
  unplacedIds: string[];
}

/** Commitments by the place the map draws them at, with the same counting rules. */
export function commitmentsByPlace(items: readonly Investment[], allItems: readonly Investment[]): PlaceTotals {
  const placed = items.filter((inv) => inv.countries.some((c) => placeOf(c) !== null));
  const summary = summarizeCommitments({
    items: placed.map((inv) => ({ ...inv, sourceIds: inv.fx ? [...inv.sourceIds, inv.fx.sourceId] : inv.sourceIds })),
    allItems,
    keysOf: (inv) => inv.countries.filter((c) => placeOf(c) !== null),
  });
  const places = summary.groups.flatMap((group): PlaceTotal[] => {
    const lonLat = placeOf(group.key);
    if (!lonLat) return [];
    return [
      {
        place: group.key,
        lonLat,
        totalEur: group.totalEur,
        nestedEur: group.nestedEur,
        sharedEur: group.sharedEur,
        countedIds: group.countedIds,
        containedIds: group.containedIds,
        confidence: group.confidence,
        sourceIds: group.sourceIds,
      },
    ];
  });
  const placedIds = new Set(placed.map((inv) => inv.id));
  return { places, unplacedIds: items.filter((inv) => !placedIds.has(inv.id)).map((inv) => inv.id) };
}

/** Symbol radius in pixels with area proportional to the amount; the largest gets maxRadius. */
export function symbolRadius(amount: number, maxAmount: number, maxRadius = 34, minRadius = 4): number {
  if (maxAmount <= 0 || amount <= 0) return minRadius;
  return Math.max(minRadius, maxRadius * Math.sqrt(amount / maxAmount));
}

// ---------------------------------------------------------------------------------------------
// Events

const LANE_ACTORS = new Set(["China", "EU", "US", "Russia", "Central Asia", "Other"]);
const fold = (text: string) => text.normalize("NFKD").toLowerCase();

/** The API's actor rule: a lane name matches the lane, anything else part of an actor's name. */
export function eventMatchesActor(event: Pick<RelationsEvent, "lanes" | "actors">, actor: string): boolean {
  if (LANE_ACTORS.has(actor)) return event.lanes.includes(actor as RelationsEvent["lanes"][number]);
  const parts = actor.split("&").map((p) => fold(p.trim()));
  return event.actors.some((name) => parts.some((part) => fold(name).includes(part)));
}

/** An event concerns a country when its actors or place name it ("Central Asian states" names all five). */
export function eventConcernsCountry(event: Pick<RelationsEvent, "actors" | "location">, country: string): boolean {
  const text = fold([...event.actors, event.location ?? ""].join(" · "));
  if (country === REGIONAL) return text.includes("central asia");
  if (text.includes(fold(country))) return true;
  return isCentralAsian(country) && text.includes("central asia");
}

export function eventOnCorridor(event: Pick<RelationsEvent, "actors" | "location" | "lonLat">, corridor: Pick<Corridor, "waypoints" | "branches">): boolean {
  const countries = corridorCountries(corridor);
  if ([...countries].some((c) => eventConcernsCountry(event, c))) return true;
  const lonLat = event.lonLat;
  if (!lonLat) return false;
  const points = [...corridor.waypoints, ...corridor.branches.flatMap((b) => b.waypoints)];
  return points.some((w) => haversineKm(w.lonLat, lonLat) <= NEAR_CORRIDOR_KM);
}

export function filterEvents(events: readonly RelationsEvent[], s: Selection, context: FilterContext, ignore: Ignore = {}): RelationsEvent[] {
  const { from, to } = rangeDates(s);
  return events.filter((event) => {
    const span = event.dateStart && event.dateLast ? { start: event.dateStart, end: event.dateLast } : null;
    return (
      (s.context || event.inSeed !== false) &&
      spanOverlaps(span, from, to) &&
      (ignore.actors || s.actors.length === 0 || s.actors.some((a) => eventMatchesActor(event, a))) &&
      (ignore.countries || s.countries.length === 0 || s.countries.some((c) => eventConcernsCountry(event, c))) &&
      (context.corridor === null || eventOnCorridor(event, context.corridor))
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Indicator series

export interface SeriesPoint {
  observation: Observation;
  /** The last day of its period. */
  at: string;
  /** Position on a year axis: a full year Y at Y, a period ending in month m of Y at Y - (12 - m) / 12. */
  x: number;
  low: boolean;
  /** Derived or estimated rather than reported. */
  derived: boolean;
  /** Inside the selected time range (the chart keeps the whole series and shades the range). */
  inRange: boolean;
}

export interface SeriesLine {
  /** null for the series' main measure. */
  metric: string | null;
  label: string;
  points: SeriesPoint[];
}

export interface SeriesView {
  lines: SeriesLine[];
  /** Partial-year values: not comparable with full years, drawn apart. */
  partial: SeriesPoint[];
  conflicts: (SeriesConflict & { at: string; x: number; inRange: boolean })[];
  /** Observations not charted (other measures or units), still in the data table. */
  other: Observation[];
}

/** A period's end date on a year axis (see SeriesPoint.x). */
export function yearPosition(end: string): number {
  const year = Number(end.slice(0, 4));
  const month = Number(end.slice(5, 7)) || 12;
  return Math.round((year - (12 - month) / 12) * 1000) / 1000;
}

/**
 * The measures charted together: the main measure (metric null) and the metrics the series marks
 * as the same measure from another reporter; without a main measure, the first metric.
 */
export function seriesView(series: Pick<Series, "observations" | "conflicts" | "conflictingMetrics" | "name">, s: Pick<Selection, "from" | "to">): SeriesView {
  const { from, to } = rangeDates(s);
  const dated = series.observations.filter((o) => o.periodEnd !== null);
  const hasMain = series.observations.some((o) => o.metric === null);
  const firstMetric = series.observations.find((o) => o.metric !== null)?.metric ?? null;
  const charted = (metric: string | null) =>
    hasMain ? metric === null || series.conflictingMetrics.includes(metric) : metric === firstMetric;
  const toPoint = (o: Observation): SeriesPoint => ({
    observation: o,
    at: o.periodEnd ?? o.period,
    x: yearPosition(o.periodEnd ?? o.period),
    low: o.confidence === "low",
    derived: o.valueType === "derived" || o.valueType === "estimate",
    inRange: spanOverlaps(periodSpan(o.period), from, to),
  });
  const lines = new Map<string | null, SeriesLine>();
  const partial: SeriesPoint[] = [];
  const other: Observation[] = [];
  for (const o of dated) {
    if (!charted(o.metric)) {
      other.push(o);
      continue;
    }
    if (o.valueType === "partial-year") {
      partial.push(toPoint(o));
      continue;
    }
    const line = lines.get(o.metric) ?? { metric: o.metric, label: o.metric ?? series.name, points: [] };
    line.points.push(toPoint(o));
    lines.set(o.metric, line);
  }
  for (const line of lines.values()) line.points.sort((a, b) => a.at.localeCompare(b.at));
  const conflicts = series.conflicts.flatMap((c) => {
    const span = periodSpan(c.period);
    if (!span) return [];
    return [{ ...c, at: span.end, x: yearPosition(span.end), inRange: spanOverlaps(span, from, to) }];
  });
  return { lines: [...lines.values()], partial, conflicts, other };
}

// ---------------------------------------------------------------------------------------------
// Citations

/** Every source the board can cite, sorted and unique (one sources.byIds query for the page). */
export function boardSourceIds(input: {
  investments: readonly Investment[];
  events: readonly RelationsEvent[];
  corridors: readonly CorridorDetail[];
  series: readonly Series[];
}): string[] {
  const ids = new Set<string>();
  for (const inv of input.investments) {
    for (const id of inv.sourceIds) ids.add(id);
    if (inv.fx) ids.add(inv.fx.sourceId);
  }
  for (const e of input.events) for (const id of e.sourceIds) ids.add(id);
  for (const c of input.corridors) {
    for (const id of c.sourceIds) ids.add(id);
    for (const f of c.facts) for (const id of f.sourceIds) ids.add(id);
    for (const k of c.chokepoints) for (const id of k.sourceIds) ids.add(id);
  }
  for (const s of input.series) {
    for (const id of s.sourceIds) ids.add(id);
    for (const o of s.observations) for (const id of o.sourceIds) ids.add(id);
  }
  return [...ids].sort();
}

/** sources.byIds takes at most 200 ids: the board asks in chunks of that size. */
export function chunkIds(ids: readonly string[], size = 200): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += size) chunks.push(ids.slice(i, i + size));
  return chunks;
}

/** Chokepoints of all corridors, once each (a chokepoint can be on or near several corridors). */
export function uniqueChokepoints(corridors: readonly CorridorDetail[]): Chokepoint[] {
  const seen = new Map<string, Chokepoint>();
  for (const c of corridors) for (const k of c.chokepoints) if (!seen.has(k.id)) seen.set(k.id, k);
  return [...seen.values()];
}
