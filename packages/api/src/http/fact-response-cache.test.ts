import { describe, expect, it } from "vitest";
import { FactResponseCache, isCacheableFactQuery, type CachedAnswer } from "./fact-response-cache.ts";

const answer = (bytes: number, status = 200): CachedAnswer => ({ status, headers: [["content-type", "application/json"]], body: new Uint8Array(bytes) });

describe("FactResponseCache", () => {
  it("keeps answers per data version and forgets them when the version changes", () => {
    const cache = new FactResponseCache();
    cache.set("v1", "/a", answer(10));
    expect(cache.get("v1", "/a")?.body.byteLength).toBe(10);
    expect(cache.get("v2", "/a")).toBeUndefined();
    cache.set("v2", "/b", answer(5));
    expect(cache.get("v1", "/a")).toBeUndefined();
    expect(cache.size).toBe(1);
    expect(cache.byteSize).toBe(5);
  });

  it("keeps only successful answers", () => {
    const cache = new FactResponseCache();
    cache.set("v1", "/bad", answer(10, 400));
    expect(cache.get("v1", "/bad")).toBeUndefined();
  });

  it("stays within its entry and byte budgets, dropping the oldest answers first", () => {
    const cache = new FactResponseCache({ maxEntries: 3, maxBytes: 100 });
    for (const url of ["/1", "/2", "/3", "/4"]) cache.set("v1", url, answer(10));
    expect(cache.size).toBe(3);
    expect(cache.get("v1", "/1")).toBeUndefined();
    cache.set("v1", "/big", answer(90));
    expect(cache.byteSize).toBeLessThanOrEqual(100);
    expect(cache.get("v1", "/big")).toBeDefined();
    expect(cache.get("v1", "/4")).toBeDefined();
    expect(cache.get("v1", "/2")).toBeUndefined();
    cache.set("v1", "/too-big", answer(101));
    expect(cache.get("v1", "/too-big")).toBeUndefined();
    // Replacing an answer counts its bytes once.
    cache.set("v1", "/4", answer(10));
    expect(cache.byteSize).toBe(100);
  });
});

describe("isCacheableFactQuery", () => {
  const none = new Headers();
  it("accepts GETs whose every procedure is a fact query", () => {
    expect(isCacheableFactQuery("GET", "investments.summary", none)).toBe(true);
    expect(isCacheableFactQuery("GET", "corridors.list,investments.summary", none)).toBe(true);
  });
  it("refuses mutations, session-dependent procedures, mixed batches and streamed answers", () => {
    expect(isCacheableFactQuery("POST", "investments.summary", none)).toBe(false);
    expect(isCacheableFactQuery("GET", "boards.list", none)).toBe(false);
    expect(isCacheableFactQuery("GET", "corridors.list,boards.list", none)).toBe(false);
    expect(isCacheableFactQuery("GET", "", none)).toBe(false);
    expect(isCacheableFactQuery("GET", "corridors.list", new Headers({ "trpc-accept": "application/jsonl" }))).toBe(false);
    expect(isCacheableFactQuery("GET", "corridors.list", new Headers({ accept: "application/jsonl, */*" }))).toBe(false);
  });
});
