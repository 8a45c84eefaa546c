// One QueryClient factory for the server (one per request) and the browser (one per tab).
import { defaultShouldDehydrateQuery, QueryClient } from "@tanstack/react-query";
import { wireTransformer } from "@corridor/api/wire";

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The server prefetched it: do not refetch right after hydration.
        staleTime: 60 * 1000,
        refetchOnWindowFocus: false,
      },
      dehydrate: {
        serializeData: wireTransformer.serialize,
        // Also hand pending queries to the client, so a streamed prefetch is not fetched twice.
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
        shouldRedactErrors: () => false,
      },
      hydrate: {
        deserializeData: wireTransformer.deserialize,
      },
    },
  });
}
