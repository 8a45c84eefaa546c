// The API over node:http: tRPC's node adapter, the CSRF origin check for mutations, fixed response
// headers, and the per-data-version answer cache for public fact queries. The web app's production
// server mounts it at /api/trpc; the API test suites serve it at the root, so both run this code.
import type { IncomingMessage, ServerResponse } from "node:http";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { forbiddenOriginResponse, isAllowedOrigin } from "@corridor/auth";
import type { FactStore } from "../facts/fact-store.ts";
import { appRouter } from "../root.ts";
import type { TRPCContext } from "../trpc.ts";
import { FactResponseCache, isCacheableFactQuery, type CachedAnswer } from "./fact-response-cache.ts";

export interface ApiNodeHandlerOptions {
  /** Where the API is mounted, e.g. "/api/trpc"; "" serves it at the root. */
  basePath: string;
  /** The request context from the request's headers (the same factory the other entry points use). */
  createContext: (headers: Headers) => TRPCContext;
  /** The process's fact store: its data version keys the answer cache. */
  facts: FactStore;
  /** Origins allowed to send mutations (CSRF check); null turns the check off (tests of other concerns). */
  allowedOrigins: readonly string[] | null;
  /** Headers set on every answer (the app's security headers). */
  responseHeaders?: ReadonlyArray<{ key: string; value: string }>;
  cache?: FactResponseCache;
  onError?: (failure: { error: TRPCError; path: string | undefined }) => void;
}

export type NodeRequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Node's header object as a fetch Headers (repeated headers joined, as fetch does). */
export function headersFromNode(raw: IncomingMessage["headers"]): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === "string") headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(", "));
  }
  return headers;
}

export function createApiNodeHandler(options: ApiNodeHandlerOptions): NodeRequestHandler {
  const { basePath, createContext, facts, allowedOrigins } = options;
  const cache = options.cache ?? new FactResponseCache();
  const onError = options.onError;
  const inflight = new Map<string, Promise<CachedAnswer>>();
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: `${basePath}/`,
    createContext: ({ req }) => createContext(headersFromNode(req.headers)),
    onError,
  });

  /** A cache miss: answered through tRPC's fetch adapter so the bytes can be kept. */
  async function answerAndKeep(req: IncomingMessage, headers: Headers, url: URL): Promise<CachedAnswer> {
    const before = (await facts.snapshot()).version.hash;
    const response = await fetchRequestHandler({
      endpoint: basePath,
      router: appRouter,
      req: new Request(url, { method: "GET", headers }),
      createContext: () => createContext(headers),
      onError,
    });
    const answer: CachedAnswer = {
      status: response.status,
      headers: Array.from(response.headers.entries()),
      body: new Uint8Array(await response.arrayBuffer()),
    };
    // Kept only if the data version did not move while answering (the answer may be the newer one).
    const after = (await facts.snapshot()).version.hash;
    if (after === before) cache.set(before, req.url ?? "", answer);
    return answer;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const header of options.responseHeaders ?? []) res.setHeader(header.key, header.value);
    const method = req.method ?? "GET";
    const headers = headersFromNode(req.headers);
    if (allowedOrigins !== null && !isAllowedOrigin({ method, headers }, allowedOrigins)) {
      const refused = forbiddenOriginResponse();
      res.writeHead(refused.status, { "content-type": "application/json" });
      res.end(await refused.text());
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    const procedurePath = url.pathname.startsWith(`${basePath}/`) ? url.pathname.slice(basePath.length + 1) : "";
    if (!isCacheableFactQuery(method, procedurePath, headers)) {
      trpc(req, res);
      return;
    }
    let version: string;
    try {
      version = (await facts.snapshot()).version.hash;
    } catch {
      // The fact base cannot be read: tRPC answers that failure in its own error shape.
      trpc(req, res);
      return;
    }
    const key = req.url ?? "";
    let answer = cache.get(version, key);
    if (answer === undefined) {
      // Concurrent misses for one URL share one resolver run.
      let pending = inflight.get(key);
      if (pending === undefined) {
        pending = answerAndKeep(req, headers, url).finally(() => inflight.delete(key));
        inflight.set(key, pending);
      }
      answer = await pending;
    }
    res.statusCode = answer.status;
    for (const [key, value] of answer.headers) res.setHeader(key, value);
    res.setHeader("content-length", answer.body.byteLength);
    res.end(answer.body);
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Unexpected (tRPC answers its own errors, the snapshot failure goes to tRPC): a plain 500.
      if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "Internal server error", code: "INTERNAL_SERVER_ERROR" } }));
      options.onError?.({ error: new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: error }), path: undefined });
    });
  };
}
