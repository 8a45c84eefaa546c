// Coalesces awareness changes of one room and sends them as one message per tick, so N clients
// renewing their presence cost N small entries per tick instead of N×N messages.
import * as awarenessProtocol from "y-protocols/awareness";
import { encodeAwarenessMessage } from "../protocol.ts";

export interface AwarenessFanoutOptions {
  awareness: awarenessProtocol.Awareness;
  /** Tick length, asked for each tick (rooms stretch it as they grow). 0 sends at once. */
  intervalMs: () => number;
  broadcast: (message: Uint8Array) => void;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export class AwarenessFanout {
  private changed = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private readonly listener = (change: AwarenessChange): void => this.onUpdate(change);

  constructor(private readonly options: AwarenessFanoutOptions) {
    options.awareness.on("update", this.listener);
  }

  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.changed.size === 0) return;
    const clients = Array.from(this.changed);
    this.changed = new Set();
    const update = awarenessProtocol.encodeAwarenessUpdate(this.options.awareness, clients);
    this.options.broadcast(encodeAwarenessMessage(update));
  }

  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.options.awareness.off("update", this.listener);
  }

  private onUpdate({ added, updated, removed }: AwarenessChange): void {
    for (const id of added) this.changed.add(id);
    for (const id of updated) this.changed.add(id);
    for (const id of removed) this.changed.add(id);
    if (this.timer !== null) return;
    const interval = this.options.intervalMs();
    if (interval === 0) {
      this.flush();
      return;
    }
    this.timer = setTimeout(() => this.flush(), interval);
  }
}
