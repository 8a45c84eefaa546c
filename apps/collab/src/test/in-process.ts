// An in-process server on an ephemeral port with its own database client.
import { createDatabase, type Database } from "@corridor/db";
import { parseCollabConfig, type CollabConfigInput } from "../config.ts";
import { createJsonLogger, silentLogger, type Logger } from "../logger.ts";
import { createCollabServer, type CollabServer } from "../server.ts";
import type { DocStore } from "../store/doc-store.ts";
import { createMemoryDocStore } from "../store/memory-doc-store.ts";
import { createPrismaDocStore } from "../store/prisma-doc-store.ts";
import { tuneSqlite } from "../store/sqlite-tuning.ts";
import { TEST_SECRET } from "./clients.ts";

export interface RunningServer {
  server: CollabServer;
  url: string;
  httpUrl: string;
  port: number;
  store: DocStore;
  database: Database;
  stop(): Promise<void>;
}

export async function startServer(databaseUrl: string, overrides: Partial<CollabConfigInput> = {}, port = 0): Promise<RunningServer> {
  const logger: Logger = process.env.COLLAB_TEST_LOGS === "1" ? createJsonLogger({ write: (line) => process.stderr.write(line), level: "debug" }) : silentLogger;
  const database = createDatabase(databaseUrl);
  if (database.target.provider === "sqlite") await tuneSqlite(database.client, "NORMAL");
  const store = createPrismaDocStore({ client: database.client, logger });
  const config = parseCollabConfig({ port, tokenSecret: TEST_SECRET, unloadDelayMs: 200, ...overrides });
  const server = createCollabServer({ config, store, logger });
  const address = await server.listen();
  return {
    server,
    port: address.port,
    url: `ws://127.0.0.1:${address.port}`,
    httpUrl: `http://127.0.0.1:${address.port}`,
    store,
    database,
    stop: async () => {
      await server.close();
      await database.client.$disconnect();
    },
  };
}

/** An in-process server on an ephemeral port over an in-memory store (no database): for protocol tests. */
export async function startMemoryServer(overrides: Partial<CollabConfigInput> = {}): Promise<{ server: CollabServer; url: string }> {
  const server = createCollabServer({ config: parseCollabConfig({ port: 0, tokenSecret: TEST_SECRET, ...overrides }), store: createMemoryDocStore(), logger: silentLogger });
  const { port } = await server.listen();
  return { server, url: `ws://127.0.0.1:${port}` };
}
