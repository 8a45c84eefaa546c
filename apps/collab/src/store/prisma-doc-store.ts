// DocStore on the DocUpdate log and DocState tables through @corridor/db (SQLite or PostgreSQL).
// Compaction reads committed rows only; because one process serializes appends per room, every
// in-flight append for a room gets an id above the rows compaction sees, so `id <= throughId`
// never deletes an unfolded row. (Several writer processes per room would need a per-room lock.)
import type { DbClient } from "@corridor/db";
import * as Y from "yjs";
import type { Logger } from "../logger.ts";
import type { CompactionResult, DocStore, StoredDoc } from "./doc-store.ts";
import { buildDoc } from "./merge.ts";

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
    for (let attempt = 0; attempt < 5; attempt++) {
      const state = await client.docState.findUnique({ where: { room } });
      const throughId = state?.throughId ?? 0;
      const rows = await client.docUpdate.findMany({
        where: { room, id: { gt: throughId } },
        orderBy: { id: "asc" },
        select: { update: true },
      });
      // A compaction that committed between the two reads deleted rows we did not see: read again.
      const check = await client.docState.findUnique({ where: { room }, select: { throughId: true } });
      if ((check?.throughId ?? 0) === throughId) {
        return { state: state?.state ?? null, updates: rows.map((row) => row.update) };
      }
    }
    throw new Error(`room ${room}: state kept changing while loading`);
  }

  async function append(room: string, updates: readonly Uint8Array[]): Promise<void> {
    if (updates.length === 0) return;
    if (updates.length === 1) {
      await client.docUpdate.create({ data: { room, update: toBytes(updates[0] ?? new Uint8Array()) } });
      return;
    }
    await client.docUpdate.createMany({ data: updates.map((update) => ({ room, update: toBytes(update) })) });
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
    const doc = buildDoc({ state: state?.state ?? null, updates: rows.map((row) => row.update) }, (index, error) =>
      logger.error("compaction skipped an update that does not apply", { room, id: rows[index]?.id, error }),
    );
    const merged = toBytes(Y.encodeStateAsUpdate(doc));
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

function toBytes(view: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(view.byteLength);
  bytes.set(view);
  return bytes;
}
