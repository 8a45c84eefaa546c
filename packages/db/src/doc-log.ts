// A board's live document as the collab server persists it: a compacted state (DocState) plus the
// update log after it (DocUpdate). Every update is logged before it is broadcast, so state + log
// is the document every client has seen. The collab server loads rooms with this; the API reads
// boards for snapshots, exports and duplicates with it: one reader, one merge.
import * as Y from "yjs";
import type { DbClient } from "./client.ts";

export interface StoredDocLog {
  /** The compacted document, or null before the first compaction. */
  state: Uint8Array | null;
  /** Log entries after the compacted state, oldest first. */
  updates: Uint8Array[];
}

/**
 * Reads the compacted state and the log entries after it. A compaction that commits between the
 * two reads deletes rows this read did not see, so the state is read again and compared; a room
 * compacted five times during one read is reported rather than returned half-read.
 */
export async function readDocLog(client: DbClient, room: string): Promise<StoredDocLog> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const state = await client.docState.findUnique({ where: { room } });
    const throughId = state?.throughId ?? 0;
    const rows = await client.docUpdate.findMany({
      where: { room, id: { gt: throughId } },
      orderBy: { id: "asc" },
      select: { update: true },
    });
    const check = await client.docState.findUnique({ where: { room }, select: { throughId: true } });
    if ((check?.throughId ?? 0) === throughId) {
      return { state: state?.state ?? null, updates: rows.map((row) => row.update) };
    }
  }
  throw new Error(`room ${room}: its document kept changing while it was read`);
}

/**
 * Builds one document from a stored state and its log. An entry that fails to apply is skipped
 * and reported (index -1 is the state) instead of making the whole board unreadable.
 */
export function mergeDocLog(stored: { state: Uint8Array | null; updates: readonly Uint8Array[] }, onBadUpdate: (index: number, error: unknown) => void): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    if (stored.state !== null) applySafely(doc, stored.state, -1, onBadUpdate);
    stored.updates.forEach((update, index) => applySafely(doc, update, index, onBadUpdate));
  });
  return doc;
}

/** The merged document of a board as one update (what a new client would receive on sync). */
export async function readBoardDocState(client: DbClient, room: string, onBadUpdate: (index: number, error: unknown) => void = () => {}): Promise<Uint8Array> {
  const doc = mergeDocLog(await readDocLog(client, room), onBadUpdate);
  try {
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

function applySafely(doc: Y.Doc, update: Uint8Array, index: number, onBadUpdate: (index: number, error: unknown) => void): void {
  try {
    Y.applyUpdate(doc, update);
  } catch (error) {
    onBadUpdate(index, error);
  }
}

/** Prisma's Bytes fields take a Uint8Array backed by a plain ArrayBuffer (not a view into a shared or larger buffer). */
export function toDbBytes(view: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(view.byteLength);
  bytes.set(view);
  return bytes;
}
