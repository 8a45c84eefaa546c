"use client";
// The overview's queries, read from the cache the server filled (no request on first render).
import { useSuspenseQueries, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { citedSourceIds, largestCommitments, latestEvents } from "~/lib/overview";
import type { RouterOutputs } from "~/trpc/types";

export type Source = RouterOutputs["sources"]["byIds"]["items"][number];
export type Flag = RouterOutputs["dataQuality"]["flags"]["items"][number];

export function useCommitmentRows() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.investments.list.queryOptions());
  return largestCommitments(data.items);
}

export function useLatestEvents() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.relations.events.queryOptions());
  return latestEvents(data.items);
}

/** The sources cited anywhere on the overview, by id. */
export function useCitedSources(): ReadonlyMap<string, Source> {
  const trpc = useTRPC();
  const ids = citedSourceIds(useCommitmentRows(), useLatestEvents());
  // sources.byIds needs at least one id: with nothing cited there is nothing to ask for.
  const inputs = ids.length > 0 ? [{ ids }] : [];
  const results = useSuspenseQueries({ queries: inputs.map((input) => trpc.sources.byIds.queryOptions(input)) });
  return new Map(results.flatMap((result) => result.data.items).map((source) => [source.id, source]));
}

export function useFlags(): ReadonlyMap<string, Flag> {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.dataQuality.flags.queryOptions());
  return new Map(data.items.map((flag) => [flag.id, flag]));
}
