// The board: corridors on a map and commitments, relations and indicators in charts, cross-filtered
// through one selection that lives in the URL. Every query runs on the server into this request's
// cache and is hydrated, so the first HTML holds the figures, the filter bar, the lists and the
// chart tables; the map and chart libraries load afterwards in the browser.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { TRPCError } from "@trpc/server";
import { BoardView } from "~/board/board-view";
import { parseSelection } from "~/board/parse-selection";
import { prefetchBoardData } from "~/server/board-prefetch";
import { briefingParam } from "~/server/briefing-param";
import { getQueryClient, HydrateClient, trpc } from "~/trpc/server";
import "~/board/board.css";

interface BoardPageProps {
  params: Promise<{ board: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The board, read with the caller's access (membership or a briefing link). A missing or malformed
 * id is a 404; a refusal (sign-in, no access) is null: the board's layout gate, rendered alongside,
 * redirects or shows the no-access page, so the page has nothing to add (and nothing to log).
 */
async function loadBoard(id: string, briefing: string | undefined) {
  try {
    return await getQueryClient().fetchQuery(
      trpc.boards.byId.queryOptions(briefing ? { id, briefingToken: briefing } : { id }),
    );
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    if (error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN")) return null;
    throw error;
  }
}

export async function generateMetadata({ params, searchParams }: BoardPageProps): Promise<Metadata> {
  const { board: id } = await params;
  const board = await loadBoard(id, briefingParam((await searchParams).briefing));
  return { title: board?.title ?? "Corridor Board" };
}

export default async function BoardPage({ params, searchParams }: BoardPageProps) {
  await connection();
  const { board: id } = await params;
  const query = await searchParams;
  const selection = parseSelection(query);
  const briefing = briefingParam(query.briefing);
  const board = await loadBoard(id, briefing);
  if (!board) return null;
  await prefetchBoardData();

  return (
    <HydrateClient>
      <BoardView
        boardId={board.id}
        title={board.title}
        initialSelection={selection}
        briefing={board.via === "briefing-link" && briefing ? { token: briefing } : undefined}
      />
    </HydrateClient>
  );
}
