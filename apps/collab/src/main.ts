// Entry point: env → config → database → server. SIGTERM/SIGINT close the server, which writes
// every pending update before the process exits.
import { loadOrCreateSecret } from "@corridor/collab-token";
import { createDatabase } from "@corridor/db";
import { parseCollabConfig } from "./config.ts";
import { readEnv } from "./env.ts";
import { createJsonLogger } from "./logger.ts";
import { createCollabServer } from "./server.ts";
import { createPrismaDocStore } from "./store/prisma-doc-store.ts";
import { tuneSqlite } from "./store/sqlite-tuning.ts";

async function main(): Promise<void> {
  const env = readEnv();
  const logger = createJsonLogger({ write: (line) => process.stdout.write(line), level: env.logLevel, base: { service: "collab" } });
  const database = createDatabase(env.databaseUrl);
  let tokenSecret = env.tokenSecret;
  if (tokenSecret === undefined) {
    if (database.target.provider !== "sqlite") {
      throw new Error("COLLAB_TOKEN_SECRET is required with a PostgreSQL DATABASE_URL (the shared secret file is for embedded mode)");
    }
    tokenSecret = loadOrCreateSecret(env.dataDir);
    logger.info("using the embedded collab secret", { dataDir: env.dataDir });
  }
  const config = parseCollabConfig({
    host: env.host,
    port: env.port,
    allowedOrigins: env.allowedOrigins,
    tokenSecret,
    limits: env.limits,
    ...(env.awarenessFlushMs === undefined ? {} : { awarenessFlushMs: env.awarenessFlushMs }),
    ...(env.unloadDelayMs === undefined ? {} : { unloadDelayMs: env.unloadDelayMs }),
    ...(env.compactEvery === undefined ? {} : { compaction: { everyUpdates: env.compactEvery } }),
  });
  // Fail fast (and warm the client up) when the database is unreachable or not migrated.
  await database.client.docState.findFirst({ select: { room: true } });
  if (database.target.provider === "sqlite") await tuneSqlite(database.client, env.sqliteSynchronous);
  const store = createPrismaDocStore({ client: database.client, logger });
  const server = createCollabServer({ config, store, logger });
  await server.listen();

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info("shutting down", { signal });
    server
      .close()
      .then(() => database.client.$disconnect())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error("shutdown failed", { error });
          process.exit(1);
        },
      );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
