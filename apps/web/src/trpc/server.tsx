// Server-side tRPC for React Server Components (after create-t3-turbo's apps/nextjs/src/trpc/server.tsx):
// procedures are called in-process (no HTTP hop) into a per-request QueryClient, whose cache is
// then handed to the browser by <HydrateClient>.
import "server-only";
import type { ReactNode } from "react";
import { cache } from "react";
import { headers } from "next/headers";
import { dehydrate, HydrationBoundary, type FetchQueryOptions, type QueryKey } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { appRouter, type AppRouter } from "@corridor/api";
import { createContext } from "~/server/context";
import { makeQueryClient } from "./query-client";

const createRequestContext = cache(async () => {
  const incoming = new Headers(await headers());
  incoming.set("x-trpc-source", "rsc");
  return createContext(incoming);
});

/** One QueryClient per request. */
export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy<AppRouter>({
  router: appRouter,
  ctx: createRequestContext,
  queryClient: getQueryClient,
});

/**
 * Runs one query on the server into this request's cache. Await it (or several with Promise.all)
 * to render with the data in the first HTML: no loading state for anything the server knew.
 */
export function prefetch<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  queryOptions: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<void> {
  return getQueryClient().prefetchQuery(queryOptions);
}

/** Hands this request's query cache to the client components below it. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
