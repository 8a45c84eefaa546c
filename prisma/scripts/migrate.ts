// `pnpm db:migrate`: applies pending migrations to DATABASE_URL (default: the embedded SQLite file).
import { applyMigrations } from "./migrate-lib.ts";
import { defaultDatabaseUrl } from "./default-url.ts";

const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl();
const result = await applyMigrations({ databaseUrl });
console.log(
  result.applied.length > 0
    ? `migrations (${result.provider}): applied ${result.applied.join(", ")}`
    : `migrations (${result.provider}): database is up to date`,
);
