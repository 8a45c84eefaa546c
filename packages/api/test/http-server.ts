// Serves the real app router over HTTP (tRPC's standalone adapter) on an ephemeral port, so the
// suites exercise the same request path a client sees: URL-encoded input, status codes, JSON.
import type { AddressInfo } from "node:net";
import { createHTTPServer } from "@trpc/server/adapters/standalone";
import type { DbClient } from "@corridor/db";
import { FactStore } from "../src/facts/fact-store.ts";
import { appRouter } from "../src/root.ts";
import { createTRPCContext } from "../src/trpc.ts";

export async function startApiServer(db: DbClient) {
  const facts = new FactStore(db);
  const server = createHTTPServer({
    router: appRouter,
    createContext: ({ req }) => createTRPCContext({ db, facts, headers: new Headers(req.headers as Record<string, string>) }),
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    base,
    facts,
    /** GET a query procedure with superjson-encoded input; returns status and parsed body. */
    async query(procedure: string, input?: unknown) {
      const search = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      const response = await fetch(`${base}/${procedure}${search}`);
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
