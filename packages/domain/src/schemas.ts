// The zod schemas of the domain's vocabularies and dates, for the server's inputs and the seed.
// Kept apart from the plain lists (./vocabulary.ts) so browser code that only needs the values
// never pulls zod into its bundle.
import { z } from "zod";
import { isRealDate } from "./dates.ts";
import { ACTOR_LANES, CONFIDENCE, DATE_PRECISION, GROUP_BY, INVESTMENT_STATUS, SOURCE_KINDS } from "./vocabulary.ts";

export const confidenceSchema = z.enum(CONFIDENCE);
export const investmentStatusSchema = z.enum(INVESTMENT_STATUS);
/** true = stated in the seed note; implied = discussed without naming or dating; false = context. */
export const inSeedSchema = z.union([z.literal(true), z.literal("implied"), z.literal(false)]);
export const sourceKindSchema = z.enum(SOURCE_KINDS);
export const datePrecisionSchema = z.enum(DATE_PRECISION);
export const actorLaneSchema = z.enum(ACTOR_LANES);
export const groupBySchema = z.enum(GROUP_BY);

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Expected a date as YYYY-MM-DD")
  .refine((value) => isRealDate(value), "Not a calendar date");
