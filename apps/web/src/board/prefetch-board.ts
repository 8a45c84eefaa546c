// Every fact-base query the live board reads, run on the server into this request's cache (the
// board page and the shared screen hydrate from it, so the first HTML holds the figures).
import "server-only";
import { getQueryClient, prefetch, trpc } from "~/trpc/server";
import { boardSourceIds, chunkIds } from "./model";
import { BOARD_QUERIES } from "./queries";

export async function prefetchBoardData(): Promise<void> {
  const queryClient = getQueryClient();
  const [corridorList, investments, events, ...series] = await Promise.all([
    queryClient.fetchQuery(trpc.corridors.list.queryOptions()),
    queryClient.fetchQuery(trpc.investments.list.queryOptions(BOARD_QUERIES.investments)),
    queryClient.fetchQuery(trpc.relations.events.queryOptions(BOARD_QUERIES.events)),
    ...BOARD_QUERIES.series.map((input) => queryClient.fetchQuery(trpc.indicators.series.queryOptions(input))),
    queryClient.fetchQuery(trpc.dataQuality.flags.queryOptions()),
  ]);
  const corridors = await Promise.all(
    corridorList.items.map((c) => queryClient.fetchQuery(trpc.corridors.byId.queryOptions({ id: c.id }))),
  );
  // The series came back in BOARD_QUERIES order; the last result is the flags.
  const seriesData = series.slice(0, BOARD_QUERIES.series.length).flatMap((s) => ("observations" in s ? [s] : []));
  const ids = boardSourceIds({ investments: investments.items, events: events.items, corridors, series: seriesData });
  await Promise.all(chunkIds(ids).map((chunk) => prefetch(trpc.sources.byIds.queryOptions({ ids: chunk }))));
}

/** A briefing-link token (read-only guest view), as boards.byId takes it; anything else is ignored. */
export function briefingParam(value: string | string[] | undefined): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9_-]{8,32}\.[A-Za-z0-9_-]{32,64}$/.test(value) ? value : undefined;
}
