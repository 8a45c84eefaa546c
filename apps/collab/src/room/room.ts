// One board room: the Y.Doc, its awareness, its connections and its write path. Document updates
// go to the durable log first and reach the doc (and so every other client) only once committed.
import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import { applyUpdate, mergeUpdates } from "yjs";
import { CloseCode } from "../close-codes.ts";
import type { CollabConfig } from "../config.ts";
import type { Connection } from "../connection.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import {
  decodeClientMessage,
  encodeAwarenessMessage,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdateMessage,
  ProtocolError,
  type ClientMessage,
} from "../protocol.ts";
import type { Clock } from "../rate-limit.ts";
import type { DocStore } from "../store/doc-store.ts";
import { AwarenessFanout } from "./awareness-fanout.ts";
import type { Compactor } from "./compactor.ts";
import { UpdateLog, type PendingUpdate } from "./update-log.ts";

export interface RoomOptions {
  name: string;
  doc: Y.Doc;
  /** Log entries not yet folded into the stored state when the room was loaded. */
  uncompacted: number;
  config: CollabConfig;
  store: DocStore;
  compactor: Compactor;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
  /** Called when the room has no connections and nothing left to write. */
  onIdle: (room: Room) => void;
}

export class Room {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly awareness: awarenessProtocol.Awareness;
  readonly connections = new Set<Connection>();
  uncompacted: number;
  oldestUncompactedAt: number | null;
  private readonly log: UpdateLog<Connection | null>;
  private readonly fanout: AwarenessFanout;
  private readonly logger: Logger;
  /** Which connection introduced each awareness client id: nobody else (no other user) may change it. */
  private readonly awarenessOwners = new Map<number, Connection>();
  private compactTimer: NodeJS.Timeout | null = null;
  /** While a committed batch is applied: its updates, relayed together afterwards. */
  private applying: { update: Uint8Array; origin: unknown }[] | null = null;

  constructor(private readonly options: RoomOptions) {
    this.name = options.name;
    this.doc = options.doc;
    this.logger = options.logger.child({ room: options.name });
    this.uncompacted = options.uncompacted;
    this.oldestUncompactedAt = options.uncompacted > 0 ? options.clock() : null;
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.fanout = new AwarenessFanout({
      awareness: this.awareness,
      // One tick per awarenessFlushMs up to 250 connections, one more tick length per further 250:
      // presence stays smooth in small rooms and fan-out stays bounded in large ones.
      intervalMs: () => options.config.awarenessFlushMs * Math.max(1, Math.ceil(this.connections.size / 250)),
      maxRenewalsPerTick: options.config.awarenessRenewalsPerTick,
      broadcast: (message) => {
        options.metrics.awarenessBroadcasts++;
        this.broadcast(message, null);
      },
    });
    this.log = new UpdateLog({
      room: options.name,
      store: options.store,
      batchMax: options.config.appendBatchMax,
      retryMaxMs: options.config.appendRetryMaxMs,
      logger: this.logger,
      metrics: options.metrics,
      clock: options.clock,
      onDurable: (batch) => this.onDurable(batch),
      onIdle: () => this.checkIdle(),
    });
    this.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (this.applying !== null) this.applying.push({ update, origin });
      else this.broadcast(encodeUpdateMessage(update), origin);
    });
    if (this.uncompacted > 0) this.scheduleIdleCompaction();
  }

  get pendingAppends(): number {
    return this.log.pending;
  }

  get idle(): boolean {
    return this.connections.size === 0 && this.log.idle;
  }

  attach(connection: Connection): void {
    this.connections.add(connection);
    // Writers get our state vector so they send what they have and we lack (offline edits).
    if (connection.canWrite) connection.send(encodeSyncStep1(this.doc));
    if (this.awareness.getStates().size > 0) {
      const clients = Array.from(this.awareness.getStates().keys());
      connection.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)));
    }
    connection.attach((conn, frame) => this.receive(conn, frame));
  }

  detach(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    const owned = Array.from(connection.awarenessIds).filter((id) => this.awarenessOwners.get(id) === connection);
    for (const id of owned) this.awarenessOwners.delete(id);
    if (owned.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, owned, null);
    this.checkIdle();
  }

  whenFlushed(): Promise<void> {
    return this.log.whenIdle();
  }

  stopWrites(): void {
    this.log.stop();
  }

  onCompacted(folded: number): void {
    this.uncompacted = Math.max(0, this.uncompacted - folded);
    this.oldestUncompactedAt = this.uncompacted === 0 ? null : this.options.clock();
  }

  destroy(): void {
    if (this.compactTimer !== null) clearTimeout(this.compactTimer);
    this.fanout.destroy();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private receive(connection: Connection, frame: Uint8Array): void {
    let message: ClientMessage;
    try {
      message = decodeClientMessage(frame);
    } catch (error) {
      const reason = error instanceof ProtocolError ? error.message : "malformed message";
      this.logger.warn("malformed message", { connection: connection.id, user: connection.claims.userId, reason, bytes: frame.byteLength });
      connection.close(CloseCode.BAD_REQUEST, "malformed message");
      return;
    }
    switch (message.kind) {
      case "sync-step-1":
        connection.send(encodeSyncStep2(this.doc, message.stateVector));
        return;
      case "update":
        this.receiveUpdate(connection, message.update, message.empty);
        return;
      case "awareness":
        this.receiveAwareness(connection, message.update, message.entries);
        return;
      case "query-awareness": {
        const clients = Array.from(this.awareness.getStates().keys());
        connection.send(encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients)));
        return;
      }
      case "auth":
        return;
    }
  }

  private receiveUpdate(connection: Connection, update: Uint8Array, empty: boolean): void {
    if (empty) return;
    if (!connection.canWrite) {
      this.options.metrics.deniedViewerUpdates++;
      this.logger.info("dropped an update from a read-only connection", { connection: connection.id, user: connection.claims.userId });
      connection.send(encodePermissionDenied("read-only: this board is shared with you as a viewer; your changes are not saved"));
      return;
    }
    this.log.push(update, connection);
  }

  private receiveAwareness(connection: Connection, update: Uint8Array, entries: readonly { clientId: number; state: unknown }[]): void {
    for (const entry of entries) {
      const owner = this.awarenessOwners.get(entry.clientId);
      // The same user may take a client id over (a reconnect racing the old socket's close).
      if (owner !== undefined && owner !== connection && owner.claims.userId !== connection.claims.userId) {
        this.options.metrics.rejectedAwareness++;
        this.logger.warn("dropped an awareness update for another user's client", { connection: connection.id, user: connection.claims.userId, clientId: entry.clientId });
        return;
      }
    }
    for (const entry of entries) {
      if (entry.state === null) {
        connection.awarenessIds.delete(entry.clientId);
        this.awarenessOwners.delete(entry.clientId);
      } else {
        connection.awarenessIds.add(entry.clientId);
        this.awarenessOwners.set(entry.clientId, connection);
      }
    }
    if (connection.awarenessIds.size > this.options.config.limits.maxAwarenessClientsPerConnection) {
      this.logger.warn("too many awareness clients on one connection", { connection: connection.id, count: connection.awarenessIds.size });
      connection.close(CloseCode.BAD_REQUEST, "too many awareness clients");
      return;
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
  }

  private onDurable(batch: readonly PendingUpdate<Connection | null>[]): void {
    this.applying = [];
    for (const entry of batch) {
      try {
        applyUpdate(this.doc, entry.update, entry.origin);
      } catch (error) {
        this.logger.error("a logged update failed to apply", { error });
      }
    }
    const applied = this.applying;
    this.applying = null;
    this.relayBatch(applied);
    if (this.uncompacted === 0) this.oldestUncompactedAt = this.options.clock();
    this.uncompacted += batch.length;
    if (this.uncompacted >= this.options.config.compaction.everyUpdates) this.options.compactor.request(this.name);
    this.scheduleIdleCompaction();
  }

  private scheduleIdleCompaction(): void {
    if (this.compactTimer !== null) clearTimeout(this.compactTimer);
    this.compactTimer = setTimeout(() => {
      this.compactTimer = null;
      if (this.uncompacted > 0) this.options.compactor.request(this.name);
    }, this.options.config.compaction.idleMs);
  }

  /**
   * Relays a committed batch as one message per connection instead of one per update: everyone
   * gets the batch merged into a single update, except the writers in it, who get the merge of
   * the others' updates only (their own is never echoed, as for a single update).
   */
  private relayBatch(applied: readonly { update: Uint8Array; origin: unknown }[]): void {
    const first = applied[0];
    if (first === undefined) return;
    if (applied.length === 1) {
      this.broadcast(encodeUpdateMessage(first.update), first.origin);
      return;
    }
    const everything = encodeUpdateMessage(mergeUpdates(applied.map((entry) => entry.update)));
    const origins = new Set(applied.map((entry) => entry.origin));
    const forOrigin = new Map<unknown, Uint8Array | null>();
    for (const origin of origins) {
      const others = applied.filter((entry) => entry.origin !== origin).map((entry) => entry.update);
      forOrigin.set(origin, others.length === 0 ? null : encodeUpdateMessage(mergeUpdates(others)));
    }
    for (const connection of this.connections) {
      const message = forOrigin.has(connection) ? forOrigin.get(connection) : everything;
      if (message) connection.send(message);
    }
  }

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const connection of this.connections) if (connection !== except) connection.send(message);
  }

  private checkIdle(): void {
    if (this.idle) this.options.onIdle(this);
  }
}
