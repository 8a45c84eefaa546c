export { appRouter, type AppRouter } from "./root.ts";
export { createTRPCContext, createCallerFactory, type CollabConfig, type SessionUser, type TRPCContext, type TRPCContextOptions } from "./trpc.ts";
export { AppError, type AppErrorCode } from "./errors/app-error.ts";
export { FactStore, type FactStoreOptions } from "./facts/fact-store.ts";
export { createApiNodeHandler, headersFromNode, type ApiNodeHandlerOptions, type NodeRequestHandler } from "./http/node-handler.ts";
export { FACT_QUERY_PROCEDURES, FactResponseCache, isCacheableFactQuery, type CachedAnswer } from "./http/fact-response-cache.ts";
export type {
  AssumptionDto,
  ChokepointDto,
  CorridorDto,
  DataQualityFlagDto,
  EventDto,
  FactSnapshot,
  InvestmentDto,
  ObservationDto,
  SeriesDto,
  SourceDto,
} from "./facts/dto.ts";
export type { InvestmentSummary } from "./server/investments.ts";
export type { SeriesConflict } from "./server/indicators.ts";
export { liveBoardPdf, liveBoardPng, snapshotPdf, snapshotPng, CORRIDOR_COLORS } from "./server/briefing-pack.ts";
export { SNAPSHOT_EXPORT_FORMAT, SNAPSHOT_EXPORT_VERSION, createSnapshot, getSnapshot, snapshotExportSchema, type SnapshotExport } from "./server/snapshots.ts";
