// The node handler on real HTTP against a seeded SQLite database: answers from the cache are the
// same bytes the resolver produces, a new data version is answered afresh, batches and mutations
// behave as through tRPC's adapters, and cross-site mutations are refused before any resolver.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedFactBase } from "@corridor/prisma/seed";
import { createTestDatabase, type TestDatabase } from "@corridor/prisma/testing";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { FactStore } from "../facts/fact-store.ts";
import type { AppRouter } from "../root.ts";
import { createTRPCContext } from "../trpc.ts";
import { FactResponseCache } from "./fact-response-cache.ts";
import { createApiNodeHandler } from "./node-handler.ts";
import { wireTransformer } from "../wire/transformer.ts";

const seedDataDir = path.join(path.dirname(createRequire(import.meta.url).resolve("@corridor/prisma/seed")), "data");
const APP = "http://localhost:3000";

describe("createApiNodeHandler", () => {
  let db: TestDatabase;
  let server: Server;
  let base: string;
  let now = 0;
  let resolverCalls = 0;
  const cache = new FactResponseCache();

  beforeAll(async () => {
    db = await createTestDatabase("sqlite");
    const facts = new FactStore(db.database.client, { revalidateMs: 1_000, now: () => now });
    server = createServer(
      createApiNodeHandler({
        basePath: "/api/trpc",
        facts,
        cache,
        allowedOrigins: [APP],
        responseHeaders: [{ key: "x-content-type-options", value: "nosniff" }],
        createContext: (headers) => {
          resolverCalls++;
          return createTRPCContext({ db: db.database.client, facts, headers });
        },
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/trpc`;
  }, 120_000);
  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    await db?.dispose();
  });

  const summaryUrl = () => `${base}/investments.summary?input=${encodeURIComponent(JSON.stringify({ json: { groupBy: "actor" } }))}`;
  const summaryOf = (body: unknown) => (body as { result: { data: { json: { dataVersion: string; totalEur: number } } } }).result.data.json;

  it("answers a repeated fact query from the cache with the same bytes and headers", async () => {
    const callsBefore = resolverCalls;
    const first = await fetch(summaryUrl());
    const firstBody = await first.text();
    const second = await fetch(summaryUrl());
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(firstBody);
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    // Only the first request reached a resolver.
    expect(resolverCalls - callsBefore).toBe(1);
    // Concurrent first requests for a new URL share one resolver run.
    const fresh = `${base}/investments.summary?input=${encodeURIComponent(JSON.stringify({ json: { groupBy: "status" } }))}`;
    const concurrentBefore = resolverCalls;
    const bodies = await Promise.all(Array.from({ length: 8 }, async () => (await fetch(fresh)).text()));
    expect(new Set(bodies).size).toBe(1);
    expect(resolverCalls - concurrentBefore).toBe(1);
    expect(cache.size).toBeGreaterThan(0);
  });

  it("answers afresh once the data version changes", async () => {
    const before = (await (await fetch(summaryUrl())).json()) as unknown;
    const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-cache-"));
    cpSync(seedDataDir, dir, { recursive: true });
    const facts = JSON.parse(readFileSync(path.join(dir, "facts.json"), "utf8")) as { investments: { id: string; amount: number }[] };
    const item = facts.investments.find((i) => i.id === "INV-04");
    if (!item) throw new Error("fixture lost INV-04");
    item.amount += 250_000_000;
    writeFileSync(path.join(dir, "facts.json"), JSON.stringify(facts));
    await seedFactBase(db.database.client, dir);
    now += 5_000;
    const after = (await (await fetch(summaryUrl())).json()) as unknown;
    expect(summaryOf(after).dataVersion).not.toBe(summaryOf(before).dataVersion);
    // And the new answer is what a fresh resolver run gives (no cache: a different URL spelling).
    const fresh = (await (await fetch(`${summaryUrl()}&nocache=1`)).json()) as unknown;
    expect(summaryOf(fresh)).toEqual(summaryOf(after));
  });

  it("leaves streamed (jsonl) answers to tRPC", async () => {
    const batchUrl = `${base}/investments.summary?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { json: { groupBy: "actor" } } }))}`;
    const cached = await (await fetch(batchUrl)).text();
    const streamHeaders: Record<string, string>[] = [{ "trpc-accept": "application/jsonl" }, { accept: "application/jsonl" }];
    for (const headers of streamHeaders) {
      const streamed = await fetch(batchUrl, { headers });
      expect(streamed.status).toBe(200);
      expect(streamed.headers.get("transfer-encoding")).toBe("chunked");
      expect(await streamed.text()).not.toBe(cached);
    }
  });

  it("serves batched queries and bad input as tRPC does, without caching errors", async () => {
    const batch = await fetch(`${base}/corridors.list,health.ping?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`);
    expect(batch.status).toBe(200);
    const parts = (await batch.json()) as { result: { data: { json: unknown } } }[];
    expect(parts).toHaveLength(2);
    expect(parts[1]?.result.data.json).toEqual({ ok: true });

    const bad = `${base}/investments.summary?input=${encodeURIComponent(JSON.stringify({ json: { groupBy: "nonsense" } }))}`;
    const size = cache.size;
    expect((await fetch(bad)).status).toBe(400);
    expect((await fetch(bad)).status).toBe(400);
    expect(cache.size).toBe(size);
  });

  it("refuses a cross-site mutation with 403 and lets a same-origin one through to the procedure", async () => {
    const post = (origin: string) =>
      fetch(`${base}/teams.create`, { method: "POST", headers: { "content-type": "application/json", origin }, body: JSON.stringify({ json: { name: "Desk" } }) });
    const refused = await post("https://evil.example");
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    // Same origin: reaches the procedure, which wants a session.
    expect((await post(APP)).status).toBe(401);
  });

  it("speaks the wire format with the web app's client, and answers a malformed envelope with a 400", async () => {
    const client = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: base, transformer: wireTransformer })] });
    const [summary, ping] = await Promise.all([client.investments.summary.query({ groupBy: "actor" }), client.health.ping.query()]);
    expect(summary.totalEur).toBeGreaterThan(0);
    expect(ping).toEqual({ ok: true });

    const malformed = await fetch(
      `${base}/investments.summary?input=${encodeURIComponent(JSON.stringify({ json: { groupBy: "actor" }, meta: { values: [[["__proto__", "x"], "Date"]] } }))}`,
    );
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as { error: { json: { message: string; data: { code: string } } } };
    expect(body.error.json.data.code).toBe("BAD_REQUEST");
    expect(body.error.json.message).toContain("meta.values");
    // The server is still answering.
    expect((await fetch(summaryUrl())).status).toBe(200);
  });
});
