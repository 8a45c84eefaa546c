// `pnpm --filter @corridor/prisma migrate:new <name>`: diffs the datamodel copy stored with the
// newest migration against prisma/datamodel.prisma, per provider, and writes the next migration.
// No database is needed: the WebAssembly engine diffs two datamodels (it cannot create a shadow
// database for SQLite, so Prisma's createMigration is not used).
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAdapterFactory } from "@corridor/db";
import { listMigrations, writeMigration } from "./migrations-folder.ts";
import { PROVIDERS, datamodelPath } from "./providers.ts";
import { openSchemaEngine } from "./schema-engine.ts";
import { schemaFor } from "./schema-text.ts";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: migrate:new <name>");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const current = readFileSync(datamodelPath, "utf8");

for (const provider of PROVIDERS) {
  const previous = listMigrations(provider).at(-1)?.snapshot ?? null;
  // The engine needs an adapter even for a pure diff; a throwaway SQLite file serves both providers'
  // diffs because neither side of the diff is a live database.
  const scratch = createAdapterFactory({ provider: "sqlite", filePath: path.join(os.tmpdir(), `corridor-diff-${process.pid}.db`), url: "" });
  const schema = (text: string) => ({ path: "schema.prisma", content: schemaFor(provider, text, null) });
  const { engine, close } = await openSchemaEngine(schema(current), scratch);
  const result = await engine.diff({
    from: previous === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [schema(previous)] },
    to: { tag: "schemaDatamodel", files: [schema(current)] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  await close();
  const sql = result.stdout ?? "";
  if (!/\b(CREATE|ALTER|DROP)\b/i.test(sql)) {
    console.log(`${provider}: datamodel unchanged since the last migration; nothing written`);
    continue;
  }
  console.log(`${provider}: wrote ${writeMigration(provider, `${stamp}_${name}`, sql, current)}`);
}
