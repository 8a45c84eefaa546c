// Lists are stored as JSON text (the datamodel is provider-neutral); parse them back with a schema
// so a corrupted row fails loudly with its location instead of leaking malformed data.
import { z } from "zod";

export const stringList = z.array(z.string());
export const numberList = z.array(z.number());
export const lonLatPair = z.tuple([z.number(), z.number()]);
export const lonLatList = z.array(lonLatPair);

export function parseJsonColumn<T>(schema: z.ZodType<T>, text: string, where: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`Stored JSON in ${where} is not valid JSON`);
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new Error(`Stored JSON in ${where} has the wrong shape: ${result.error.message}`);
  return result.data;
}
