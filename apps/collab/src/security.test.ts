// Every refusal of the items 3 and 4, each followed by proof that other clients are still
// served. Runs on SQLite and PostgreSQL.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { CloseCode } from "./close-codes.ts";
import { encodeUpdateMessage, MessageType } from "./protocol.ts";
import { mergeDocLog } from "@corridor/db";
import { connectClient, makeToken, rawSocket, waitFor, waitSynced, type TestClient } from "./test/clients.ts";
import { availableProviders, createTestDatabase, type TestDatabase } from "./test/databases.ts";
import { startServer, type RunningServer } from "./test/in-process.ts";
import { closeCodeIn, frameHeader, rawUpgrade } from "./test/raw-frames.ts";

const providers = await availableProviders();
const ROOM = "board-secure";
const ALLOWED_ORIGIN = "http://localhost:3000";

describe.each(providers)("refusals on %s", (provider) => {
  let database: TestDatabase;
  let running: RunningServer;
  let alice: TestClient;
  let bob: TestClient;
  let probe = 0;

  /** Alice edits, Bob must receive it: the server still serves its existing clients. */
  async function othersStillServed(): Promise<void> {
    const key = `probe-${probe++}`;
    alice.doc.getMap("map").set(key, true);
    await waitFor(() => bob.doc.getMap("map").get(key) === true, `bob to receive ${key}`);
    const health = await fetch(`${running.httpUrl}/healthz`);
    expect(health.status).toBe(200);
  }

  async function tokenUrl(room = ROOM, role: "owner" | "editor" | "viewer" = "editor"): Promise<string> {
    return `${running.url}/${room}?token=${await makeToken(room, role)}`;
  }

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    running = await startServer(database.url, { limits: { messageBurst: 100, messagesPerSecond: 50 } });
    alice = connectClient(running.url, ROOM, await makeToken(ROOM, "owner", { userId: "alice" }));
    bob = connectClient(running.url, ROOM, await makeToken(ROOM, "editor", { userId: "bob" }));
    await Promise.all([waitSynced(alice), waitSynced(bob)]);
    alice.doc.getText("text").insert(0, "secret board content");
    await waitFor(() => bob.doc.getText("text").length > 0, "initial content");
  });
  afterAll(async () => {
    alice.destroy();
    bob.destroy();
    await running.stop();
    await database.drop();
  });

  it("serves a browser from an allowed Origin", async () => {
    const client = new WebSocket(await tokenUrl(), { origin: ALLOWED_ORIGIN });
    const first = await new Promise<Buffer>((resolve, reject) => {
      client.once("message", (data) => resolve(data as Buffer));
      client.once("close", (code) => reject(new Error(`closed ${code}`)));
    });
    expect(first.length).toBeGreaterThan(0);
    client.close();
    await othersStillServed();
  });

  it.each([
    ["no token", async () => `${running.url}/${ROOM}`, CloseCode.UNAUTHENTICATED],
    ["an expired token", async () => `${running.url}/${ROOM}?token=${await makeToken(ROOM, "editor", { ttlSeconds: -5 })}`, CloseCode.UNAUTHENTICATED],
    [
      "a tampered token",
      async () => {
        const token = await makeToken(ROOM, "viewer");
        const [header, payload, signature] = token.split(".");
        const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString()) as Record<string, unknown>;
        const forged = Buffer.from(JSON.stringify({ ...claims, role: "owner" })).toString("base64url");
        return `${running.url}/${ROOM}?token=${header}.${forged}.${signature}`;
      },
      CloseCode.UNAUTHENTICATED,
    ],
    ["a token signed with another secret", async () => `${running.url}/${ROOM}?token=${await makeToken(ROOM, "owner", { secret: "z".repeat(40) })}`, CloseCode.UNAUTHENTICATED],
    ["a token for another board", async () => `${running.url}/${ROOM}?token=${await makeToken("other-board")}`, CloseCode.FORBIDDEN],
    ["a bad room name", async () => `${running.url}/..%2Fetc?token=${await makeToken("x")}`, CloseCode.BAD_REQUEST],
  ] as const)("refuses %s before any document byte", async (_name, url, code) => {
    const result = await rawSocket(await url());
    expect(result.code).toBe(code);
    expect(result.messages).toHaveLength(0);
    await othersStillServed();
  });

  it("refuses an Origin outside the allowlist before any document byte", async () => {
    const result = await rawSocket(await tokenUrl(), { origin: "https://evil.example" });
    expect(result.code).toBe(CloseCode.FORBIDDEN);
    expect(result.messages).toHaveLength(0);
    await othersStillServed();
  });

  it("drops a viewer's updates, tells the viewer, and still sends it updates", async () => {
    const viewer = connectClient(running.url, ROOM, await makeToken(ROOM, "viewer", { userId: "guest" }));
    const denied: string[] = [];
    viewer.provider.messageHandlers[MessageType.AUTH] = (_encoder, decoder) => {
      decoding.readVarUint(decoder);
      denied.push(decoding.readVarString(decoder));
    };
    await waitSynced(viewer);
    expect(viewer.doc.getText("text").toString()).toBe(alice.doc.getText("text").toString());
    viewer.doc.getMap("map").set("viewer-write", "should never be stored");
    await waitFor(() => denied.length > 0, "permission-denied message");
    expect(denied[0]).toMatch(/read-only/);
    alice.doc.getMap("map").set("after-viewer", 1);
    await waitFor(() => viewer.doc.getMap("map").get("after-viewer") === 1 && bob.doc.getMap("map").get("after-viewer") === 1, "viewer and bob to receive alice's edit");
    expect(bob.doc.getMap("map").has("viewer-write")).toBe(false);
    expect(alice.doc.getMap("map").has("viewer-write")).toBe(false);
    const stored = mergeDocLog(await running.store.load(ROOM), () => {});
    expect(stored.getMap("map").has("viewer-write")).toBe(false);
    expect(running.server.metrics().deniedViewerUpdates).toBeGreaterThan(0);
    viewer.destroy();
    await othersStillServed();
  });

  it("drops awareness updates that spoof another user's client", async () => {
    alice.provider.awareness.setLocalStateField("user", { name: "Alice", presenting: true });
    const aliceSeenByBob = (): string => JSON.stringify(bob.provider.awareness.getStates().get(alice.doc.clientID) ?? null);
    await waitFor(() => aliceSeenByBob().includes("Alice"), "bob to see alice");
    const meta = alice.provider.awareness.meta.get(alice.doc.clientID);
    const forged = encoding.createEncoder();
    encoding.writeVarUint(forged, MessageType.AWARENESS);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, alice.doc.clientID);
    encoding.writeVarUint(inner, (meta?.clock ?? 0) + 100);
    encoding.writeVarString(inner, JSON.stringify({ user: { name: "Mallory", presenting: true } }));
    encoding.writeVarUint8Array(forged, encoding.toUint8Array(inner));
    const mallory = new WebSocket(`${running.url}/${ROOM}?token=${await makeToken(ROOM, "editor", { userId: "mallory" })}`);
    mallory.on("error", () => {});
    await new Promise<void>((resolve) => mallory.once("open", () => resolve()));
    const before = running.server.metrics().rejectedAwareness;
    mallory.send(encoding.toUint8Array(forged));
    await waitFor(() => running.server.metrics().rejectedAwareness > before, "the forged update to be dropped");
    await othersStillServed();
    expect(aliceSeenByBob()).toContain("Alice");
    expect(aliceSeenByBob()).not.toContain("Mallory");
    mallory.close();
  });

  it("closes a connection whose message exceeds the size limit (1009)", async () => {
    const result = await rawSocket(await tokenUrl(), { onOpen: (ws) => ws.send(Buffer.alloc(1024 * 1024 + 1)) });
    expect(result.code).toBe(CloseCode.MESSAGE_TOO_BIG);
    await othersStillServed();
  });

  it("survives a 14-byte frame header announcing 200 MiB", async () => {
    const raw = await rawUpgrade(running.port, `/${ROOM}?token=${await makeToken(ROOM)}`);
    raw.socket.write(frameHeader(200 * 1024 * 1024));
    await raw.closed;
    expect(closeCodeIn(raw.received())).toBe(CloseCode.MESSAGE_TOO_BIG);
    await othersStillServed();
  });

  it("survives a 150 MB message", async () => {
    const result = await rawSocket(await tokenUrl(), { onOpen: (ws) => ws.send(Buffer.alloc(150 * 1000 * 1000, 7)) });
    expect([CloseCode.MESSAGE_TOO_BIG, 1006]).toContain(result.code);
    await othersStillServed();
  });

  const malformed: Array<[string, () => Buffer | string]> = [
    ["random bytes", () => Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])],
    ["an unknown message type", () => Buffer.from([9, 0, 0])],
    ["a truncated sync message", () => Buffer.from([MessageType.SYNC, 2, 50, 1, 2])],
    ["an update that does not parse", () => Buffer.from(encodeUpdateMessage(Uint8Array.from([5, 200, 1, 2, 3, 4, 5, 6])))],
    [
      "awareness with invalid JSON",
      () => {
        const inner = encoding.createEncoder();
        encoding.writeVarUint(inner, 1);
        encoding.writeVarUint(inner, 42);
        encoding.writeVarUint(inner, 1);
        encoding.writeVarString(inner, "{not json");
        const outer = encoding.createEncoder();
        encoding.writeVarUint(outer, MessageType.AWARENESS);
        encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
        return Buffer.from(encoding.toUint8Array(outer));
      },
    ],
    ["a text frame", () => "hello"],
  ];
  it.each(malformed)("closes a connection that sends %s (4400) and logs nothing of it", async (_name, payload): Promise<void> => {
    const before = running.server.metrics().updatesTotal;
    const result = await rawSocket(await tokenUrl(), { onOpen: (ws) => ws.send(payload()) });
    expect(result.code).toBe(CloseCode.BAD_REQUEST);
    expect(running.server.metrics().updatesTotal).toBe(before);
    await othersStillServed();
    const stored = mergeDocLog(await running.store.load(ROOM), () => {
      throw new Error("a malformed update reached the log");
    });
    expect(stored.getText("text").toString()).toBe("secret board content");
  });

  it("closes a connection that exceeds the message rate (4429)", async () => {
    const query = Buffer.from([MessageType.QUERY_AWARENESS]);
    const result = await rawSocket(await tokenUrl(), {
      onOpen: (ws) => {
        for (let i = 0; i < 500; i++) ws.send(query);
      },
    });
    expect(result.code).toBe(CloseCode.RATE_LIMITED);
    await othersStillServed();
  });

  it("refuses rooms beyond the cap (4503) and connection attempts beyond the per-IP cap (4429)", async () => {
    const capped = await startServer(database.url, { limits: { maxRooms: 2, connectionsPerIpPerMinute: 8 } });
    const url = async (room: string): Promise<string> => `${capped.url}/${room}?token=${await makeToken(room)}`;
    const a1 = connectClient(capped.url, "cap-a", await makeToken("cap-a"));
    const a2 = connectClient(capped.url, "cap-a", await makeToken("cap-a"));
    const b1 = connectClient(capped.url, "cap-b", await makeToken("cap-b"));
    await Promise.all([waitSynced(a1), waitSynced(a2), waitSynced(b1)]);
    const served = async (key: string): Promise<void> => {
      a1.doc.getMap("map").set(key, 1);
      await waitFor(() => a2.doc.getMap("map").get(key) === 1, `a2 to receive ${key}`);
    };

    const third = await rawSocket(await url("cap-c"));
    expect(third.code).toBe(CloseCode.ROOM_CAPACITY);
    expect(third.messages).toHaveLength(0);
    await served("after-capacity");

    const codes: number[] = [];
    for (let i = 0; i < 6; i++) {
      const attempt = await rawSocket(await url("cap-a"), { onOpen: (ws) => ws.close(1000) });
      codes.push(attempt.code);
    }
    expect(codes).toContain(CloseCode.RATE_LIMITED);
    await served("after-ip-cap");
    expect(capped.server.metrics().rejectedConnections).toMatchObject({ ROOM_CAPACITY: 1 });

    for (const client of [a1, a2, b1]) client.destroy();
    await capped.stop();
    await othersStillServed();
  });

  it("exposes health and metrics", async () => {
    const metrics = (await (await fetch(`${running.httpUrl}/metrics`)).json()) as Record<string, unknown>;
    expect(metrics).toMatchObject({ rooms: expect.any(Number), connections: expect.any(Number), updatesPerSecond: expect.any(Number) });
    expect(metrics.appendLatencyMs).toMatchObject({ p95: expect.any(Number) });
    expect((await fetch(`${running.httpUrl}/nope`)).status).toBe(404);
  });
});
