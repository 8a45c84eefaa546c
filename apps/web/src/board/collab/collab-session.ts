// One live board document in the browser: a Y.Doc cached in IndexedDB (a reload offline still
// shows the board; offline edits are sent on the next sync), connected to the collab server with a
// short-lived token that is renewed before it expires and whenever the server refuses it. The
// session exposes an immutable snapshot of its state for React (useSyncExternalStore).
import { Awareness, removeAwarenessStates } from "y-protocols/awareness";
import { IndexeddbPersistence } from "y-indexeddb";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { migrateBoardDoc } from "@corridor/board-doc";
import { identityFromToken, type CollabIdentity } from "./identity";
import { readStoredPending, reducePending, storePending, type PendingEvent, type PendingState } from "./pending";

export interface CollabToken {
  token: string;
  url: string;
  expiresAt: Date;
}

export type ConnectionStatus = "connected" | "syncing" | "offline";

export interface CollabState {
  status: ConnectionStatus;
  /** Local edits made since the connection was last in sync. */
  pending: number;
  /** The IndexedDB copy has been loaded into the document. */
  cached: boolean;
  /** Whom the token was issued for (or the last known identity, offline). */
  identity: CollabIdentity | null;
  /** Why the session cannot connect, when it knows. */
  problem: string | null;
  /** Bumped on every document change, so views re-read the document. */
  version: number;
  /**
   * Why access ended for good (a revoked or expired briefing link, as `endReason` names it): the
   * session has disconnected and stopped renewing. Null while access lasts.
   */
  ended: string | null;
}

export interface CollabSessionOptions {
  boardId: string;
  fetchToken: () => Promise<CollabToken>;
  /** Renew this long before the token expires. */
  refreshMarginMs?: number;
  /**
   * Keep a copy of the document (IndexedDB) and the identity (localStorage) in this browser, for
   * offline use. Off for briefing-link guests: a revoked link leaves nothing of the board behind.
   */
  persist?: boolean;
  /** When access is known to end (a briefing link's expiry): a renewal is tried then. */
  accessEndsAt?: Date;
  /** A token refusal that will not change by retrying (a revoked link): its reason, else null. */
  endReason?: (error: unknown) => string | null;
}

export interface CollabSession {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  getState(): CollabState;
  subscribe(listener: () => void): () => void;
  destroy(): void;
}

const IDENTITY_KEY = (boardId: string) => `corridor-board:identity:${boardId}`;

function readCachedIdentity(boardId: string): CollabIdentity | null {
  try {
    const raw = window.localStorage.getItem(IDENTITY_KEY(boardId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<CollabIdentity>;
    if (typeof value.id !== "string" || typeof value.name !== "string") return null;
    if (value.role !== "owner" && value.role !== "editor" && value.role !== "viewer") return null;
    return { id: value.id, name: value.name, role: value.role };
  } catch {
    return null;
  }
}

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/**
 * The stock provider re-sends every awareness change it sees, other clients' included (echoes of
 * what the server just relayed, local timeouts). The collab server accepts a connection's own
 * client only and drops the rest, so send only this client's state: half the awareness traffic.
 */
function onlyOwnAwareness(provider: WebsocketProvider, clientId: number): void {
  const stock = provider._awarenessUpdateHandler;
  provider.awareness.off("update", stock);
  const own = (ids: number[]) => ids.filter((id) => id === clientId);
  const filtered = (changes: AwarenessChanges, origin: unknown) => {
    if (origin === provider) return;
    const mine = { added: own(changes.added), updated: own(changes.updated), removed: own(changes.removed) };
    if (mine.added.length + mine.updated.length + mine.removed.length > 0) stock(mine, origin);
  };
  provider._awarenessUpdateHandler = filtered;
  provider.awareness.on("update", filtered);
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function createCollabSession(options: CollabSessionOptions): CollabSession {
  const { boardId, fetchToken } = options;
  const refreshMarginMs = options.refreshMarginMs ?? 60_000;
  const persist = options.persist ?? true;
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const persistence = persist ? new IndexeddbPersistence(`corridor-board:${boardId}`, doc) : null;
  const listeners = new Set<() => void>();
  let provider: WebsocketProvider | null = null;
  // A guest (persist off) keeps nothing in the browser, the count included.
  const pendingStorage = persist ? browserStorage() : null;
  let pendingState: PendingState = readStoredPending(pendingStorage, boardId);
  let state: CollabState = { status: "syncing", pending: pendingState.pending, cached: false, identity: persist ? readCachedIdentity(boardId) : null, problem: null, version: 0, ended: null };
  let destroyed = false;
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  let retryDelay = 2_000;
  let migrated = false;

  const update = (patch: Partial<CollabState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };

  const pending = (event: PendingEvent) => {
    pendingState = reducePending(pendingState, event);
    if (pendingState.pending !== state.pending) {
      storePending(pendingStorage, boardId, pendingState);
      update({ pending: pendingState.pending });
    }
  };

  // Retrying after a failed attempt counts as offline (no flicker between "syncing" and "offline").
  const statusOf = (): ConnectionStatus => {
    if (!provider) return "offline";
    if (provider.wsconnected) return provider.synced ? "connected" : "syncing";
    return provider.wsconnecting && provider.wsUnsuccessfulReconnects === 0 ? "syncing" : "offline";
  };
  const refreshStatus = () => {
    const status = statusOf();
    if (status !== state.status) update({ status });
  };

  const onDocUpdate = (_update: Uint8Array, origin: unknown) => {
    const remote = (provider !== null && origin === provider) || (persistence !== null && origin === persistence);
    if (!remote) pending({ type: "local-update" });
    update({ version: state.version + 1 });
  };
  doc.on("update", onDocUpdate);

  void persistence?.whenSynced.then(() => {
    if (!destroyed) update({ cached: true });
  });

  // Renew before the token expires, or when access ends (whichever comes first): a renewal then
  // is refused, which ends the session (see `end`). setTimeout caps out at ~24.8 days.
  const scheduleRefresh = (expiresAt: Date) => {
    if (refreshTimer) clearTimeout(refreshTimer);
    const renewAt = Math.min(expiresAt.getTime() - refreshMarginMs, options.accessEndsAt?.getTime() ?? Infinity);
    const wait = Math.min(2_000_000_000, Math.max(5_000, renewAt - Date.now()));
    refreshTimer = setTimeout(() => void renew(), wait);
  };

  /** Access ended for good: disconnect, stop renewing, say why. The document stays on screen. */
  const end = (reason: string) => {
    if (refreshTimer) clearTimeout(refreshTimer);
    refreshTimer = null;
    if (provider) {
      removeAwarenessStates(awareness, [doc.clientID], "access-ended");
      provider.destroy();
      provider = null;
    }
    update({ ended: reason, problem: null, status: "offline" });
  };

  const onSync = (synced: boolean) => {
    pending({ type: synced ? "synced" : "unsynced" });
    if (synced && !migrated && state.identity?.role !== "viewer") {
      migrated = true;
      migrateBoardDoc(doc);
    }
    refreshStatus();
  };

  const connect = (token: CollabToken) => {
    if (provider) {
      // A new token is used on the next (re)connection; the open socket stays as it is.
      provider.params = { token: token.token };
      if (!provider.shouldConnect) provider.connect();
      return;
    }
    provider = new WebsocketProvider(token.url, boardId, doc, { params: { token: token.token }, awareness, maxBackoffTime: 5_000 });
    onlyOwnAwareness(provider, doc.clientID);
    provider.on("status", refreshStatus);
    provider.on("sync", onSync);
    provider.on("connection-close", () => {
      pending({ type: "unsynced" });
      refreshStatus();
    });
    // The server refused the socket for good (4400–4499: usually an expired token after a long
    // sleep): get a new token and connect again.
    provider.on("closed", () => {
      refreshStatus();
      void renew();
    });
    refreshStatus();
  };

  async function renew(): Promise<void> {
    if (destroyed || state.ended) return;
    try {
      const token = await fetchToken();
      if (destroyed) return;
      const identity = identityFromToken(token.token);
      if (identity && persist) {
        try {
          window.localStorage.setItem(IDENTITY_KEY(boardId), JSON.stringify(identity));
        } catch {
          // Private mode or full storage: the identity is only needed offline.
        }
      }
      retryDelay = 2_000;
      update({ identity: identity ?? state.identity, problem: null });
      connect(token);
      scheduleRefresh(token.expiresAt);
    } catch (error) {
      if (destroyed) return;
      const ended = options.endReason?.(error) ?? null;
      if (ended) {
        end(ended);
        return;
      }
      update({ problem: error instanceof Error ? error.message : "Cannot reach the server", status: provider ? statusOf() : "offline" });
      if (refreshTimer) clearTimeout(refreshTimer);
      refreshTimer = setTimeout(() => void renew(), retryDelay);
      retryDelay = Math.min(retryDelay * 2, 30_000);
    }
  }

  const onOnline = () => {
    if (state.ended) return;
    retryDelay = 2_000;
    if (!provider || !provider.shouldConnect) void renew();
  };
  window.addEventListener("online", onOnline);
  void renew();

  return {
    doc,
    awareness,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    destroy() {
      destroyed = true;
      if (refreshTimer) clearTimeout(refreshTimer);
      window.removeEventListener("online", onOnline);
      doc.off("update", onDocUpdate);
      removeAwarenessStates(awareness, [doc.clientID], "teardown");
      provider?.destroy();
      awareness.destroy();
      void persistence?.destroy();
      doc.destroy();
      listeners.clear();
    },
  };
}
