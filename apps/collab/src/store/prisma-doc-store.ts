// DocStore on the DocUpdate log and DocState tables through @corridor/db (SQLite or PostgreSQL).
// Compaction reads committed rows only; because one process serializes appends per room, every
// in-flight append for a room gets an id above the rows compaction sees, so `id <= throughId`
// never deletes an unfolded row. (Several writer processes per room would need a per-room lock.)
import { mergeDocLog, readDocLog, toDbBytes, type DbClient } from "@corridor/db";
import * as Y from "yjs";
import type { Logger } from "../logger.ts";
import type { CompactionResult, DocStore, StoredDoc } from "./doc-store.ts";

export interface PrismaDocStoreOptions {
  client: DbClient;
  logger: Logger;
  /** Largest number of log rows folded in one compaction. */
  compactBatch?: number;
}

export function createPrismaDocStore(options: PrismaDocStoreOptions): DocStore {
  const { client, logger } = options;
  const compactBatch = options.compactBatch ?? 5000;

  async function load(room: string): Promise<StoredDoc> {
    return readDocLog(client, room);
  }

  async function append(room: string, updates: readonly Uint8Array[]): Promise<void> {
    if (updates.length === 0) return;
    if (updates.length === 1) {
      await client.docUpdate.create({ data: { room, update: toDbBytes(updates[0] ?? new Uint8Array()) } });
      return;
    }
    await client.docUpdate.createMany({ data: updates.map((update) => ({ room, update: toDbBytes(update) })) });
  }

  async function compact(room: string): Promise<CompactionResult> {
    const state = await client.docState.findUnique({ where: { room } });
    const rows = await client.docUpdate.findMany({
      where: { room, id: { gt: state?.throughId ?? 0 } },
      orderBy: { id: "asc" },
      take: compactBatch,
    });
    const last = rows.at(-1);
    if (last === undefined) return { folded: 0 };
    const doc = mergeDocLog({ state: state?.state ?? null, updates: rows.map((row) => row.update) }, (index, error) =>
      logger.error("compaction skipped an update that does not apply", { room, id: rows[index]?.id, error }),
    );
    const merged = toDbBytes(Y.encodeStateAsUpdate(doc));
    doc.destroy();
    await client.$transaction([
      client.docState.upsert({
        where: { room },
        create: { room, state: merged, throughId: last.id },
        update: { state: merged, throughId: last.id },
      }),
      client.docUpdate.deleteMany({ where: { room, id: { lte: last.id } } }),
    ]);
    return { folded: rows.length };
  }

  return { load, append, compact };
}
