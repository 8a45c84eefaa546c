// Integration: real y-websocket providers against the server, on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient, makeToken, snapshotOf, waitFor, waitSynced, type TestClient } from "./test/clients.ts";
import { availableProviders, createTestDatabase, type TestDatabase } from "./test/databases.ts";
import { startServer, type RunningServer } from "./test/in-process.ts";
import { mergeDocLog } from "@corridor/db";

const providers = await availableProviders();

describe.each(providers)("sync on %s", (provider) => {
  let database: TestDatabase;
  let running: RunningServer;
  const clients: TestClient[] = [];
  const connect = async (room: string, doc?: Y.Doc): Promise<TestClient> => {
    const client = connectClient(running.url, room, await makeToken(room), doc ? { doc } : {});
    clients.push(client);
    return client;
  };
  const disconnectAll = (): void => {
    for (const client of clients.splice(0)) client.destroy();
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    running = await startServer(database.url);
  });
  afterAll(async () => {
    disconnectAll();
    await running.stop();
    await database.drop();
  });

  it.each([2, 10])("%i clients converge on map, text and array content", async (count) => {
    const room = `converge-${count}`;
    const peers = await Promise.all(Array.from({ length: count }, () => connect(room)));
    await Promise.all(peers.map(waitSynced));
    peers.forEach((peer, index) => {
      peer.doc.getMap("map").set(`k${index}`, index);
      peer.doc.getText("text").insert(0, `p${index};`);
      peer.doc.getArray("array").push([index]);
    });
    const expectedKeys = count;
    await waitFor(
      () => peers.every((peer) => peer.doc.getMap("map").size === expectedKeys && peer.doc.getArray("array").length === count),
      "all peers to see every edit",
    );
    const reference = snapshotOf(peers[0]?.doc ?? new Y.Doc());
    for (const peer of peers) expect(snapshotOf(peer.doc)).toEqual(reference);
    expect(peers[0]?.doc.getText("text").length).toBe(peers.reduce((sum, _p, index) => sum + `p${index};`.length, 0));
    disconnectAll();
  });

  it("a new client's first sync already holds the stored content, also after a restart", async () => {
    const room = "stored-first-sync";
    const writer = await connect(room);
    await waitSynced(writer);
    for (let i = 0; i < 200; i++) writer.doc.getArray("array").push([i]);
    writer.doc.getText("text").insert(0, "kept across restarts");
    // Wait until the log holds everything: updates still in flight when a server stops are not
    // acknowledged to anyone, so only the sender keeps them (it resends them on reconnect).
    let logged = false;
    while (!logged) {
      const replica = mergeDocLog(await running.store.load(room), () => {});
      logged = replica.getArray("array").length === 200 && replica.getText("text").toString() === "kept across restarts";
      if (!logged) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    disconnectAll();

    await running.stop();
    running = await startServer(database.url);

    const reader = await connect(room);
    let lengthAtFirstSync = -1;
    reader.provider.once("sync", () => {
      lengthAtFirstSync = reader.doc.getArray("array").length;
    });
    await waitSynced(reader);
    expect(lengthAtFirstSync).toBe(200);
    expect(reader.doc.getText("text").toString()).toBe("kept across restarts");

    const stored = await running.store.load(room);
    const replica = mergeDocLog(stored, () => {
      throw new Error("stored update failed to apply");
    });
    expect(snapshotOf(replica)).toEqual(snapshotOf(reader.doc));
    disconnectAll();
  });

  it("offline edits merge after reconnect", async () => {
    const room = "offline-merge";
    const online = await connect(room);
    const traveller = await connect(room);
    await Promise.all([waitSynced(online), waitSynced(traveller)]);
    online.doc.getMap("map").set("before", 1);
    await waitFor(() => traveller.doc.getMap("map").get("before") === 1, "initial edit");

    traveller.provider.disconnect();
    traveller.doc.getMap("map").set("offline", "from the train");
    traveller.doc.getText("text").insert(0, "written offline ");
    online.doc.getMap("map").set("meanwhile", 2);
    await waitFor(() => online.doc.getMap("map").get("meanwhile") === 2, "online edit");

    traveller.provider.connect();
    await waitFor(
      () => online.doc.getMap("map").get("offline") === "from the train" && traveller.doc.getMap("map").get("meanwhile") === 2,
      "both sides to merge",
    );
    expect(snapshotOf(online.doc)).toEqual(snapshotOf(traveller.doc));
    expect(online.doc.getText("text").toString()).toBe("written offline ");
    disconnectAll();
  });

  it("removes a closed connection's presence and relays awareness to the others", async () => {
    const room = "presence";
    const a = await connect(room);
    const b = await connect(room);
    await Promise.all([waitSynced(a), waitSynced(b)]);
    a.provider.awareness.setLocalStateField("user", { name: "A" });
    await waitFor(() => b.provider.awareness.getStates().get(a.doc.clientID) !== undefined, "b to see a's presence");
    a.destroy();
    await waitFor(() => !b.provider.awareness.getStates().has(a.doc.clientID), "a's presence to be removed");
    disconnectAll();
  });
});
