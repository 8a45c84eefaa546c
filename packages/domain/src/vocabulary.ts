// The closed vocabularies of the fact base. The database stores them as text (the datamodel is
// provider-neutral), so these schemas are the one place their allowed values are defined.
import { z } from "zod";

export const CONFIDENCE = ["high", "medium", "low"] as const;
export const confidenceSchema = z.enum(CONFIDENCE);
export type Confidence = z.infer<typeof confidenceSchema>;

/** Ordered from the weakest commitment to the strongest. */
export const INVESTMENT_STATUS = ["pledged", "MoU", "signed", "disbursed"] as const;
export const investmentStatusSchema = z.enum(INVESTMENT_STATUS);
export type InvestmentStatus = z.infer<typeof investmentStatusSchema>;

/** true = stated in the seed note; implied = discussed without naming or dating; false = context. */
export const inSeedSchema = z.union([z.literal(true), z.literal("implied"), z.literal(false)]);
export type InSeed = z.infer<typeof inSeedSchema>;

export const SOURCE_KINDS = ["official", "media", "analysis"] as const;
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const DATE_PRECISION = ["day", "month", "year", "unknown"] as const;
export const datePrecisionSchema = z.enum(DATE_PRECISION);
export type DatePrecision = z.infer<typeof datePrecisionSchema>;

/** Swim lanes for relations events and the actor blocs of the board. */
export const ACTOR_LANES = ["China", "EU", "US", "Russia", "Central Asia", "Other"] as const;
export const actorLaneSchema = z.enum(ACTOR_LANES);
export type ActorLane = z.infer<typeof actorLaneSchema>;

export const GROUP_BY = ["actor", "status", "sector", "country"] as const;
export const groupBySchema = z.enum(GROUP_BY);
export type GroupBy = z.infer<typeof groupBySchema>;

/** Stored text form of `inSeed` ("true" | "implied" | "false") back to its value. */
export function parseInSeed(text: string): InSeed {
  if (text === "true") return true;
  if (text === "false") return false;
  if (text === "implied") return "implied";
  throw new Error(`Unknown in_seed value "${text}"`);
}

export function formatInSeed(value: InSeed): string {
  return String(value);
}
