"use client";
// Presenting and following for the board's widgets: usePresentation() is null until the live
// document is there and the presenting code (presentation-engine.tsx) has loaded after it, so
// neither is part of the board's first-load JS.
import { createContext, useContext, useState, type ReactNode } from "react";
import { useCollab } from "../collab/collab-context";
import { lazyComponent } from "~/lib/lazy-component";
import type { FollowState, PresenterEntry } from "./presentation";

export interface PresentationValue {
  /** The one presenter (possibly this client), or null. */
  presenter: PresenterEntry | null;
  presentingSelf: boolean;
  /** Why this client may not present (guests and viewers), or null. */
  cannotPresent: string | null;
  follow: FollowState;
  /** How many clients follow this presenter (they say so in their awareness state). */
  followers: number;
  /** A refusal or an ending to tell the user about. */
  notice: string | null;
  start(): void;
  stop(): void;
  followPresenter(): void;
  stopFollowing(): void;
  dismissNotice(): void;
}

const PresentationContext = createContext<PresentationValue | null>(null);

const PresentationEngine = lazyComponent(() => import("./presentation-engine").then((m) => m.default), { ssr: false });

/** `autoFollow`: the shared screen, which follows whoever presents. */
export function PresentationProvider({ children, autoFollow = false }: { children: ReactNode; autoFollow?: boolean }) {
  const live = useCollab() !== null;
  const [value, setValue] = useState<PresentationValue | null>(null);
  return (
    <PresentationContext.Provider value={live ? value : null}>
      {live ? <PresentationEngine autoFollow={autoFollow} publish={setValue} /> : null}
      {children}
    </PresentationContext.Provider>
  );
}

/** Presenting and following, or null outside a live board (before the document connects). */
export function usePresentation(): PresentationValue | null {
  return useContext(PresentationContext);
}
