// Fresh databases for one test file: a SQLite file in a temp dir, and (when reachable) a uniquely
// named PostgreSQL database dropped afterwards. Both migrated with the committed migrations.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { applyMigrations } from "@corridor/prisma/migrate";
import pg from "pg";

export type Provider = "sqlite" | "postgresql";

export interface TestDatabase {
  provider: Provider;
  url: string;
  drop(): Promise<void>;
}

const PG_ADMIN_URL = process.env.COLLAB_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  return provider === "sqlite" ? createSqlite() : createPostgres();
}

async function createSqlite(): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "collab-test-"));
  const url = `file:${path.join(dir, "collab.db")}`;
  await applyMigrations({ databaseUrl: url });
  return { provider: "sqlite", url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

async function createPostgres(): Promise<TestDatabase> {
  const name = `collab_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const admin = new URL(PG_ADMIN_URL);
  admin.pathname = `/${name}`;
  const url = admin.toString();
  await applyMigrations({ databaseUrl: url });
  return { provider: "postgresql", url, drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Providers to run on; PostgreSQL is left out, with the reason printed, when it is unreachable. */
export async function availableProviders(): Promise<Provider[]> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return ["sqlite", "postgresql"];
  } catch (error) {
    console.warn(`Skipping PostgreSQL collab tests: ${PG_ADMIN_URL} is unreachable (${error instanceof Error ? error.message : String(error)})`);
    return ["sqlite"];
  } finally {
    await client.end().catch(() => {});
  }
}
