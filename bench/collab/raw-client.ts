// A minimal y-websocket protocol client over `ws` for load generation: answers the handshake,
// keeps a presence state alive like y-websocket does, and timestamps the edits it receives by the
// marker the writer puts in each one. No Y.Doc per client, so one process can hold hundreds.
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";

export const now = (): number => performance.timeOrigin + performance.now();

const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
const MARKER = Buffer.from("~E");

export function syncStep1Message(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

export function syncStep2Message(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, 1);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

const EMPTY_STEP1 = syncStep1Message(Y.encodeStateVector(new Y.Doc()));
const EMPTY_STEP2 = syncStep2Message(EMPTY_UPDATE);

/**
 * The edit sequence numbers in a sync message carrying writer edits (none for other messages). A
 * server may relay several edits merged into one update ("~E5~~E6~"), so every marker counts.
 */
export function markersOf(data: Buffer): number[] {
  if (data[0] !== 0) return [];
  const seqs: number[] = [];
  let at = data.indexOf(MARKER);
  while (at !== -1) {
    let value = 0;
    let i = at + MARKER.length;
    for (; i < data.length; i++) {
      const c = data[i] ?? 0;
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
    }
    if (data[i] === 126 && i > at + MARKER.length) seqs.push(value);
    at = data.indexOf(MARKER, i);
  }
  return seqs;
}

export interface ReceiverOptions {
  url: string;
  clientId: number;
  presence: boolean;
  renewMs: number;
  onEdit: (seq: number, at: number) => void;
}

export interface Receiver {
  ready: Promise<void>;
  close(): void;
}

export function startReceiver(options: ReceiverOptions): Receiver {
  const ws = new WebSocket(options.url, { perMessageDeflate: false });
  let clock = 0;
  let renew: NodeJS.Timeout | null = null;
  const ready = new Promise<void>((resolve, reject) => {
    ws.on("error", reject);
    ws.once("message", () => resolve());
    ws.on("close", (code) => reject(new Error(`receiver closed (${code})`)));
  });
  ready.catch(() => {});
  ws.on("open", () => {
    ws.send(EMPTY_STEP1);
    if (options.presence) {
      const state = { user: { name: `reader-${options.clientId}`, color: "#3366cc" } };
      ws.send(awarenessMessage(options.clientId, clock, state));
      renew = setInterval(() => {
        clock++;
        if (ws.readyState === WebSocket.OPEN) ws.send(awarenessMessage(options.clientId, clock, state));
      }, options.renewMs);
    }
  });
  ws.on("message", (data: Buffer) => {
    const at = now();
    // Sync step 1 from the server: answer with our (empty) state.
    if (data[0] === 0 && data[1] === 0) {
      ws.send(EMPTY_STEP2);
      return;
    }
    for (const seq of markersOf(data)) options.onEdit(seq, at);
  });
  return {
    ready,
    close: () => {
      if (renew !== null) clearInterval(renew);
      ws.removeAllListeners("close");
      ws.on("error", () => {});
      ws.terminate();
    },
  };
}
