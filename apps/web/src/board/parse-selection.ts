// The board selection read from the URL's query, on the server (the page parses searchParams and
// hands the client the value, so zod stays out of the browser bundle). Parsing never throws: every
// parameter is read on its own, and a bad one is dropped (a shared link with one broken value still
// shows the rest of the view).
import { INVESTMENT_STATUS } from "@corridor/domain/vocabulary";
import { z } from "zod";
import { viewIdSchema } from "@corridor/board-doc/view-state";
import { EMPTY_SELECTION, INDICATOR_KEYS, orderRange, PANEL_KINDS, YEAR_MAX, YEAR_MIN, type Selection } from "./selection";

// The same ids a saved view accepts: a view saved from any URL the board shows stays valid.
const idText = viewIdSchema;
const year = z.coerce.number().int().min(YEAR_MIN).max(YEAR_MAX);
const statusSchema = z.enum(INVESTMENT_STATUS);
const indicatorSchema = z.enum(INDICATOR_KEYS);
const panelSchema = z
  .string()
  .regex(/^[a-z]+:.+$/)
  .transform((value) => {
    const index = value.indexOf(":");
    return { kind: value.slice(0, index), id: value.slice(index + 1) };
  })
  .pipe(z.object({ kind: z.enum(PANEL_KINDS), id: idText }));

/** What URLSearchParams, Next's searchParams object or a plain record can be read as. */
export type SearchParamsInput =
  | URLSearchParams
  | Readonly<Record<string, string | readonly string[] | undefined>>;

function getAll(params: SearchParamsInput, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : [...value];
}

/** Every value of a repeatable parameter, also accepting comma-separated lists; bad ones dropped. */
function many<T>(params: SearchParamsInput, key: string, schema: z.ZodType<T>, limit = 20): T[] {
  const values = getAll(params, key).flatMap((v) => v.split(","));
  const out: T[] = [];
  for (const value of values) {
    const parsed = schema.safeParse(value);
    if (parsed.success && !out.includes(parsed.data)) out.push(parsed.data);
    if (out.length >= limit) break;
  }
  return out;
}

function one<T>(params: SearchParamsInput, key: string, schema: z.ZodType<T>): T | null {
  const first = getAll(params, key)[0];
  if (first === undefined) return null;
  const parsed = schema.safeParse(first);
  return parsed.success ? parsed.data : null;
}

export function parseSelection(params: SearchParamsInput): Selection {
  const [from, to] = orderRange(one(params, "from", year), one(params, "to", year));
  return {
    corridor: one(params, "corridor", idText),
    countries: many(params, "country", idText),
    actors: many(params, "actor", idText),
    statuses: many(params, "status", statusSchema),
    event: one(params, "event", idText),
    from,
    to,
    context: one(params, "ctx", z.enum(["0", "1"])) !== "0",
    indicator: one(params, "ind", indicatorSchema) ?? EMPTY_SELECTION.indicator,
    panel: one(params, "panel", panelSchema),
  };
}
