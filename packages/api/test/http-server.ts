// Serves the real app router over HTTP through the same node handler the web app's server mounts,
// on an ephemeral port, so the suites exercise the request path a client sees: URL-encoded input,
// status codes, JSON, session cookies resolved by the real auth layer.
import type { AddressInfo } from "node:net";
import { createServer } from "node:http";
import type { Auth } from "@corridor/auth";
import type { DbClient } from "@corridor/db";
import { FactStore } from "../src/facts/fact-store.ts";
import { createApiNodeHandler } from "../src/http/node-handler.ts";
import { createTRPCContext, type CollabConfig } from "../src/trpc.ts";

export interface ApiServerOptions {
  auth?: Auth;
  collab?: CollabConfig;
  /** Origins allowed to send mutations; by default the check is off (the suites test other concerns). */
  allowedOrigins?: readonly string[];
}

export async function startApiServer(db: DbClient, options: ApiServerOptions = {}) {
  const facts = new FactStore(db);
  const server = createServer(
    createApiNodeHandler({
      basePath: "",
      facts,
      allowedOrigins: options.allowedOrigins ?? null,
      createContext: (headers) =>
        createTRPCContext({
          db,
          facts,
          headers,
          collab: options.collab ?? null,
          getSession: async () => {
            const session = await options.auth?.api.getSession({ headers });
            return session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null;
          },
        }),
    }),
  );
  // Idle keep-alive sockets stay open: a suite that renders a PDF or PNG in this same process
  // blocks the event loop for seconds, after which the server's idle timer and the client's next
  // request on the pooled socket race (ECONNRESET). close() ends every connection itself.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    facts,
    /** GET a query procedure with wire-encoded input ({"json": …}); returns status and parsed body. */
    async query(procedure: string, input?: unknown, cookie?: string) {
      const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      const response = await fetch(`${base}/${procedure}${search}`, { headers: cookie ? { cookie } : {} });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    /** POST a mutation. */
    async mutate(procedure: string, input: unknown, cookie?: string) {
      const response = await fetch(`${base}/${procedure}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ json: input }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
