// kill -9 and SIGTERM against the real entry point as a child process: every update another
// client had received is in the database after restart, and the writer's unsent edits merge when
// it reconnects. Runs on SQLite and PostgreSQL.
import { createDatabase } from "@corridor/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { silentLogger } from "./logger.ts";
import { mergeDocLog } from "@corridor/db";
import { createPrismaDocStore } from "./store/prisma-doc-store.ts";
import { freePort, spawnServer, type ChildServer } from "./test/child-process.ts";
import { connectClient, makeToken, waitFor, waitSynced, type TestClient } from "./test/clients.ts";
import { availableProviders, createTestDatabase, type TestDatabase } from "./test/databases.ts";

const providers = await availableProviders();

/** Items of the shared array as a set, for "B had received X" comparisons. */
function items(doc: Y.Doc): Set<number> {
  return new Set(doc.getArray<number>("array").toArray());
}

async function loadReplica(databaseUrl: string, room: string): Promise<Y.Doc> {
  const database = createDatabase(databaseUrl);
  try {
    const store = createPrismaDocStore({ client: database.client, logger: silentLogger });
    return mergeDocLog(await store.load(room), () => {
      throw new Error("a stored update failed to apply");
    });
  } finally {
    await database.client.$disconnect();
  }
}

describe.each(providers)("durability on %s", (provider) => {
  let database: TestDatabase;
  let port: number;
  let child: ChildServer | null = null;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    port = await freePort();
  });
  afterAll(async () => {
    child?.process.kill("SIGKILL");
    await database.drop();
  });

  async function streamUntilStopped(writer: TestClient, from: number, stop: () => boolean): Promise<number> {
    let next = from;
    while (!stop()) {
      writer.doc.transact(() => {
        writer.doc.getArray<number>("array").push([next]);
        writer.doc.getMap("map").set(`k${next % 50}`, next);
      });
      next++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return next;
  }

  it.each([
    [1, 40],
    [2, 400],
  ])("kill -9 (run %i, after ~%i received edits) loses nothing another client had received", async (run, threshold) => {
    const room = `kill-${run}`;
    child = await spawnServer(database.url, port);
    const writerDoc = new Y.Doc();
    const writer = connectClient(child.url, room, await makeToken(room, "editor", { userId: "writer" }), { doc: writerDoc });
    const observer = connectClient(child.url, room, await makeToken(room, "editor", { userId: "observer" }));
    await Promise.all([waitSynced(writer), waitSynced(observer)]);

    let killed = false;
    const victim = child;
    const observerClosed = new Promise<void>((resolve) => observer.provider.on("connection-close", () => resolve()));
    observer.doc.getArray("array").observe(() => {
      if (!killed && observer.doc.getArray("array").length >= threshold) {
        killed = true;
        victim.process.kill("SIGKILL");
      }
    });
    const sent = await streamUntilStopped(writer, 0, () => killed);
    writer.provider.disconnect();
    expect(await victim.exited).toBe("SIGKILL");
    await observerClosed;
    const received = items(observer.doc);
    observer.destroy();
    expect(received.size).toBeGreaterThanOrEqual(threshold);

    child = await spawnServer(database.url, port);
    const replica = await loadReplica(database.url, room);
    const stored = items(replica);
    const missing = [...received].filter((item) => !stored.has(item));
    expect(missing).toEqual([]);

    const late = connectClient(child.url, room, await makeToken(room, "viewer"));
    let atFirstSync = new Set<number>();
    late.provider.once("sync", () => {
      atFirstSync = items(late.doc);
    });
    await waitSynced(late);
    expect([...received].filter((item) => !atFirstSync.has(item))).toEqual([]);

    // The writer merges what the dead server never stored once it reconnects.
    writer.provider.connect();
    await waitFor(() => late.doc.getArray("array").length === sent, "the writer's pending edits to merge");
    expect(items(late.doc)).toEqual(items(writerDoc));
    writer.destroy();
    late.destroy();
    child.process.kill("SIGTERM");
    expect(await child.exited).toBe("0");
    child = null;
  });

  it("SIGTERM flushes pending writes and exits cleanly", async () => {
    const room = "sigterm";
    child = await spawnServer(database.url, port);
    const writer = connectClient(child.url, room, await makeToken(room));
    const observer = connectClient(child.url, room, await makeToken(room));
    await Promise.all([waitSynced(writer), waitSynced(observer)]);
    let stopped = false;
    const running = child;
    observer.doc.getArray("array").observe(() => {
      if (!stopped && observer.doc.getArray("array").length >= 100) {
        stopped = true;
        running.process.kill("SIGTERM");
      }
    });
    await streamUntilStopped(writer, 0, () => stopped);
    writer.provider.disconnect();
    expect(await running.exited).toBe("0");
    child = null;
    const received = items(observer.doc);
    observer.destroy();
    writer.destroy();
    const stored = items(await loadReplica(database.url, room));
    expect([...received].filter((item) => !stored.has(item))).toEqual([]);
    expect(running.output()).toContain('"shutting down"');
  });
});
