// An in-memory DocStore with hooks to delay or fail calls: for tests of the write path.
import * as Y from "yjs";
import type { CompactionResult, DocStore, StoredDoc } from "./doc-store.ts";

export interface MemoryDocStore extends DocStore {
  loads: number;
  /** The size of every append call that committed, in order (group commit shows as sizes > 1). */
  appendedBatches: number[];
  /** Makes the next `count` appends reject. */
  failAppends(count: number): void;
  /** Holds appends until the returned function is called. */
  holdAppends(): () => void;
  logLength(room: string): number;
}

export function createMemoryDocStore(): MemoryDocStore {
  const logs = new Map<string, Uint8Array[]>();
  const states = new Map<string, Uint8Array>();
  let failures = 0;
  let gate: Promise<void> | null = null;
  const store: MemoryDocStore = {
    loads: 0,
    appendedBatches: [],
    async load(room: string): Promise<StoredDoc> {
      store.loads++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { state: states.get(room) ?? null, updates: [...(logs.get(room) ?? [])] };
    },
    async append(room: string, updates: readonly Uint8Array[]): Promise<void> {
      if (gate !== null) await gate;
      if (failures > 0) {
        failures--;
        throw new Error("injected append failure");
      }
      logs.set(room, [...(logs.get(room) ?? []), ...updates]);
      store.appendedBatches.push(updates.length);
    },
    async compact(room: string): Promise<CompactionResult> {
      const log = logs.get(room) ?? [];
      const previous = states.get(room);
      states.set(room, Y.mergeUpdates(previous === undefined ? log : [previous, ...log]));
      logs.set(room, []);
      return { folded: log.length };
    },
    failAppends(count: number): void {
      failures = count;
    },
    holdAppends(): () => void {
      let release = (): void => {};
      gate = new Promise<void>((resolve) => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      return release;
    },
    logLength(room: string): number {
      return (logs.get(room) ?? []).length;
    },
  };
  return store;
}
