export {
  ACTOR_LANES,
  CONFIDENCE,
  DATE_PRECISION,
  GROUP_BY,
  INVESTMENT_STATUS,
  SOURCE_KINDS,
  formatInSeed,
  parseInSeed,
  type ActorLane,
  type Confidence,
  type DatePrecision,
  type GroupBy,
  type InSeed,
  type InvestmentStatus,
  type SourceKind,
} from "./vocabulary.ts";
export { isRealDate, periodSpan, spanOverlaps, type DateSpan } from "./dates.ts";
export {
  actorLaneSchema,
  confidenceSchema,
  datePrecisionSchema,
  groupBySchema,
  inSeedSchema,
  investmentStatusSchema,
  isoDateSchema,
  sourceKindSchema,
} from "./schemas.ts";
export { toEur, type FxRateInput } from "./money.ts";
export { haversineKm, polylineLengthKm, type LonLat } from "./geo.ts";
export {
  ancestorsOf,
  summarizeCommitments,
  weakestConfidence,
  type CommitmentGroup,
  type CommitmentItem,
  type CommitmentSummary,
} from "./commitments.ts";
export {
  RISK_WEIGHTS,
  SCENARIO_HORIZON,
  compareScenario,
  defaultValues,
  resolveAssumptions,
  runScenario,
  validateAssumption,
  type ActorRealisation,
  type AssumptionDefinition,
  type AssumptionValues,
  type CorridorYear,
  type ResolvedAssumptions,
  type RiskComponent,
  type ScenarioBase,
  type ScenarioRun,
  type SourcedFigure,
} from "./scenario/index.ts";
