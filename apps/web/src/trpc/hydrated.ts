"use client";
// Reading what the server prefetched into this tab's query cache (<HydrateClient>) without a
// query observer. For data that stays put while a page is open (the fact base of one data
// version): it needs no refetching, retries or suspense, and those (~5 kB gzipped: observers,
// the suspense hooks) then stay out of the first-load JS of the pages that read it this way.
import { useEffect, useState } from "react";
import { useQueryClient, type FetchQueryOptions, type InferDataFromTag, type QueryClient, type QueryKey } from "@tanstack/react-query";

/** A page rendered a reader of data its server component did not prefetch: a programming error. */
export class NotPrefetchedError extends Error {
  override readonly name = "NotPrefetchedError";
  constructor(queryKey: QueryKey) {
    super(`${JSON.stringify(queryKey)} was not prefetched on the server: await it before <HydrateClient> renders`);
  }
}

/** The hydrated answer of one query (typed by its tRPC key), or NotPrefetchedError. */
export function readHydrated<TKey extends QueryKey>(queryClient: QueryClient, queryKey: TKey): InferDataFromTag<unknown, TKey> {
  const data = queryClient.getQueryData(queryKey);
  if (data === undefined) throw new NotPrefetchedError(queryKey);
  return data;
}

/**
 * One query's answer for a client component: the hydrated copy when the server prefetched it,
 * otherwise fetched once after mount (undefined until then, and if that fails).
 */
export function useHydratedOrFetched<TData, TError, TKey extends QueryKey>(options: FetchQueryOptions<TData, TError, TData, TKey>): TData | undefined {
  const queryClient = useQueryClient();
  const [data, setData] = useState(() => queryClient.getQueryData<TData>(options.queryKey));
  const missing = data === undefined;
  useEffect(() => {
    if (!missing) return;
    let live = true;
    queryClient.fetchQuery(options).then(
      (fetched) => {
        if (live) setData(fetched);
      },
      () => {}, // stays undefined: the reader shows its own "not available" state
    );
    return () => {
      live = false;
    };
    // The key names the query; a new options object with the same key is the same query.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queryClient, missing, JSON.stringify(options.queryKey)]);
  return data;
}
