"use client";
// The board's data: what the server prefetched (server/board-prefetch.ts) and handed over with the
// page, read once from the hydrated query cache when the board mounts. It is one data version of
// the fact base, which does not change while the board is open, so nothing subscribes to it
// (trpc/hydrated.ts says why that matters for the first load).
import { useState } from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { readHydrated } from "~/trpc/hydrated";
import { boardSourceIds, chunkIds, type CorridorDetail, type Flag, type Series, type Source } from "./model";
import { BOARD_QUERIES } from "./queries";

type TRPC = ReturnType<typeof useTRPC>;

/** Every fact-base answer the board shows, assembled once (NotPrefetchedError if one is missing). */
export function readBoardData(queryClient: QueryClient, trpc: TRPC) {
  const read = <TKey extends readonly unknown[]>(queryKey: TKey) => readHydrated(queryClient, queryKey);
  const corridorList = read(trpc.corridors.list.queryKey());
  const investments = read(trpc.investments.list.queryKey(BOARD_QUERIES.investments));
  const events = read(trpc.relations.events.queryKey(BOARD_QUERIES.events));
  const flagList = read(trpc.dataQuality.flags.queryKey());
  const corridors: CorridorDetail[] = corridorList.items.map((c) => read(trpc.corridors.byId.queryKey({ id: c.id })));
  const series: Series[] = BOARD_QUERIES.series.map((input) => read(trpc.indicators.series.queryKey(input)));
  const sourceIds = boardSourceIds({ investments: investments.items, events: events.items, corridors, series });
  const sources = new Map<string, Source>(chunkIds(sourceIds).flatMap((ids) => read(trpc.sources.byIds.queryKey({ ids })).items.map((s) => [s.id, s])));
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

export type BoardData = ReturnType<typeof readBoardData>;

/** The board's data for the life of the mounted board. */
export function useBoardData(): BoardData {
  const queryClient = useQueryClient();
  const trpc = useTRPC();
  const [data] = useState(() => readBoardData(queryClient, trpc));
  return data;
}
