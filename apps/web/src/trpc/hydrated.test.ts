import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { NotPrefetchedError, readHydrated } from "./hydrated";

describe("readHydrated", () => {
  it("returns what the server put into the cache, without subscribing to it", () => {
    const client = new QueryClient();
    const key = [["corridors", "list"], { type: "query" }] as const;
    client.setQueryData(key, { items: [{ id: "C1" }] });
    expect(readHydrated(client, key)).toEqual({ items: [{ id: "C1" }] });
    expect(client.getQueryCache().find({ queryKey: key })?.getObserversCount()).toBe(0);
  });

  it("names the query a page forgot to prefetch", () => {
    const client = new QueryClient();
    const key = [["sources", "byIds"], { input: { ids: ["S01"] }, type: "query" }] as const;
    expect(() => readHydrated(client, key)).toThrow(NotPrefetchedError);
    expect(() => readHydrated(client, key)).toThrow(/sources.*byIds.*S01.*was not prefetched on the server/);
  });
});
