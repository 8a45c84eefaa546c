// One database client per process (per URL). Kept on globalThis so Next.js dev-mode module
// reloading and route bundles that each import this module still share one connection pool.
import { createDatabase, type Database } from "./client.ts";

const KEY = Symbol.for("corridor-board.databases");
type Registry = Map<string, Database>;

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [KEY]?: Registry };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

export function getDatabase(url: string): Database {
  const existing = registry().get(url);
  if (existing) return existing;
  const created = createDatabase(url);
  registry().set(url, created);
  return created;
}

export async function closeDatabase(url: string): Promise<void> {
  const existing = registry().get(url);
  if (!existing) return;
  registry().delete(url);
  await existing.client.$disconnect();
}
