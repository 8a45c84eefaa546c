// Fresh, migrated, seeded databases for the integration suites: a temporary SQLite file, and a
// new PostgreSQL database per run on the local server (dropped afterwards).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { createDatabase, type Database } from "@corridor/db";
import { applyMigrations } from "../scripts/migrate-lib.ts";
import { seedDefaultBoard } from "../seed/boards.ts";
import { seedFactBase } from "../seed/seed.ts";

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export interface TestDatabase {
  url: string;
  database: Database;
  dispose(): Promise<void>;
}

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(provider: "sqlite" | "postgresql", options: { seed?: boolean } = {}): Promise<TestDatabase> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-test-"));
    url = `file:${path.join(dir, "test.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const name = `corridor_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    cleanup = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
  await applyMigrations({ databaseUrl: url });
  const database = createDatabase(url);
  if (options.seed !== false) {
    await seedFactBase(database.client);
    await seedDefaultBoard(database.client);
  }
  return {
    url,
    database,
    async dispose() {
      await database.client.$disconnect();
      await cleanup();
    },
  };
}
