// The y-websocket wire protocol: one message per binary frame, a varUint message type first.
// Decoding is strict (the whole frame must be consumed, updates must parse) so a malformed
// message is refused before anything reaches the log or the document.
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as authProtocol from "y-protocols/auth";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

export const MessageType = { SYNC: 0, AWARENESS: 1, AUTH: 2, QUERY_AWARENESS: 3 } as const;

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** `null` when the client removed its state. */
  state: unknown;
}

export type ClientMessage =
  | { kind: "sync-step-1"; stateVector: Uint8Array }
  | { kind: "update"; update: Uint8Array; empty: boolean }
  | { kind: "awareness"; update: Uint8Array; entries: AwarenessEntry[] }
  | { kind: "query-awareness" }
  | { kind: "auth" };

export class ProtocolError extends Error {
  override name = "ProtocolError";
}

export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new ProtocolError("trailing bytes after message");
    return message;
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(error instanceof Error ? error.message : "undecodable message");
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MessageType.SYNC:
      return readSync(decoder);
    case MessageType.AWARENESS: {
      const update = decoding.readVarUint8Array(decoder);
      return { kind: "awareness", update: copy(update), entries: decodeAwarenessEntries(update) };
    }
    case MessageType.QUERY_AWARENESS:
      return { kind: "query-awareness" };
    case MessageType.AUTH:
      // Clients never need to send auth messages; accept and ignore the payload.
      decoding.readTailAsUint8Array(decoder);
      return { kind: "auth" };
    default:
      throw new ProtocolError(`unknown message type ${type}`);
  }
}

function readSync(decoder: decoding.Decoder): ClientMessage {
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  switch (syncType) {
    case syncProtocol.messageYjsSyncStep1:
      Y.decodeStateVector(payload);
      return { kind: "sync-step-1", stateVector: copy(payload) };
    case syncProtocol.messageYjsSyncStep2:
    case syncProtocol.messageYjsUpdate: {
      const decoded = Y.decodeUpdate(payload);
      const empty = decoded.structs.length === 0 && decoded.ds.clients.size === 0;
      return { kind: "update", update: copy(payload), empty };
    }
    default:
      throw new ProtocolError(`unknown sync message type ${syncType}`);
  }
}

function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state: unknown = JSON.parse(decoding.readVarString(decoder));
    entries.push({ clientId, clock, state });
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError("trailing bytes in awareness update");
  return entries;
}

function copy(view: Uint8Array): Uint8Array {
  return Uint8Array.prototype.slice.call(view);
}

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.AUTH);
  authProtocol.writePermissionDenied(encoder, reason);
  return encoding.toUint8Array(encoder);
}
