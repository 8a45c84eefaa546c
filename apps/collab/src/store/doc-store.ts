// The persistence boundary: an append-only update log per room plus a compacted state.
export interface StoredDoc {
  state: Uint8Array | null;
  /** Log entries after the compacted state, oldest first. */
  updates: Uint8Array[];
}

export interface CompactionResult {
  /** How many log entries were folded into the stored state (and deleted). */
  folded: number;
}

export interface DocStore {
  load(room: string): Promise<StoredDoc>;
  /** Appends updates in order, atomically; resolves once they are committed. */
  append(room: string, updates: readonly Uint8Array[]): Promise<void>;
  /** Folds the oldest log entries into the stored state. Must not run concurrently for one room. */
  compact(room: string): Promise<CompactionResult>;
}
