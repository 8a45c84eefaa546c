// The shapes the API returns for fact-base items. Every figure carries `sourceIds` and a
// `confidence`; `sources.byIds` resolves the ids. Types only: the snapshot loader builds them.
import type { ActorLane, Confidence, InSeed, InvestmentStatus, SourceKind } from "@corridor/domain";

export type LonLatPair = [number, number];

export interface SourceDto {
  id: string;
  kind: SourceKind;
  publisher: string;
  title: string;
  url: string | null;
  year: number | null;
  originalSource: string | null;
  /** The seed note's bibliography number, for seed references. */
  seedRef: number | null;
  accessed: string | null;
  note: string | null;
  identificationConfidence: Confidence | null;
  origin: "seed" | "external" | "product";
}

export interface FxDto {
  rateId: string;
  currency: string;
  year: number;
  perEur: number;
  sourceId: string;
}

export interface InvestmentDto {
  id: string;
  actor: string;
  actorGroup: string;
  counterpart: string;
  amount: number;
  currency: string;
  amountDisplay: string;
  amountEur: number;
  /** The rate used for amountEur, with its source; null for EUR amounts. */
  fx: FxDto | null;
  date: string;
  datePrecision: string;
  dateStart: string;
  dateEnd: string;
  dateSource: string;
  status: InvestmentStatus;
  statusDetail: string | null;
  sector: string;
  sectorGroup: string;
  countryText: string;
  countries: string[];
  parentId: string | null;
  childIds: string[];
  inSeed: InSeed;
  seedRefs: number[];
  confidence: Confidence;
  note: string | null;
  sourceIds: string[];
  /** Data-quality flags that concern this item (conflicting figures and the like). */
  flagIds: string[];
}

export interface EventDto {
  id: string;
  date: string | null;
  dateEnd: string | null;
  datePrecision: string;
  dateStart: string | null;
  dateLast: string | null;
  dateSource: string;
  actors: string[];
  lanes: ActorLane[];
  type: string;
  title: string;
  summary: string;
  location: string | null;
  lonLat: LonLatPair | null;
  inSeed: InSeed;
  postSeed: boolean;
  seedRefs: number[];
  confidence: Confidence;
  details: string | null;
  seedDateText: string | null;
  sourceIds: string[];
  flagIds: string[];
}

export interface WaypointDto {
  id: string;
  order: number;
  name: string;
  role: string;
  country: string;
  lonLat: LonLatPair;
  coordConfidence: string;
  namedInSeed: boolean;
  note: string | null;
}

export interface CorridorBranchDto {
  name: string;
  note: string | null;
  waypoints: WaypointDto[];
  /** GeoJSON LineString coordinates: the branch's waypoints in order. */
  coordinates: LonLatPair[];
}

export interface CorridorFactDto {
  id: string;
  fact: string;
  confidence: Confidence | null;
  sourceIds: string[];
}

export interface ChokepointDto {
  id: string;
  name: string;
  type: string;
  lonLat: LonLatPair | null;
  nodes: LonLatPair[] | null;
  coordConfidence: string | null;
  inSeed: InSeed;
  seedRefs: number[];
  risk: string;
  sourceIds: string[];
  flagIds: string[];
}

export interface CorridorDto {
  id: string;
  name: string;
  aliases: string[];
  description: string;
  modes: string[];
  inSeed: InSeed;
  seedRefs: number[];
  seedBasis: string | null;
  waypoints: WaypointDto[];
  /** GeoJSON LineString coordinates of the main line. */
  coordinates: LonLatPair[];
  branches: CorridorBranchDto[];
  facts: CorridorFactDto[];
  chokepointIds: string[];
  /** Great-circle length through the main line's waypoints: a lower bound of the route length. */
  lengthKm: number;
  borderCrossings: number;
  seaLegs: number;
  sourceIds: string[];
  flagIds: string[];
}

export interface ObservationDto {
  id: string;
  period: string;
  periodStart: string | null;
  periodEnd: string | null;
  metric: string | null;
  value: number;
  valueType: string;
  confidence: Confidence;
  note: string | null;
  sourceIds: string[];
}

export interface SeriesDto {
  id: string;
  key: string;
  name: string;
  unit: string;
  scope: string;
  notes: string | null;
  seedRefs: number[];
  conflictingMetrics: string[];
  observations: ObservationDto[];
  sourceIds: string[];
  flagIds: string[];
}

export interface PointFactDto {
  id: string;
  fact: string;
  value: number;
  unit: string;
  confidence: Confidence;
  note: string | null;
  sourceIds: string[];
}

export interface AssumptionDto {
  id: string;
  key: string;
  name: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  default: number;
  rationale: string;
  seedRefs: number[];
  /** Fact-base items the assumption is anchored to (e.g. INV-01). */
  anchors: string[];
  sourceIds: string[];
}

export interface DataQualityFlagDto {
  id: string;
  item: string;
  issue: string;
  refs: string[];
}

export interface DataVersionDto {
  hash: string;
  seededAt: Date;
}

export interface FactSnapshot {
  version: DataVersionDto;
  sources: Map<string, SourceDto>;
  corridors: CorridorDto[];
  chokepoints: ChokepointDto[];
  investments: InvestmentDto[];
  events: EventDto[];
  series: SeriesDto[];
  pointFacts: PointFactDto[];
  assumptions: AssumptionDto[];
  flags: DataQualityFlagDto[];
}
