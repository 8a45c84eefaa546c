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
