"use client";
// The board page's live document: one collab session per mounted board (torn down on unmount), the
// typed BoardDoc over it once the assumption definitions are known, who is editing and whether
// they may. Widgets read it through useCollab().
import { createContext, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from "react";
import { useQuery } from "@tanstack/react-query";
import type * as Y from "yjs";
import { BoardDoc, type Author } from "@corridor/board-doc";
import type { AssumptionDefinition, ScenarioBase } from "@corridor/domain";
import { useTRPC, useTRPCClient } from "~/trpc/react";
import { briefingEndReason, type BriefingAccess } from "./briefing";
import { createCollabSession, type CollabSession, type CollabState } from "./collab-session";
import { colorForUser } from "./identity";

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

function createSessionHolder() {
  let current: CollabSession | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: CollabSession | null) {
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

const BRIEFING_READ_ONLY = "This is a read-only briefing: the board is shown as its team edits it, and nothing can be changed here.";

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
  const scenario = useQuery({ ...trpc.scenario.base.queryOptions(), staleTime: Infinity });

  // The session is an external resource: created after mount (it needs the browser), destroyed on
  // unmount; React reads the current one from a tiny store.
  const [holder] = useState(createSessionHolder);
  useEffect(() => {
    const created = createCollabSession({
      boardId,
      fetchToken: () => client.collab.token.mutate(briefingToken ? { boardId, briefingToken } : { boardId }),
      ...(briefingToken
        ? { persist: false, endReason: briefingEndReason, ...(briefingEndsAt === undefined ? {} : { accessEndsAt: new Date(briefingEndsAt) }) }
        : {}),
    });
    holder.set(created);
    return () => {
      holder.set(null);
      created.destroy();
    };
  }, [boardId, briefingToken, briefingEndsAt, client, holder]);
  const session = useSyncExternalStore(holder.subscribe, holder.get, () => null);

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

  const definitions = scenario.data?.definitions;
  const boardDoc = useMemo(() => (session && definitions ? new BoardDoc(session.doc, { assumptions: definitions }) : null), [session, definitions]);

  const userId = identity?.id ?? null;
  const undoManager = useMemo(() => (boardDoc && userId ? boardDoc.undoManagerFor(userId) : null), [boardDoc, userId]);
  useEffect(() => () => undoManager?.destroy(), [undoManager]);

  // Before the session exists (server render, first client render) the board renders without it.
  if (!session) return <>{children}</>;
  const author = identity ? { id: identity.id, name: identity.name } : null;
  const readOnlyReason = briefing
    ? BRIEFING_READ_ONLY
    : !identity
    ? "Connecting: editing starts once the server confirms your access."
    : identity.role === "viewer"
      ? "You can view this board: only its editors and owners can change it. Ask the owner for an editor invitation."
      : null;

  const value: CollabContextValue = {
    boardId,
    session,
    state,
    boardDoc,
    definitions: definitions ?? [],
    base: scenario.data?.base ?? null,
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
