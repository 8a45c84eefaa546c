// Shared input pieces: date ranges, one-or-many filters, case-insensitive matching.
import { isoDateSchema } from "@corridor/domain";
import { z } from "zod";

/** A filter value given once or as a list; normalised to a list. */
export const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema).min(1).max(50)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.infer<T>[]);

export const filterText = z.string().trim().min(1).max(200);

export const dateRangeShape = {
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};

export const rangeIsOrdered = (value: { from?: string | undefined; to?: string | undefined }) =>
  value.from === undefined || value.to === undefined || value.from <= value.to;
export const rangeOrderIssue = { message: "`from` must not be after `to`", path: ["to"] };

export const fold = (text: string) => text.normalize("NFKD").toLowerCase();

export function matchesAny(wanted: readonly string[] | undefined, candidates: readonly string[]): boolean {
  if (!wanted) return true;
  const folded = new Set(candidates.map(fold));
  return wanted.some((value) => folded.has(fold(value)));
}
