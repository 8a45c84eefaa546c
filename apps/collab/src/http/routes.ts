// Plain HTTP on the collab port: /healthz and /metrics (JSON). Everything else is 404; the
// WebSocket upgrade is handled separately.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { MetricsSnapshot } from "../metrics.ts";

export interface RouteOptions {
  metrics: () => MetricsSnapshot;
  healthy: () => boolean;
}

export function createRequestHandler(options: RouteOptions): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const path = (request.url ?? "/").split("?")[0];
    if (request.method !== "GET" && request.method !== "HEAD") return send(response, 405, { error: "method not allowed" });
    if (path === "/healthz") {
      const healthy = options.healthy();
      return send(response, healthy ? 200 : 503, { status: healthy ? "ok" : "shutting-down" });
    }
    if (path === "/metrics") return send(response, 200, options.metrics());
    return send(response, 404, { error: "not found" });
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", "content-length": Buffer.byteLength(text) });
  response.end(text);
}
