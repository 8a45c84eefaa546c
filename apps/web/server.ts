// The production server. Next.js serves the pages and the auth routes; /api/trpc goes straight to
// tRPC's node adapter (same router, context factory, CSRF origin check and security headers as the
// route handler in src/app/api/trpc, which `next dev` still uses), skipping Next's per-request
// routing and fetch conversion, and answering repeated public fact queries from a cache kept per
// data version. Run with `pnpm --filter @corridor/web start [--port N]`.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { createApiNodeHandler } from "@corridor/api";
import { allowedOrigins, collabPublicUrl, env } from "./src/env.ts";
import { createContext, factStore } from "./src/server/context.ts";
import { securityHeaders } from "./src/server/security-headers.ts";

const TRPC_PATH = "/api/trpc";

/** The value after `--port`/`-p` (or `--hostname`/`-H`), as `next start` takes them. */
function argument(names: readonly string[]): string | undefined {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 ? args[index + 1] : undefined;
}

const portArgument = Number(argument(["--port", "-p"]));
const port = Number.isInteger(portArgument) && portArgument > 0 && portArgument < 65536 ? portArgument : env.PORT;
// All interfaces unless told otherwise, like `next start`. (Not $HOSTNAME: containers set it to their name.)
const hostname = argument(["--hostname", "-H"]);
const dir = path.dirname(fileURLToPath(import.meta.url));

const app = next({ dev: false, dir, hostname: hostname ?? "localhost", port });
const nextHandler = app.getRequestHandler();
const trpcHandler = createApiNodeHandler({
  basePath: TRPC_PATH,
  createContext,
  facts: factStore(),
  allowedOrigins,
  // The headers next.config.ts gives every answer (the collab URL is the same env variable).
  responseHeaders: securityHeaders({ collabUrl: collabPublicUrl, dev: false }),
  onError({ error, path: procedure }) {
    // Client errors are answered with their code; only unexpected failures are worth a log line.
    if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${procedure ?? "<no path>"} failed:`, error);
  },
});

await app.prepare();
const server = createServer((req, res) => {
  const url = req.url ?? "/";
  if (url.startsWith(`${TRPC_PATH}/`)) trpcHandler(req, res);
  else void nextHandler(req, res);
});
server.listen(port, hostname, () => {
  console.warn(`Corridor Board web listening on http://${hostname ?? "localhost"}:${port}`);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
