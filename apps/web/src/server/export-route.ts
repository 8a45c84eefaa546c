// The shared shape of the export routes (PDF pack, PNG image): `?board=<id>[&briefing=<token>]` or
// `?snapshot=<id>[&link=<token>]`, the same access checks as reading the board or snapshot, a
// download with a safe file name, clear JSON errors, and cancellation: closing the request aborts
// the rendering (the signal reaches the renderer).
import "server-only";
import { AppError, type FactSnapshot } from "@corridor/api";
import type { DbClient } from "@corridor/db";
import { z } from "zod";
import { createContext } from "./context";

const querySchema = z.union([
  z.object({ board: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), briefing: z.string().max(200).optional() }),
  z.object({ snapshot: z.string().regex(/^snap-[a-f0-9]{16}$/), link: z.string().max(200).optional() }),
]);
export type ExportQuery = z.infer<typeof querySchema>;

const STATUS: Record<string, number> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

function problem(status: number, message: string) {
  return Response.json({ error: { message } }, { status });
}

const fileName = (title: string, extension: string) =>
  `${title.replace(/[^A-Za-z0-9 _-]+/g, "").trim().replace(/\s+/g, "-").slice(0, 80) || "briefing"}.${extension}`;

export interface ExportRender {
  db: DbClient;
  facts: FactSnapshot;
  userId: string | null;
  query: ExportQuery;
  signal: AbortSignal;
}

export function exportRoute(options: {
  contentType: string;
  extension: string;
  /** The file's name without extension, from the query. */
  name: (query: ExportQuery) => string;
  render: (input: ExportRender) => Promise<Uint8Array>;
  /** Shown when rendering fails for an unexpected reason. */
  failure: string;
  /** Logged with the error (never sent). */
  label: string;
}) {
  return async function GET(request: Request): Promise<Response> {
    const parsed = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return problem(400, "Give ?board=<id> or ?snapshot=<id>.");
    const ctx = createContext(request.headers);
    const userId = (await ctx.session())?.id ?? null;
    const facts = await ctx.facts.snapshot();
    try {
      const body = await options.render({ db: ctx.db, facts, userId, query: parsed.data, signal: request.signal });
      return new Response(new Uint8Array(body), {
        headers: {
          "content-type": options.contentType,
          "content-disposition": `attachment; filename="${fileName(options.name(parsed.data), options.extension)}"`,
          "cache-control": "private, no-store",
        },
      });
    } catch (error) {
      if (error instanceof AppError) return problem(STATUS[error.code] ?? 500, error.message);
      if (request.signal.aborted) return problem(499, "Export cancelled");
      console.error(`${options.label} failed:`, error);
      return problem(500, options.failure);
    }
  };
}
