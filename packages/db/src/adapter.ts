// Driver adapters: Prisma 7 talks to the database through these, both for queries (the client)
// and for migrations (the WebAssembly schema engine).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseTarget } from "./database-url.ts";

export type AdapterFactory = PrismaBetterSqlite3 | PrismaPg;

export function createAdapterFactory(target: DatabaseTarget): AdapterFactory {
  if (target.provider === "sqlite") {
    mkdirSync(path.dirname(target.filePath), { recursive: true });
    return new PrismaBetterSqlite3({ url: target.filePath, timeout: 5000 });
  }
  return new PrismaPg({ connectionString: target.url, max: 10 });
}
