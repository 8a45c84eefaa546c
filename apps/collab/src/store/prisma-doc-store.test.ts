// Group commit on the real databases: one append of several updates is one atomic write; once it
// resolves, a separate client (another process after a crash would be the same) reads every
// update, in order, and they rebuild the document.
import { createDatabase, mergeDocLog } from "@corridor/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { silentLogger } from "../logger.ts";
import { availableProviders, createTestDatabase, type TestDatabase } from "../test/databases.ts";
import { createPrismaDocStore } from "./prisma-doc-store.ts";

const providers = await availableProviders();

describe.each(providers)("PrismaDocStore group commit on %s", (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => database.drop());

  it("writes a batch of updates in one append that another connection reads back in order", async () => {
    const writer = createDatabase(database.url);
    const reader = createDatabase(database.url);
    try {
      const source = new Y.Doc();
      const updates: Uint8Array[] = [];
      source.on("update", (update: Uint8Array) => updates.push(update));
      for (let i = 0; i < 6; i++) source.getArray<number>("array").push([i]);
      const store = createPrismaDocStore({ client: writer.client, logger: silentLogger });
      await store.append("group-room", updates.slice(0, 1));
      await store.append("group-room", updates.slice(1));

      const stored = await createPrismaDocStore({ client: reader.client, logger: silentLogger }).load("group-room");
      expect(stored.updates).toHaveLength(6);
      stored.updates.forEach((update, index) => expect(Buffer.from(update).equals(Buffer.from(updates[index] ?? new Uint8Array()))).toBe(true));
      const rebuilt = mergeDocLog(stored, () => {
        throw new Error("a stored update failed to apply");
      });
      expect(rebuilt.getArray<number>("array").toArray()).toEqual([0, 1, 2, 3, 4, 5]);
    } finally {
      await writer.client.$disconnect();
      await reader.client.$disconnect();
    }
  });
});
