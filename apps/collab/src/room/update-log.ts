// Per-room write path: updates are appended to the durable log in order, one batch in flight at a
// time, and handed on (applied, broadcast) only after their batch committed. A failed write keeps
// the batch queued and retries with backoff.
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import type { Clock } from "../rate-limit.ts";
import type { DocStore } from "../store/doc-store.ts";

export interface PendingUpdate<Origin> {
  update: Uint8Array;
  origin: Origin;
  receivedAt: number;
}

export interface UpdateLogOptions<Origin> {
  room: string;
  store: DocStore;
  batchMax: number;
  retryMaxMs: number;
  logger: Logger;
  metrics: Metrics;
  clock: Clock;
  onDurable: (batch: readonly PendingUpdate<Origin>[]) => void;
  onIdle: () => void;
}

export class UpdateLog<Origin> {
  private queue: PendingUpdate<Origin>[] = [];
  private writing = false;
  private retryDelayMs = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private waiters: Array<() => void> = [];
  private stopped = false;

  constructor(private readonly options: UpdateLogOptions<Origin>) {}

  get pending(): number {
    return this.queue.length;
  }

  get idle(): boolean {
    return this.queue.length === 0 && !this.writing;
  }

  push(update: Uint8Array, origin: Origin): void {
    this.queue.push({ update, origin, receivedAt: this.options.clock() });
    if (!this.writing && this.retryTimer === null) void this.flush();
  }

  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Stops retrying (shutdown after the timeout); queued updates stay unwritten. */
  stop(): void {
    this.stopped = true;
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private async flush(): Promise<void> {
    const { store, room, batchMax, logger, metrics, clock } = this.options;
    this.writing = true;
    while (this.queue.length > 0 && !this.stopped) {
      const batch = this.queue.slice(0, batchMax);
      try {
        await store.append(
          room,
          batch.map((entry) => entry.update),
        );
      } catch (error) {
        metrics.appendFailures++;
        this.retryDelayMs = Math.min(this.options.retryMaxMs, Math.max(50, this.retryDelayMs * 2));
        logger.error("appending to the update log failed; keeping the updates queued", { room, pending: this.queue.length, retryInMs: this.retryDelayMs, error });
        this.writing = false;
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          void this.flush();
        }, this.retryDelayMs);
        return;
      }
      this.retryDelayMs = 0;
      this.queue.splice(0, batch.length);
      const now = clock();
      metrics.appendBatches++;
      metrics.recordUpdates(
        batch.length,
        batch.map((entry) => now - entry.receivedAt),
      );
      this.options.onDurable(batch);
    }
    this.writing = false;
    if (this.queue.length === 0) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const resolve of waiters) resolve();
      this.options.onIdle();
    }
  }
}
