// A token is checked at the upgrade and again when it expires: the open socket is closed with 4401
// "token expired", y-websocket stops retrying with the old token, and a client that fetched a new
// token (as the web app's collab session does on `closed`) connects again and keeps editing.
import { afterEach, describe, expect, it } from "vitest";
import { CloseCode } from "./close-codes.ts";
import type { CollabServer } from "./server.ts";
import { connectClient, makeToken, waitFor, waitSynced, type TestClient } from "./test/clients.ts";
import { startMemoryServer } from "./test/in-process.ts";

const ROOM = "board-expiry";
let server: CollabServer | null = null;
const clients: TestClient[] = [];

afterEach(async () => {
  for (const created of clients.splice(0)) created.destroy();
  await server?.close();
  server = null;
});

async function start(): Promise<string> {
  const started = await startMemoryServer();
  server = started.server;
  return started.url;
}

describe("token expiry on an open connection", () => {
  it("closes the socket with 4401 when the token expires, and a renewed token reconnects", async () => {
    const url = await start();
    const keeper = connectClient(url, ROOM, await makeToken(ROOM, "editor", { userId: "keeper" }));
    const shortLived = connectClient(url, ROOM, await makeToken(ROOM, "editor", { userId: "short", ttlSeconds: 2 }));
    clients.push(keeper, shortLived);
    await Promise.all([waitSynced(keeper), waitSynced(shortLived)]);

    // Served while the token is valid.
    shortLived.doc.getMap("map").set("before", 1);
    await waitFor(() => keeper.doc.getMap("map").get("before") === 1, "keeper to receive the edit made before expiry");

    const closed = new Promise<{ code: number; reason: string }>((resolve) => shortLived.provider.once("closed", (event) => resolve(event)));
    const event = await closed;
    expect(event.code).toBe(CloseCode.UNAUTHENTICATED);
    expect(event.reason).toBe("token expired");
    expect(shortLived.provider.shouldConnect).toBe(false);
    expect(server?.metrics().closedConnections).toMatchObject({ UNAUTHENTICATED: 1 });

    // An edit made while disconnected reaches the others after reconnecting with a new token.
    shortLived.doc.getMap("map").set("after", 2);
    shortLived.provider.params = { token: await makeToken(ROOM, "editor", { userId: "short" }) };
    shortLived.provider.connect();
    await waitFor(() => keeper.doc.getMap("map").get("after") === 2, "keeper to receive the edit made after renewal");
    // The connection with the long-lived token was never interrupted.
    expect(keeper.provider.wsconnected).toBe(true);
  });
});
