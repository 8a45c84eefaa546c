// Background compaction: at most one run per room at a time, requests during a run coalesce into
// one more run. Works on the database alone, so it never waits on (or blocks) the edit path.
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics.ts";
import type { DocStore } from "../store/doc-store.ts";

export interface CompactorOptions {
  store: DocStore;
  logger: Logger;
  metrics: Metrics;
  onCompacted: (room: string, folded: number) => void;
}

export class Compactor {
  private readonly running = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();

  constructor(private readonly options: CompactorOptions) {}

  request(room: string): void {
    if (this.running.has(room)) {
      this.again.add(room);
      return;
    }
    const run = this.run(room).finally(() => {
      this.running.delete(room);
      if (this.again.delete(room)) this.request(room);
    });
    this.running.set(room, run);
  }

  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled(Array.from(this.running.values()));
  }

  private async run(room: string): Promise<void> {
    const { store, logger, metrics } = this.options;
    try {
      const { folded } = await store.compact(room);
      metrics.compactions++;
      if (folded > 0) logger.debug("compacted", { room, folded });
      this.options.onCompacted(room, folded);
    } catch (error) {
      metrics.compactionFailures++;
      logger.error("compaction failed; the log stays as it is", { room, error });
    }
  }
}
