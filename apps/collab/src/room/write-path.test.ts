// The room's write path against an in-memory store: loads shared, nothing relayed before it is
// durable, a failed append kept and retried.
import { afterEach, describe, expect, it } from "vitest";
import { parseCollabConfig } from "../config.ts";
import { silentLogger } from "../logger.ts";
import { createCollabServer, type CollabServer } from "../server.ts";
import { createMemoryDocStore, type MemoryDocStore } from "../store/memory-doc-store.ts";
import { connectClient, makeToken, TEST_SECRET, waitFor, waitSynced, type TestClient } from "../test/clients.ts";

let server: CollabServer | null = null;
const clients: TestClient[] = [];

async function start(store: MemoryDocStore): Promise<string> {
  server = createCollabServer({
    config: parseCollabConfig({ port: 0, tokenSecret: TEST_SECRET, appendRetryMaxMs: 50, unloadDelayMs: 50 }),
    store,
    logger: silentLogger,
  });
  const { port } = await server.listen();
  return `ws://127.0.0.1:${port}`;
}

async function client(url: string, room: string): Promise<TestClient> {
  const created = connectClient(url, room, await makeToken(room));
  clients.push(created);
  return created;
}

afterEach(async () => {
  for (const created of clients.splice(0)) created.destroy();
  await server?.close();
  server = null;
});

describe("room write path", () => {
  it("loads a room once for concurrent connections", async () => {
    const store = createMemoryDocStore();
    const url = await start(store);
    const peers = await Promise.all(Array.from({ length: 6 }, () => client(url, "shared-load")));
    await Promise.all(peers.map(waitSynced));
    expect(store.loads).toBe(1);
  });

  it("relays an update only after the log has it", async () => {
    const store = createMemoryDocStore();
    const url = await start(store);
    const [a, b] = [await client(url, "gated"), await client(url, "gated")];
    await Promise.all([waitSynced(a), waitSynced(b)]);
    const release = store.holdAppends();
    a.doc.getMap("map").set("x", 1);
    await waitFor(() => (server?.metrics().pendingAppends ?? 0) > 0 || store.logLength("gated") > 0, "the update to be queued");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(b.doc.getMap("map").has("x")).toBe(false);
    expect(store.logLength("gated")).toBe(0);
    release();
    await waitFor(() => b.doc.getMap("map").get("x") === 1, "b to receive x");
    expect(store.logLength("gated")).toBe(1);
  });

  it("commits updates that arrive during a write together, in one append, and relays them after it", async () => {
    const store = createMemoryDocStore();
    const url = await start(store);
    const [a, b, c] = [await client(url, "group"), await client(url, "group"), await client(url, "group")];
    await Promise.all([waitSynced(a), waitSynced(b), waitSynced(c)]);
    const before = store.appendedBatches.length;
    const release = store.holdAppends();
    a.doc.getArray<string>("list").push(["first"]);
    await waitFor(() => (server?.metrics().pendingAppends ?? 0) > 0, "the first write to start");
    // While the first write is in flight, two writers send several updates each.
    for (let i = 0; i < 4; i++) {
      a.doc.getArray<string>("list").push([`a${i}`]);
      b.doc.getArray<string>("list").push([`b${i}`]);
    }
    await waitFor(() => (server?.metrics().pendingAppends ?? 0) >= 9, "all nine updates to be queued");
    expect(c.doc.getArray("list").length).toBe(0);
    release();
    await waitFor(() => c.doc.getArray("list").length === 9, "c to receive all nine updates");
    // One write for the first update, one for the eight that queued behind it.
    expect(store.appendedBatches.slice(before)).toEqual([1, 8]);
    expect(store.logLength("group")).toBe(9);
    for (const peer of [a, b, c]) expect(peer.doc.getArray<string>("list").toArray().sort()).toEqual(["a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3", "first"]);
  });

  it("keeps a failed append queued, retries it, then relays it", async () => {
    const store = createMemoryDocStore();
    const url = await start(store);
    const [a, b] = [await client(url, "flaky"), await client(url, "flaky")];
    await Promise.all([waitSynced(a), waitSynced(b)]);
    store.failAppends(3);
    a.doc.getText("text").insert(0, "survives a flaky database");
    await waitFor(() => b.doc.getText("text").toString() === "survives a flaky database", "b to receive the retried update");
    expect(server?.metrics().appendFailures).toBe(3);
    expect(store.logLength("flaky")).toBe(1);
  });

  it("unloads an idle room and reloads it from the store", async () => {
    const store = createMemoryDocStore();
    const url = await start(store);
    const first = await client(url, "reload");
    await waitSynced(first);
    first.doc.getArray("array").push([1, 2, 3]);
    await waitFor(() => store.logLength("reload") > 0, "the append");
    first.destroy();
    await waitFor(() => server?.metrics().rooms === 0, "the room to unload");
    const second = await client(url, "reload");
    await waitSynced(second);
    expect(second.doc.getArray("array").toArray()).toEqual([1, 2, 3]);
    expect(store.loads).toBe(2);
  });
});
