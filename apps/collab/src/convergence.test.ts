// Seeded randomized convergence: 5 peers edit maps, text and arrays while frames are dropped,
// duplicated and reordered, peers go offline and the server restarts. Afterwards every peer and a
// replica loaded from the database are equal. COLLAB_SOAK=1 runs many more seeds and operations;
// COLLAB_SEED=<n> replays one seed.
import * as prng from "lib0/prng";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { mergeDocLog } from "@corridor/db";
import { freePort } from "./test/child-process.ts";
import { connectClient, makeToken, snapshotOf, waitFor, type TestClient } from "./test/clients.ts";
import { availableProviders, createTestDatabase, type Provider, type TestDatabase } from "./test/databases.ts";
import { FaultInjector, faultySocketClass } from "./test/faulty-socket.ts";
import { startServer, type RunningServer } from "./test/in-process.ts";

const soak = process.env.COLLAB_SOAK === "1";
const fixedSeed = process.env.COLLAB_SEED === undefined ? null : Number(process.env.COLLAB_SEED);
const PEERS = 5;
const plan: Record<Provider, { seeds: number; ops: number }> = soak
  ? { sqlite: { seeds: 20, ops: 4000 }, postgresql: { seeds: 10, ops: 4000 } }
  : { sqlite: { seeds: 5, ops: 1500 }, postgresql: { seeds: 2, ops: 1500 } };

const providers = await availableProviders();

function seedsFor(provider: Provider): number[] {
  if (fixedSeed !== null) return [fixedSeed];
  const base = provider === "sqlite" ? 1000 : 2000;
  return Array.from({ length: plan[provider].seeds }, (_unused, index) => base + index);
}

function randomOp(rng: prng.PRNG, doc: Y.Doc): void {
  const map = doc.getMap<unknown>("map");
  const text = doc.getText("text");
  const array = doc.getArray<unknown>("array");
  const roll = prng.int32(rng, 0, 99);
  if (roll < 25) {
    map.set(`k${prng.int32(rng, 0, 11)}`, prng.bool(rng) ? prng.int32(rng, 0, 1000) : prng.word(rng, 1, 6));
  } else if (roll < 30) {
    map.delete(`k${prng.int32(rng, 0, 11)}`);
  } else if (roll < 50) {
    text.insert(prng.int32(rng, 0, text.length), prng.word(rng, 1, 5));
  } else if (roll < 60) {
    if (text.length > 0) {
      const index = prng.int32(rng, 0, text.length - 1);
      text.delete(index, prng.int32(rng, 1, Math.min(4, text.length - index)));
    }
  } else if (roll < 85) {
    array.insert(prng.int32(rng, 0, array.length), [prng.int32(rng, 0, 1_000_000)]);
  } else if (roll < 95) {
    if (array.length > 0) {
      const index = prng.int32(rng, 0, array.length - 1);
      array.delete(index, prng.int32(rng, 1, Math.min(3, array.length - index)));
    }
  } else {
    doc.transact(() => {
      map.set("batch", prng.word(rng, 1, 3));
      array.push([prng.int32(rng, 0, 9)]);
      text.insert(0, "#");
    });
  }
}

// Limits have their own tests; here peers reconnect often and stream as fast as they can.
const serverConfig = {
  limits: { messageBurst: 1_000_000, messagesPerSecond: 1_000_000, connectionsPerIpPerMinute: 1_000_000 },
  compaction: { everyUpdates: 150 },
};

const tick = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(providers)("randomized convergence on %s", (provider) => {
  let database: TestDatabase;
  let port: number;
  let running: RunningServer;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    port = await freePort();
    running = await startServer(database.url, serverConfig, port);
  });
  afterAll(async () => {
    await running.stop();
    await database.drop();
  });

  it.each(seedsFor(provider))(`seed %i: ${PEERS} peers converge under drops, duplicates, reordering, disconnects and restarts (${plan[provider].ops} ops)`, async (seed) => {
    const rng = prng.create(seed);
    const room = `random-${seed}`;
    const faults = new FaultInjector(rng, { drop: 0.05, duplicate: 0.05, delay: 0.1, maxDelayMs: 25 });
    const socketClass = faultySocketClass(faults);
    // Faults start once every peer has synced: a dropped first sync step stalls y-websocket until
    // its 30 s watchdog, which is the client's business, not the server's.
    faults.enabled = false;
    const peers: TestClient[] = [];
    for (let i = 0; i < PEERS; i++) peers.push(connectClient(running.url, room, await makeToken(room, "editor", { userId: `peer-${i}` }), { socketClass }));
    await waitFor(
      () => peers.every((peer) => peer.provider.synced),
      () => {
        const { rooms, connections, rejectedConnections, closedConnections } = running.server.metrics();
        const states = peers.map((peer) => `${peer.provider.wsconnected ? "open" : "closed"}/${peer.provider.synced ? "synced" : "unsynced"}`);
        return `peers to connect (${states.join(", ")}; server rooms ${rooms}, connections ${connections}, refused ${JSON.stringify(rejectedConnections)}, closed ${JSON.stringify(closedConnections)})`;
      },
    );
    faults.enabled = true;
    let restarts = 0;
    let offline = 0;

    try {
      for (let op = 0; op < plan[provider].ops; op++) {
        const peer = peers[prng.int32(rng, 0, PEERS - 1)];
        if (peer === undefined) throw new Error("no peer");
        randomOp(rng, peer.doc);
        const event = prng.int32(rng, 0, 999);
        if (event < 8) {
          if (peer.provider.shouldConnect) {
            peer.provider.disconnect();
            offline++;
          } else peer.provider.connect();
        } else if (event >= 8 && event < 10) {
          await running.stop();
          running = await startServer(database.url, serverConfig, port);
          restarts++;
        }
        if (op % 5 === 0) await tick(prng.int32(rng, 0, 5));
      }

      // Heal: no more faults, everyone reconnects, and a full sync runs both ways.
      faults.enabled = false;
      for (const peer of peers) peer.provider.disconnect();
      for (const peer of peers) peer.provider.connect();
      const reference = (): string => JSON.stringify(snapshotOf(peers[0]?.doc ?? new Y.Doc()));
      await waitFor(
        () => peers.every((peer) => peer.provider.synced) && peers.every((peer) => JSON.stringify(snapshotOf(peer.doc)) === reference()),
        () => `peers to converge (seed ${seed}; synced: ${peers.map((peer) => String(peer.provider.synced)).join(",")})`,
        60_000,
      );
      await waitFor(() => running.server.metrics().pendingAppends === 0, "the log to catch up");
      const replica = mergeDocLog(await running.store.load(room), () => {
        throw new Error(`seed ${seed}: a stored update failed to apply`);
      });
      expect(JSON.stringify(snapshotOf(replica)), `seed ${seed}: database replica`).toBe(reference());
      for (const peer of peers) expect(peer.doc.store.pendingStructs, `seed ${seed}: pending structs`).toBeNull();
      expect(faults.dropped + faults.duplicated + faults.delayed).toBeGreaterThan(0);
      expect(restarts + offline).toBeGreaterThan(0);
    } finally {
      for (const peer of peers) peer.destroy();
    }
  });
});
