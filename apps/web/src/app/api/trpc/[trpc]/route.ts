// The tRPC HTTP endpoint under `next dev`: /api/trpc/<procedure>, GET for queries (batched), POST
// for mutations. Mutations must come from an allowed origin (CSRF check, besides the SameSite
// session cookie). In production server.ts answers /api/trpc before Next sees it, with the same
// router, context factory and origin check (packages/api/src/http/node-handler.ts).
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@corridor/api";
import { withOriginCheck } from "@corridor/auth";
import { allowedOrigins } from "~/env";
import { createContext } from "~/server/context";

function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req,
    createContext: () => createContext(req.headers),
    onError({ error, path }) {
      // Client errors are answered with their code; only unexpected failures are worth a log line.
      if (error.code === "INTERNAL_SERVER_ERROR") {
        console.error(`tRPC ${path ?? "<no path>"} failed:`, error);
      }
    },
  });
}

const POST = withOriginCheck(handler, allowedOrigins);

export { handler as GET, POST };
