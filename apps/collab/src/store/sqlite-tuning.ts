// SQLite settings for an append-heavy log. WAL lets readers (the web app) proceed while we write.
// synchronous=NORMAL in WAL mode skips the fsync on each commit: a committed append survives a
// crash or kill -9 of this process (it is in the OS page cache) but the last commits can be lost if
// the machine itself loses power. FULL keeps an fsync per commit (about 20 ms on this disk).
import type { DbClient } from "@corridor/db";

export type SqliteSynchronous = "NORMAL" | "FULL";

export async function tuneSqlite(client: DbClient, synchronous: SqliteSynchronous): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe(`PRAGMA synchronous = ${synchronous === "FULL" ? "FULL" : "NORMAL"}`);
}
