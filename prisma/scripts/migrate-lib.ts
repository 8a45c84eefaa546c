// Applies the committed migrations for the database at a URL, offline, through the WebAssembly
// schema engine. Only pending migrations run; `_prisma_migrations` records them exactly as
// `prisma migrate deploy` would, so either tool can take over a database the other started.
import { existsSync, readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { createAdapterFactory, parseDatabaseUrl } from "@corridor/db";
import { listMigrations, migrationsListFor } from "./migrations-folder.ts";
import { datamodelPath } from "./providers.ts";
import { openSchemaEngine } from "./schema-engine.ts";
import { schemaFor } from "./schema-text.ts";

export interface ApplyResult {
  provider: "sqlite" | "postgresql";
  applied: string[];
}

/**
 * SQLite: which committed migrations the file still lacks, read directly; and, when some are
 * pending, the file switched back from WAL (which the collab server turns on) to a rollback
 * journal, because the WebAssembly engine's connections block each other on a WAL file.
 */
function prepareSqlite(filePath: string, provider: "sqlite"): string[] {
  const all = listMigrations(provider).map((m) => m.name);
  if (!existsSync(filePath)) return all;
  const db = new Database(filePath, { timeout: 5_000 });
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    const done = hasTable
      ? new Set(
          (db.prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL").all() as { migration_name: string }[]).map(
            (row) => row.migration_name,
          ),
        )
      : new Set<string>();
    const pending = all.filter((name) => !done.has(name));
    if (pending.length > 0 && String(db.pragma("journal_mode", { simple: true })).toLowerCase() === "wal") {
      try {
        db.pragma("wal_checkpoint(TRUNCATE)");
        db.pragma("journal_mode = DELETE");
      } catch (error) {
        throw new Error(`Cannot migrate ${filePath} while another process has it open (stop the web app and the collab server first): ${String(error)}`);
      }
    }
    return pending;
  } finally {
    db.close();
  }
}

export async function applyMigrations(options: { databaseUrl: string; log?: (line: string) => void }): Promise<ApplyResult> {
  const target = parseDatabaseUrl(options.databaseUrl);
  // Nothing pending: do not start the engine at all (a second start of an existing database).
  if (target.provider === "sqlite" && prepareSqlite(target.filePath, target.provider).length === 0) {
    return { provider: target.provider, applied: [] };
  }
  const adapterFactory = createAdapterFactory(target);
  const schema = { path: "schema.prisma", content: schemaFor(target.provider, readFileSync(datamodelPath, "utf8"), null) };
  const { engine, close } = await openSchemaEngine(schema, adapterFactory, options.log);
  try {
    const result = await engine.applyMigrations({
      migrationsList: migrationsListFor(target.provider),
      filters: { externalTables: [], externalEnums: [] },
    });
    return { provider: target.provider, applied: result.appliedMigrationNames };
  } finally {
    await close();
  }
}
