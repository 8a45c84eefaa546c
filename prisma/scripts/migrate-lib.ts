// Applies the committed migrations for the database at a URL, offline, through the WebAssembly
// schema engine. Only pending migrations run; `_prisma_migrations` records them exactly as
// `prisma migrate deploy` would, so either tool can take over a database the other started.
import { readFileSync } from "node:fs";
import { createAdapterFactory, parseDatabaseUrl } from "@corridor/db";
import { migrationsListFor } from "./migrations-folder.ts";
import { datamodelPath } from "./providers.ts";
import { openSchemaEngine } from "./schema-engine.ts";
import { schemaFor } from "./schema-text.ts";

export interface ApplyResult {
  provider: "sqlite" | "postgresql";
  applied: string[];
}

export async function applyMigrations(options: { databaseUrl: string; log?: (line: string) => void }): Promise<ApplyResult> {
  const target = parseDatabaseUrl(options.databaseUrl);
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
