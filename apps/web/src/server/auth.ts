// One Better Auth instance per process, kept on globalThis like the FactStore, so dev-mode reloads
// and the separate route bundles (auth handler, tRPC handler, pages) share it.
import "server-only";
import { createAuth, type Auth } from "@corridor/auth";
import type { SessionUser } from "@corridor/api";
import { getDatabase } from "@corridor/db";
import { allowedOrigins, databaseUrl, publicUrl, secureCookies, trustProxy } from "~/env";
import { authSecret } from "./secrets";

const AUTH_KEY = Symbol.for("corridor-board.web.auth");

export function getAuth(): Auth {
  const holder = globalThis as typeof globalThis & { [AUTH_KEY]?: Auth };
  holder[AUTH_KEY] ??= createAuth({
    database: getDatabase(databaseUrl),
    secret: authSecret(),
    baseURL: publicUrl,
    trustedOrigins: [...allowedOrigins],
    secureCookies,
    trustProxy,
  });
  return holder[AUTH_KEY];
}

/** The signed-in user for a request's headers (its session cookie), or null. */
export async function sessionUserFrom(headers: Headers): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
}
