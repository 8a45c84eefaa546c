// Everything the board view reads, fetched on the server into this request's query cache, so the
// first HTML holds the figures, the filter bar, the lists and the chart tables (the board page and
// the briefing page render the same view).
import "server-only";
import { boardSourceIds, chunkIds } from "~/board/model";
import { BOARD_QUERIES } from "~/board/queries";
import { getQueryClient, prefetch, trpc } from "~/trpc/server";

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
