// The one error type of the board document and the write-side check every accessor uses.
import type { z } from "zod";

export class BoardDocError extends Error {
  override name = "BoardDocError";
}

/** The parsed value, or a BoardDocError naming what was wrong (the value is never stored). */
export function parseOr<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new BoardDocError(`Invalid ${what}: ${result.error.issues[0]?.message ?? "bad value"}`);
  return result.data;
}

export const newId = () => crypto.randomUUID();
