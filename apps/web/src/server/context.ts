// Server-side wiring of the tRPC context: one database client (per URL, kept by @corridor/db) and
// one FactStore per process, kept on globalThis so dev-mode reloads and separate route bundles share
// it; the session from Better Auth's cookie; the collab socket settings for collab.token.
import "server-only";
import { createTRPCContext, FactStore, type CollabConfig } from "@corridor/api";
import { getDatabase } from "@corridor/db";
import { collabPublicUrl, databaseUrl } from "~/env";
import { sessionUserFrom } from "./auth";
import { collabTokenSecret } from "./secrets";

const FACTS_KEY = Symbol.for("corridor-board.web.fact-store");
const COLLAB_KEY = Symbol.for("corridor-board.web.collab-config");

/** The process's FactStore, shared by every entry point (route handlers, pages, the custom server). */
export function factStore(): FactStore {
  const holder = globalThis as typeof globalThis & { [FACTS_KEY]?: FactStore };
  holder[FACTS_KEY] ??= new FactStore(getDatabase(databaseUrl).client);
  return holder[FACTS_KEY];
}

function collabConfig(): CollabConfig {
  const holder = globalThis as typeof globalThis & { [COLLAB_KEY]?: CollabConfig };
  holder[COLLAB_KEY] ??= { secret: collabTokenSecret(), url: collabPublicUrl };
  return holder[COLLAB_KEY];
}

/** The context for one request, from its headers. The session is looked up only when a procedure needs it. */
export function createContext(headers: Headers) {
  const db = getDatabase(databaseUrl).client;
  return createTRPCContext({
    db,
    facts: factStore(),
    headers,
    getSession: () => sessionUserFrom(headers),
    collab: collabConfig(),
  });
}
