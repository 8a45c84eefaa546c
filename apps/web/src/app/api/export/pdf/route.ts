// GET /api/export/pdf?board=<id>[&briefing=<token>] or ?snapshot=<id>[&link=<token>]: the PDF
// briefing pack, rendered on the server (offline), with the same access checks as reading the
// board or snapshot. Closing the request cancels the rendering.
import { AppError, liveBoardPdf, snapshotPdf } from "@corridor/api";
import { z } from "zod";
import { createContext } from "~/server/context";

const querySchema = z.union([
  z.object({ board: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/), briefing: z.string().max(200).optional() }),
  z.object({ snapshot: z.string().regex(/^snap-[a-f0-9]{16}$/), link: z.string().max(200).optional() }),
]);

const STATUS: Record<string, number> = { UNAUTHORIZED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_REQUEST: 400 };

function problem(status: number, message: string) {
  return Response.json({ error: { message } }, { status });
}

const fileName = (title: string) => `${title.replace(/[^A-Za-z0-9 _-]+/g, "").trim().replace(/\s+/g, "-").slice(0, 80) || "briefing"}.pdf`;

export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = querySchema.safeParse(params);
  if (!parsed.success) return problem(400, "Give ?board=<id> or ?snapshot=<id>.");
  const ctx = createContext(request.headers);
  const userId = (await ctx.session())?.id ?? null;
  const facts = await ctx.facts.snapshot();
  try {
    const query = parsed.data;
    const pdf =
      "board" in query
        ? await liveBoardPdf({ db: ctx.db, facts, userId, boardId: query.board, briefingToken: query.briefing, signal: request.signal })
        : await snapshotPdf({ db: ctx.db, facts, userId, snapshotId: query.snapshot, linkToken: query.link, signal: request.signal });
    const name = "board" in query ? `${query.board}-briefing` : `${query.snapshot}-briefing`;
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${fileName(name)}"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return problem(STATUS[error.code] ?? 500, error.message);
    if (request.signal.aborted) return problem(499, "Export cancelled");
    console.error("PDF export failed:", error);
    return problem(500, "The briefing pack could not be rendered. Try again, or export JSON instead.");
  }
}
