// Server-side wiring of the tRPC context: one database client (per URL, kept by @corridor/db) and
// one FactStore per process, kept on globalThis so dev-mode reloads and separate route bundles share it.
import "server-only";
import { createTRPCContext, FactStore } from "@corridor/api";
import { getDatabase } from "@corridor/db";
import { databaseUrl } from "~/env";

const FACTS_KEY = Symbol.for("corridor-board.web.fact-store");

function factStore(): FactStore {
  const holder = globalThis as typeof globalThis & { [FACTS_KEY]?: FactStore };
  holder[FACTS_KEY] ??= new FactStore(getDatabase(databaseUrl).client);
  return holder[FACTS_KEY];
}

/** The context for one request, from its headers. */
export function createContext(headers: Headers) {
  const db = getDatabase(databaseUrl).client;
  return createTRPCContext({ db, facts: factStore(), headers });
}
