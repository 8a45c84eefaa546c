// The rooms of this process: loads deduplicated (one promise per room), a capacity cap, and idle
// rooms unloaded after a delay once they have no connections and nothing left to write.
import { CloseCode } from "../close-codes.ts";
import type { CollabConfig } from "../config.ts";
import type { Connection } from "../connection.ts";
import type { Logger } from "../logger.ts";
import type { Metrics, MetricsGauges } from "../metrics.ts";
import type { Clock } from "../rate-limit.ts";
import type { DocStore } from "../store/doc-store.ts";
import { mergeDocLog } from "@corridor/db";
import { Compactor } from "./compactor.ts";
import { Room } from "./room.ts";

export interface RoomRegistryOptions {
  config: CollabConfig;
  store: DocStore;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>();
  private readonly compactor: Compactor;
  private closing = false;

  constructor(private readonly options: RoomRegistryOptions) {
    this.compactor = new Compactor({
      store: options.store,
      logger: options.logger,
      metrics: options.metrics,
      onCompacted: (room, folded) => this.rooms.get(room)?.onCompacted(folded),
    });
  }

  hasCapacityFor(name: string): boolean {
    if (this.rooms.has(name) || this.loading.has(name)) return true;
    return this.rooms.size + this.loading.size < this.options.config.limits.maxRooms;
  }

  /** Adds a connection to its room, loading the room first if needed; frames wait in the connection's backlog meanwhile. */
  async join(connection: Connection): Promise<void> {
    const name = connection.room;
    let room: Room;
    try {
      room = await this.acquire(name);
    } catch (error) {
      this.options.logger.error("room failed to load", { room: name, error });
      connection.close(CloseCode.ROOM_UNAVAILABLE, "room could not be loaded");
      return;
    }
    if (connection.isClosed) {
      this.onIdle(room);
      return;
    }
    room.attach(connection);
  }

  leave(connection: Connection): void {
    this.rooms.get(connection.room)?.detach(connection);
  }

  gauges(): MetricsGauges {
    let connections = 0;
    let pendingAppends = 0;
    let uncompactedUpdates = 0;
    let oldest: number | null = null;
    for (const room of this.rooms.values()) {
      connections += room.connections.size;
      pendingAppends += room.pendingAppends;
      uncompactedUpdates += room.uncompacted;
      if (room.oldestUncompactedAt !== null) oldest = Math.min(oldest ?? Infinity, room.oldestUncompactedAt);
    }
    return {
      rooms: this.rooms.size,
      connections,
      pendingAppends,
      uncompactedUpdates,
      oldestUncompactedMs: oldest === null ? 0 : this.options.clock() - oldest,
    };
  }

  allConnections(): Connection[] {
    return Array.from(this.rooms.values()).flatMap((room) => Array.from(room.connections));
  }

  /** Shutdown: close every connection, wait for pending writes (bounded), then compact. */
  async close(reason: string): Promise<void> {
    this.closing = true;
    for (const timer of this.unloadTimers.values()) clearTimeout(timer);
    this.unloadTimers.clear();
    await Promise.allSettled(this.loading.values());
    for (const connection of this.allConnections()) connection.close(CloseCode.GOING_AWAY, reason);
    const rooms = Array.from(this.rooms.values());
    const flushed = Promise.all(rooms.map((room) => room.whenFlushed()));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), this.options.config.shutdownTimeoutMs);
    });
    const outcome = await Promise.race([flushed.then(() => "flushed" as const), timedOut]);
    clearTimeout(timer);
    if (outcome === "timeout") {
      const pending = rooms.reduce((sum, room) => sum + room.pendingAppends, 0);
      this.options.logger.error("shutdown: pending updates could not be written in time", { pending });
    }
    for (const room of rooms) {
      room.stopWrites();
      room.destroy();
    }
    this.rooms.clear();
    await this.compactor.drain();
  }

  private acquire(name: string): Promise<Room> {
    const existing = this.rooms.get(name);
    if (existing !== undefined) {
      this.cancelUnload(name);
      return Promise.resolve(existing);
    }
    const inFlight = this.loading.get(name);
    if (inFlight !== undefined) return inFlight;
    const load = this.load(name).finally(() => this.loading.delete(name));
    this.loading.set(name, load);
    return load;
  }

  private async load(name: string): Promise<Room> {
    const { config, store, logger, metrics, clock } = this.options;
    const started = clock();
    const stored = await store.load(name);
    const doc = mergeDocLog(stored, (index, error) => logger.error("skipped a stored update that does not apply", { room: name, index, error }));
    const room = new Room({
      name,
      doc,
      uncompacted: stored.updates.length,
      config,
      store,
      compactor: this.compactor,
      logger,
      metrics,
      clock,
      onIdle: (idle) => this.onIdle(idle),
    });
    this.rooms.set(name, room);
    logger.info("room loaded", { room: name, logEntries: stored.updates.length, hasState: stored.state !== null, ms: clock() - started });
    return room;
  }

  private onIdle(room: Room): void {
    if (this.closing || !room.idle || this.unloadTimers.has(room.name)) return;
    this.unloadTimers.set(
      room.name,
      setTimeout(() => this.unload(room), this.options.config.unloadDelayMs),
    );
  }

  private cancelUnload(name: string): void {
    const timer = this.unloadTimers.get(name);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.unloadTimers.delete(name);
  }

  private unload(room: Room): void {
    this.unloadTimers.delete(room.name);
    if (!room.idle || this.rooms.get(room.name) !== room) return;
    this.rooms.delete(room.name);
    room.destroy();
    if (room.uncompacted > 0) this.compactor.request(room.name);
    this.options.logger.info("room unloaded", { room: room.name });
  }
}
