// The collab server: an HTTP server (health, metrics) whose upgrade path admits y-websocket
// connections into rooms. Everything it needs is injected; nothing lives at module level.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { secretKeyObject } from "@corridor/collab-token";
import { WebSocketServer, type WebSocket } from "ws";
import { admit, type Admission } from "./admission.ts";
import { CloseCode, closeCodeName } from "./close-codes.ts";
import type { CollabConfig } from "./config.ts";
import { Connection } from "./connection.ts";
import { createRequestHandler } from "./http/routes.ts";
import type { Logger } from "./logger.ts";
import { Metrics, type MetricsSnapshot } from "./metrics.ts";
import { TokenBucket, WindowCounter, type Clock } from "./rate-limit.ts";
import { RoomRegistry } from "./room/registry.ts";
import type { DocStore } from "./store/doc-store.ts";

export interface CollabServerOptions {
  config: CollabConfig;
  store: DocStore;
  logger: Logger;
  clock?: Clock;
}

export interface CollabServer {
  listen(): Promise<{ port: number; host: string }>;
  close(reason?: string): Promise<void>;
  metrics(): MetricsSnapshot;
}

export function createCollabServer(options: CollabServerOptions): CollabServer {
  const { config, store, logger } = options;
  const clock = options.clock ?? (() => performance.timeOrigin + performance.now());
  const metrics = new Metrics(clock);
  const registry = new RoomRegistry({ config, store, logger, metrics, clock });
  const tokenKey = secretKeyObject(config.tokenSecret);
  const attemptsPerIp = new WindowCounter(config.limits.connectionsPerIpPerMinute, 60_000, clock);
  const wss = new WebSocketServer({ noServer: true, maxPayload: config.limits.maxMessageBytes, perMessageDeflate: false, clientTracking: false });
  let nextConnectionId = 1;
  let closing = false;
  let pingTimer: NodeJS.Timeout | null = null;

  const snapshot = (): MetricsSnapshot => metrics.snapshot(registry.gauges());
  const http = createServer(createRequestHandler({ metrics: snapshot, healthy: () => !closing }));
  http.on("clientError", (error, socket) => {
    logger.debug("http client error", { error });
    socket.destroy();
  });
  http.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on("error", (error) => logger.debug("upgrade socket error", { error }));
    if (closing) {
      socket.destroy();
      return;
    }
    admit({ request, config, tokenKey, attemptsPerIp }).then(
      (admission) => complete(request, socket, head, admission),
      (error: unknown) => {
        logger.error("admission failed", { error });
        socket.destroy();
      },
    );
  });

  function complete(request: IncomingMessage, socket: Duplex, head: Buffer, admission: Admission): void {
    if (socket.destroyed) return;
    wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      ws.on("error", (error) => logger.info("socket error", { error, ip: admission.ip }));
      if (!admission.ok) return refuse(ws, admission.code, admission.reason, { ip: admission.ip, detail: admission.detail });
      if (closing) return refuse(ws, CloseCode.GOING_AWAY, "server shutting down", { ip: admission.ip });
      if (!registry.hasCapacityFor(admission.room)) {
        return refuse(ws, CloseCode.ROOM_CAPACITY, "server is at room capacity, try again later", { ip: admission.ip, room: admission.room });
      }
      const id = nextConnectionId++;
      const connection = new Connection({
        ws,
        id,
        room: admission.room,
        claims: admission.claims,
        ip: admission.ip,
        bucket: new TokenBucket(config.limits.messageBurst, config.limits.messagesPerSecond, clock),
        maxBufferedBytes: config.limits.maxBufferedBytes,
        logger,
        metrics,
        clock,
        onClose: (closed) => registry.leave(closed),
      });
      logger.debug("connection opened", { connection: id, room: admission.room, user: admission.claims.userId, role: admission.claims.role });
      void registry.join(connection);
    });
  }

  function refuse(ws: WebSocket, code: number, reason: string, fields: Record<string, unknown>): void {
    metrics.countRejected(closeCodeName(code));
    logger.info("connection refused", { code: closeCodeName(code), reason, ...fields });
    ws.close(code, reason);
  }

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(config.port, config.host, () => {
          http.off("error", reject);
          pingTimer = setInterval(() => {
            for (const connection of registry.allConnections()) connection.ping();
          }, config.pingIntervalMs);
          const address = http.address() as AddressInfo;
          logger.info("collab server listening", { host: config.host, port: address.port });
          resolve({ port: address.port, host: config.host });
        });
      }),
    close: async (reason = "server shutting down") => {
      if (closing) return;
      closing = true;
      if (pingTimer !== null) clearInterval(pingTimer);
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      await registry.close(reason);
      http.closeAllConnections();
      await httpClosed;
      logger.info("collab server stopped");
    },
    metrics: snapshot,
  };
}
