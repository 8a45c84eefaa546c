"use client";
// The board's data, read from the cache the server filled (no request on first render).
import { useSuspenseQueries, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { boardSourceIds, chunkIds, type CorridorDetail, type Flag, type Series, type Source } from "./model";
import { BOARD_QUERIES } from "./queries";

/** The fact-base queries the board shows (the board itself is read on the server, with access checked). */
export function useBoardData() {
  const trpc = useTRPC();
  const { data: corridorList } = useSuspenseQuery(trpc.corridors.list.queryOptions());
  const { data: investments } = useSuspenseQuery(trpc.investments.list.queryOptions(BOARD_QUERIES.investments));
  const { data: events } = useSuspenseQuery(trpc.relations.events.queryOptions(BOARD_QUERIES.events));
  const { data: flagList } = useSuspenseQuery(trpc.dataQuality.flags.queryOptions());
  const details = useSuspenseQueries({
    queries: corridorList.items.map((c) => trpc.corridors.byId.queryOptions({ id: c.id })),
  });
  const seriesResults = useSuspenseQueries({
    queries: BOARD_QUERIES.series.map((input) => trpc.indicators.series.queryOptions(input)),
  });
  const corridors: CorridorDetail[] = details.map((r) => r.data);
  const series: Series[] = seriesResults.map((r) => r.data);
  const sourceIds = boardSourceIds({ investments: investments.items, events: events.items, corridors, series });
  const sourceResults = useSuspenseQueries({
    queries: chunkIds(sourceIds).map((ids) => trpc.sources.byIds.queryOptions({ ids })),
  });

  const sources = new Map<string, Source>(sourceResults.flatMap((r) => r.data.items).map((s) => [s.id, s]));
  const flags = new Map<string, Flag>(flagList.items.map((f) => [f.id, f]));

  return {
    corridors,
    investments: investments.items,
    events: events.items,
    series,
    sources,
    flags,
    dataVersion: investments.dataVersion,
  };
}

export type BoardData = ReturnType<typeof useBoardData>;
