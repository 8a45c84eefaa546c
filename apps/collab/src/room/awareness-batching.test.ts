// Presence through the batched fan-out with real y-websocket clients: many quick changes from
// several clients inside one tick still leave every peer with each client's latest state, a
// closed client's state is removed everywhere, and nobody sees a state for another's client id.
import { afterEach, describe, expect, it } from "vitest";
import type { CollabServer } from "../server.ts";
import { connectClient, makeToken, waitFor, waitSynced, type TestClient } from "../test/clients.ts";
import { startMemoryServer } from "../test/in-process.ts";

const ROOM = "board-presence";
let server: CollabServer | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  for (const created of clients.splice(0)) created.destroy();
  await server?.close();
  server = null;
});

describe("batched awareness fan-out", () => {
  it("delivers every client's latest state and every removal, coalescing changes into ticks", async () => {
    // A long tick, so the bursts below certainly land in one batch.
    const started = await startMemoryServer({ awarenessFlushMs: 200 });
    server = started.server;
    const url = started.url;
    const peers: TestClient[] = [];
    for (let i = 0; i < 5; i++) peers.push(connectClient(url, ROOM, await makeToken(ROOM, "editor", { userId: `user-${i}` })));
    clients.push(...peers);
    await Promise.all(peers.map(waitSynced));
    const broadcastsBefore = server.metrics().awarenessBroadcasts;

    // Each client moves its cursor 20 times in a burst; only the last position matters.
    for (let step = 0; step < 20; step++) {
      peers.forEach((peer, index) => peer.provider.awareness.setLocalStateField("cursor", { user: index, step }));
    }
    const latestSeenEverywhere = (): boolean =>
      peers.every((observer) =>
        peers.every((peer, index) => {
          const state = observer.provider.awareness.getStates().get(peer.doc.clientID) as { cursor?: { user: number; step: number } } | undefined;
          return state?.cursor?.user === index && state.cursor.step === 19;
        }),
      );
    await waitFor(latestSeenEverywhere, "every peer to see every client's last cursor");
    // 100 changes were relayed in a few coalesced messages, not one per change.
    const broadcasts = server.metrics().awarenessBroadcasts - broadcastsBefore;
    expect(broadcasts).toBeGreaterThan(0);
    expect(broadcasts).toBeLessThan(20);

    // Closing one client removes its state from every remaining peer.
    const [leaving, ...staying] = peers;
    if (!leaving) throw new Error("no peers");
    const leavingId = leaving.doc.clientID;
    leaving.provider.disconnect();
    await waitFor(() => staying.every((peer) => !peer.provider.awareness.getStates().has(leavingId)), "the closed client's state to be removed");
    for (const peer of staying) expect(peer.provider.awareness.getStates().size).toBe(staying.length);
  });
});
