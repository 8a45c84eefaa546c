export {
  ACTOR_LANES,
  CONFIDENCE,
  DATE_PRECISION,
  GROUP_BY,
  INVESTMENT_STATUS,
  SOURCE_KINDS,
  actorLaneSchema,
  confidenceSchema,
  datePrecisionSchema,
  formatInSeed,
  groupBySchema,
  inSeedSchema,
  investmentStatusSchema,
  parseInSeed,
  sourceKindSchema,
  type ActorLane,
  type Confidence,
  type DatePrecision,
  type GroupBy,
  type InSeed,
  type InvestmentStatus,
  type SourceKind,
} from "./vocabulary.ts";
export { isoDateSchema, periodSpan, spanOverlaps, type DateSpan } from "./dates.ts";
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
