// How many local edits the server has not seen yet. y-websocket gives no per-update
// acknowledgement, so the measure is: local updates made since the connection was last in sync.
// A sync (the server sends its state and receives ours) delivers them all and resets the count.
export interface PendingState {
  synced: boolean;
  pending: number;
}

export type PendingEvent = { type: "local-update" } | { type: "synced" } | { type: "unsynced" };

export const INITIAL_PENDING: PendingState = { synced: false, pending: 0 };

export function reducePending(state: PendingState, event: PendingEvent): PendingState {
  switch (event.type) {
    case "local-update":
      return state.synced ? state : { ...state, pending: state.pending + 1 };
    case "synced":
      return { synced: true, pending: 0 };
    case "unsynced":
      return state.synced ? { ...state, synced: false } : state;
  }
}

/** Where a session keeps its count between page loads (the edits themselves are in IndexedDB). */
export interface PendingStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PENDING_KEY = (boardId: string) => `corridor-board:pending:${boardId}`;

/**
 * The count left by the last page load of this board: edits made offline and then reloaded
 * (still unsent, in IndexedDB) are still pending, so the status must not restart at zero.
 */
export function readStoredPending(storage: PendingStorage | null, boardId: string): PendingState {
  try {
    const stored = Number(storage?.getItem(PENDING_KEY(boardId)) ?? 0);
    return { synced: false, pending: Number.isSafeInteger(stored) && stored > 0 ? stored : 0 };
  } catch {
    return INITIAL_PENDING;
  }
}

export function storePending(storage: PendingStorage | null, boardId: string, state: PendingState): void {
  try {
    storage?.setItem(PENDING_KEY(boardId), String(state.pending));
  } catch {
    // Storage full or blocked: the count is a hint; the edits are safe in IndexedDB either way.
  }
}
