"use client";
// The board page's live document: one collab session per mounted board (torn down on unmount), the
// typed BoardDoc over it once the assumption definitions are known, who is editing and whether
// they may. Widgets read it through useCollab(). The document code (./live-document.ts) is
// imported after mount, so it is not part of the board's first-load JS.
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import type * as Y from "yjs";
import type { Author, BoardDoc } from "@corridor/board-doc";
import type { AssumptionDefinition, ScenarioBase } from "@corridor/domain";
import { useT } from "~/i18n/provider";
import { useHydratedOrFetched } from "~/trpc/hydrated";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { briefingEndReason, type BriefingAccess } from "./briefing";
import type { CollabSession, CollabState } from "./collab-session";
import { colorForUser } from "./user-color";

export interface AssumptionDefinitionView extends AssumptionDefinition {
  name: string;
  unit: string;
  rationale: string;
}

export interface CollabContextValue {
  boardId: string;
  session: CollabSession;
  state: CollabState;
  boardDoc: BoardDoc | null;
  definitions: readonly AssumptionDefinitionView[];
  base: ScenarioBase | null;
  /** The signed-in user as the document records authors; null until the first token (or cached identity). */
  author: Author | null;
  color: string;
  readOnly: boolean;
  /** Shown beside every disabled editing control. */
  readOnlyReason: string | null;
  /**
   * This user's undo manager (their own changes only), shared by the toolbar's Undo/Redo and the
   * snapshot-restore notice, so both walk the same stack. Null until the document and user are known.
   */
  undoManager: Y.UndoManager | null;
  /** Set when the board is shown through a briefing link (read-only guest view). */
  briefing: BriefingAccess | null;
}

const CollabContext = createContext<CollabContextValue | null>(null);

/** A session with the BoardDoc class from the same lazily loaded module. */
interface LiveSession {
  session: CollabSession;
  BoardDoc: typeof BoardDoc;
}

function createSessionHolder() {
  let current: LiveSession | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: LiveSession | null) {
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const EMPTY_STATE: CollabState = { status: "syncing", pending: 0, cached: false, identity: null, problem: null, version: 0, ended: null };

/**
 * The live document of one board. With `briefing`, the session asks for its token with the
 * briefing link (a guest viewer of this board only), keeps nothing in the browser, and ends when
 * the link is revoked or expires.
 */
export function CollabProvider({ boardId, briefing, children }: { boardId: string; briefing?: BriefingAccess | undefined; children: ReactNode }) {
  const briefingToken = briefing?.token;
  const briefingEndsAt = briefing?.expiresAt?.getTime();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const t = useT();
  // Prefetched with the page (server/board-prefetch.ts); the same for the life of the board.
  const scenario = useHydratedOrFetched(trpc.scenario.base.queryOptions());

  // The session is an external resource: created after mount (it needs the browser), destroyed on
  // unmount; React reads the current one from a tiny store.
  const [holder] = useState(createSessionHolder);
  useEffect(() => {
    let cancelled = false;
    let created: CollabSession | null = null;
    void import("./live-document").then((live) => {
      if (cancelled) return;
      created = live.createCollabSession({
        boardId,
        fetchToken: () => client.collab.token.mutate(briefingToken ? { boardId, briefingToken } : { boardId }),
        ...(briefingToken
          ? { persist: false, endReason: briefingEndReason, ...(briefingEndsAt === undefined ? {} : { accessEndsAt: new Date(briefingEndsAt) }) }
          : {}),
      });
      holder.set({ session: created, BoardDoc: live.BoardDoc });
    });
    return () => {
      cancelled = true;
      holder.set(null);
      created?.destroy();
    };
  }, [boardId, briefingToken, briefingEndsAt, client, holder]);
  const live = useSyncExternalStore(holder.subscribe, holder.get, () => null);
  const session = live?.session ?? null;

  const state = useSyncExternalStore(
    (listener) => session?.subscribe(listener) ?? (() => {}),
    () => session?.getState() ?? EMPTY_STATE,
    () => EMPTY_STATE,
  );

  const identity = state.identity;
  useEffect(() => {
    if (!session || !identity) return;
    session.awareness.setLocalStateField("user", { id: identity.id, name: identity.name, color: colorForUser(identity.id) });
  }, [session, identity]);

  const definitions = scenario?.definitions;
  const boardDoc = useMemo(() => (live && definitions ? new live.BoardDoc(live.session.doc, { assumptions: definitions }) : null), [live, definitions]);

  const userId = identity?.id ?? null;
  const undoManager = useMemo(() => (boardDoc && userId ? boardDoc.undoManagerFor(userId) : null), [boardDoc, userId]);
  useEffect(() => () => undoManager?.destroy(), [undoManager]);

  // Before the session exists (server render, first client render) the board renders without it.
  if (!session) return <>{children}</>;
  const author = identity ? { id: identity.id, name: identity.name } : null;
  const readOnlyReason = briefing
    ? t("coedit.readOnly.briefing")
    : !identity
      ? t("coedit.readOnly.connecting")
      : identity.role === "viewer"
        ? t("coedit.readOnly.viewer")
        : null;

  const value: CollabContextValue = {
    boardId,
    session,
    state,
    boardDoc,
    definitions: definitions ?? [],
    base: scenario?.base ?? null,
    author,
    color: colorForUser(identity?.id ?? "anonymous"),
    readOnly: readOnlyReason !== null,
    readOnlyReason,
    undoManager,
    briefing: briefing ?? null,
  };
  return <CollabContext.Provider value={value}>{children}</CollabContext.Provider>;
}

/** The live document, or null before it exists (server render, first client render). */
export function useCollab(): CollabContextValue | null {
  return useContext(CollabContext);
}
