// Coalesces awareness changes of one room and sends them as one message per tick, so N clients
// moving cursors cost N small entries per tick instead of N×N messages. Renewals (a client
// re-announcing an unchanged state, every 15 s in y-websocket) are spread over several ticks, at
// most `maxRenewalsPerTick` each: a room whose clients all connected together would otherwise
// renew in one burst of N states to N sockets. Renewals only need to beat the 30 s timeout.
import * as awarenessProtocol from "y-protocols/awareness";
import { encodeAwarenessMessage } from "../protocol.ts";

export interface AwarenessFanoutOptions {
  awareness: awarenessProtocol.Awareness;
  /** Tick length, asked for each tick (rooms stretch it as they grow). 0 sends at once. */
  intervalMs: () => number;
  maxRenewalsPerTick: number;
  broadcast: (message: Uint8Array) => void;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export class AwarenessFanout {
  private changed = new Set<number>();
  private renewals = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private readonly onChange = (change: AwarenessChange): void => {
    for (const id of [...change.added, ...change.updated, ...change.removed]) {
      this.changed.add(id);
      this.renewals.delete(id);
    }
  };
  private readonly onUpdate = (change: AwarenessChange): void => {
    for (const id of [...change.added, ...change.updated, ...change.removed]) if (!this.changed.has(id)) this.renewals.add(id);
    this.schedule();
  };

  constructor(private readonly options: AwarenessFanoutOptions) {
    // y-protocols emits `change` (real changes) before `update` (changes and renewals).
    options.awareness.on("change", this.onChange);
    options.awareness.on("update", this.onUpdate);
  }

  get pendingRenewals(): number {
    return this.renewals.size;
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    const clients = Array.from(this.changed);
    this.changed = new Set();
    let renewed = 0;
    for (const id of this.renewals) {
      if (renewed >= this.options.maxRenewalsPerTick) break;
      clients.push(id);
      this.renewals.delete(id);
      renewed++;
    }
    if (clients.length > 0) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.options.awareness, clients);
      this.options.broadcast(encodeAwarenessMessage(update));
    }
    if (this.renewals.size > 0) this.schedule();
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.options.awareness.off("change", this.onChange);
    this.options.awareness.off("update", this.onUpdate);
  }

  private schedule(): void {
    if (this.timer !== null) return;
    const interval = this.options.intervalMs();
    if (interval === 0) {
      this.flush();
      return;
    }
    this.timer = setTimeout(() => this.flush(), interval);
  }
}
