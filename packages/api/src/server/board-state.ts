// Reads a board's document from the database exactly as the collab server persists it: the
// compacted state plus the update log after it. Every update is logged before it is broadcast, so
// this is the document every client has seen.
import type { DbClient } from "@corridor/db";
import * as Y from "yjs";

export async function loadBoardState(db: DbClient, room: string): Promise<Uint8Array> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const state = await db.docState.findUnique({ where: { room } });
    const throughId = state?.throughId ?? 0;
    const rows = await db.docUpdate.findMany({ where: { room, id: { gt: throughId } }, orderBy: { id: "asc" }, select: { update: true } });
    // A compaction that committed between the two reads folded rows we did not see: read again.
    const check = await db.docState.findUnique({ where: { room }, select: { throughId: true } });
    if ((check?.throughId ?? 0) !== throughId) continue;
    const doc = new Y.Doc();
    doc.transact(() => {
      if (state) Y.applyUpdate(doc, state.state);
      for (const row of rows) {
        try {
          Y.applyUpdate(doc, row.update);
        } catch {
          // The collab server skips a log entry that cannot be applied; so does this reader.
        }
      }
    });
    return Y.encodeStateAsUpdate(doc);
  }
  throw new Error(`Board ${room}: its document kept changing while it was read`);
}
