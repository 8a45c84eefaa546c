// The closed vocabularies of the fact base. The database stores them as text (the datamodel is
// provider-neutral), so these lists are the one place their allowed values are defined. Plain
// values without zod, so the browser can import them cheaply; the schemas are in ./schemas.ts.

export const CONFIDENCE = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCE)[number];

/** Ordered from the weakest commitment to the strongest. */
export const INVESTMENT_STATUS = ["pledged", "MoU", "signed", "disbursed"] as const;
export type InvestmentStatus = (typeof INVESTMENT_STATUS)[number];

/** true = stated in the seed note; implied = discussed without naming or dating; false = context. */
export type InSeed = true | "implied" | false;

export const SOURCE_KINDS = ["official", "media", "analysis"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const DATE_PRECISION = ["day", "month", "year", "unknown"] as const;
export type DatePrecision = (typeof DATE_PRECISION)[number];

/** Swim lanes for relations events and the actor blocs of the board. */
export const ACTOR_LANES = ["China", "EU", "US", "Russia", "Central Asia", "Other"] as const;
export type ActorLane = (typeof ACTOR_LANES)[number];

export const GROUP_BY = ["actor", "status", "sector", "country"] as const;
export type GroupBy = (typeof GROUP_BY)[number];

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
