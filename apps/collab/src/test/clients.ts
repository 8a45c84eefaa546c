// Test clients: real y-websocket providers over `ws`, raw sockets for rejection cases, tokens.
import { signCollabToken, type CollabRole } from "@corridor/collab-token";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";

export const TEST_SECRET = "collab-test-secret-0123456789abcdefghijklmnop";

export function makeToken(boardId: string, role: CollabRole = "editor", options: { ttlSeconds?: number; secret?: string; userId?: string } = {}): Promise<string> {
  return signCollabToken({
    secret: options.secret ?? TEST_SECRET,
    claims: { userId: options.userId ?? `user-${role}`, displayName: `Test ${role}`, boardId, role },
    ttlSeconds: options.ttlSeconds ?? 600,
  });
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export interface ConnectOptions {
  doc?: Y.Doc;
  connect?: boolean;
  /** A socket class standing in for `ws` (the fault-injecting one in the convergence test). */
  socketClass?: unknown;
}

export function connectClient(serverUrl: string, room: string, token: string, options: ConnectOptions = {}): TestClient {
  const doc = options.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    params: { token },
    WebSocketPolyfill: (options.socketClass ?? WebSocket) as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 300,
    connect: options.connect ?? true,
  });
  return {
    doc,
    provider,
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function waitFor(condition: () => boolean, what: string | (() => string), timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === "string" ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function waitSynced(client: TestClient): Promise<void> {
  return waitFor(() => client.provider.synced, "provider sync");
}

/** The shared types' content, with map keys sorted (a Y.Map iterates in local arrival order). */
export function snapshotOf(doc: Y.Doc): unknown {
  const map = doc.getMap("map").toJSON();
  const sortedMap = Object.fromEntries(Object.keys(map).sort().map((key) => [key, map[key]]));
  return { map: sortedMap, text: doc.getText("text").toString(), array: doc.getArray("array").toJSON() };
}

export interface RawResult {
  code: number;
  reason: string;
  messages: Buffer[];
}

/** Opens a plain socket, optionally sends frames once open, and resolves with how it was closed. */
export function rawSocket(url: string, options: { origin?: string; onOpen?: (ws: WebSocket) => void } = {}): Promise<RawResult> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, options.origin === undefined ? {} : { origin: options.origin });
    const messages: Buffer[] = [];
    ws.on("message", (data) => messages.push(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer)));
    ws.on("error", () => {});
    ws.on("open", () => options.onOpen?.(ws));
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString(), messages }));
  });
}
