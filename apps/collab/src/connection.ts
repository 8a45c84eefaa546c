// One client socket: rate limit, send-buffer guard, awareness ids it introduced, a backlog of
// messages held until its room is loaded, and its token's expiry (the socket is closed with 4401
// "token expired" then: the token was checked at the upgrade only, and a revoked member must not keep
// a socket open for longer than the token they were given).
import type { VerifiedCollabClaims } from "@corridor/collab-token";
import { canWrite } from "@corridor/collab-token";
import type { RawData, WebSocket } from "ws";
import { CloseCode, closeCodeName } from "./close-codes.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";
import type { Clock, TokenBucket } from "./rate-limit.ts";

/** setTimeout's longest delay; a later expiry is re-armed when this one fires. */
const MAX_TIMER_MS = 2_147_483_647;

export interface ConnectionOptions {
  ws: WebSocket;
  id: number;
  room: string;
  claims: VerifiedCollabClaims;
  ip: string;
  bucket: TokenBucket;
  maxBufferedBytes: number;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
  onClose: (connection: Connection) => void;
}

export type FrameHandler = (connection: Connection, frame: Uint8Array) => void;

export class Connection {
  readonly id: number;
  readonly room: string;
  readonly claims: VerifiedCollabClaims;
  readonly canWrite: boolean;
  /** Awareness client ids this connection introduced; removed from the room when it closes. */
  readonly awarenessIds = new Set<number>();
  alive = true;
  private closed = false;
  private backlog: Uint8Array[] = [];
  private handler: FrameHandler | null = null;
  private expiryTimer: NodeJS.Timeout | null = null;
  private readonly ws: WebSocket;
  private readonly logger: Logger;

  constructor(private readonly options: ConnectionOptions) {
    this.id = options.id;
    this.room = options.room;
    this.claims = options.claims;
    this.canWrite = canWrite(options.claims.role);
    this.ws = options.ws;
    this.logger = options.logger;
    this.ws.on("message", (data, isBinary) => this.onMessage(data, isBinary));
    this.ws.on("pong", () => {
      this.alive = true;
    });
    this.ws.on("close", (code) => this.onSocketClose(code));
    this.armExpiry();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Starts delivering frames (the backlog first) once the room is ready. */
  attach(handler: FrameHandler): void {
    this.handler = handler;
    const backlog = this.backlog;
    this.backlog = [];
    for (const frame of backlog) {
      if (this.closed) return;
      handler(this, frame);
    }
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    if (this.ws.bufferedAmount > this.options.maxBufferedBytes) {
      this.close(CloseCode.SLOW_CONSUMER, "client is not reading fast enough");
      return;
    }
    this.ws.send(message, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.logger.info("closing connection", { connection: this.id, room: this.room, code: closeCodeName(code), reason });
    this.ws.close(code, reason);
    this.markClosed(code);
  }

  ping(): void {
    if (!this.alive) {
      this.logger.info("terminating unresponsive connection", { connection: this.id, room: this.room });
      this.ws.terminate();
      return;
    }
    this.alive = false;
    this.ws.ping();
  }

  terminate(): void {
    this.ws.terminate();
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) {
      this.close(CloseCode.BAD_REQUEST, "text frames are not part of the protocol");
      return;
    }
    if (!this.options.bucket.take()) {
      this.close(CloseCode.RATE_LIMITED, "message rate limit exceeded");
      return;
    }
    const frame = toUint8Array(data);
    this.options.metrics.messagesIn++;
    this.options.metrics.bytesIn += frame.byteLength;
    if (this.handler === null) this.backlog.push(frame);
    else this.handler(this, frame);
  }

  private armExpiry(): void {
    const remainingMs = this.claims.expiresAt * 1000 - this.options.clock();
    if (remainingMs <= 0) {
      this.close(CloseCode.UNAUTHENTICATED, "token expired");
      return;
    }
    this.expiryTimer = setTimeout(() => {
      this.expiryTimer = null;
      this.armExpiry();
    }, Math.min(remainingMs, MAX_TIMER_MS));
    // The timer alone must not keep a stopping process alive.
    this.expiryTimer.unref();
  }

  private onSocketClose(code: number): void {
    this.markClosed(code);
  }

  private markClosed(code: number): void {
    if (this.closed) return;
    this.closed = true;
    this.backlog = [];
    if (this.expiryTimer !== null) clearTimeout(this.expiryTimer);
    this.expiryTimer = null;
    this.options.metrics.countClosed(closeCodeName(code));
    this.options.onClose(this);
  }
}

function toUint8Array(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
