"use client";
// Browser-side tRPC (after create-t3-turbo's apps/nextjs/src/trpc/react.tsx): one QueryClient per
// tab, a batched HTTP link to this app's own /api/trpc, the API's wire transformer (JSON + Dates).
import { useState, type ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@corridor/api";
import { wireTransformer } from "@corridor/api/wire";
import { makeQueryClient } from "./query-client";

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

let browserQueryClient: QueryClient | undefined;

function getQueryClient(): QueryClient {
  // On the server (SSR of client components) always a fresh client, never shared across requests.
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}

function trpcUrl(): string {
  // Relative to the page's own origin; during SSR no request is made (the cache is hydrated).
  const origin = typeof window === "undefined" ? "http://localhost" : window.location.origin;
  return `${origin}/api/trpc`;
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: trpcUrl(),
          transformer: wireTransformer,
          headers: () => ({ "x-trpc-source": "nextjs-react" }),
        }),
      ],
    }),
  );

  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
