"use client";
// View state the co-editing widgets share on this client only (never in the document): the map's
// "add note" mode, the open note and a request to focus the map on a point.
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

export interface MapFocus {
  lonLat: [number, number];
  /** Changes on every request, so focusing the same note twice moves the map back to it. */
  nonce: number;
}

interface CoeditUi {
  addingNote: boolean;
  setAddingNote: (adding: boolean) => void;
  openNoteId: string | null;
  setOpenNoteId: (id: string | null) => void;
  focus: MapFocus | null;
  focusMap: (lonLat: [number, number]) => void;
}

const CoeditUiContext = createContext<CoeditUi | null>(null);

export function CoeditUiProvider({ children }: { children: ReactNode }) {
  const [addingNote, setAddingNote] = useState(false);
  const [openNoteId, setOpenNoteId] = useState<string | null>(null);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const value = useMemo(
    () => ({ addingNote, setAddingNote, openNoteId, setOpenNoteId, focus, focusMap: (lonLat: [number, number]) => setFocus({ lonLat, nonce: Date.now() }) }),
    [addingNote, openNoteId, focus],
  );
  return <CoeditUiContext.Provider value={value}>{children}</CoeditUiContext.Provider>;
}

export function useCoeditUi(): CoeditUi {
  const value = useContext(CoeditUiContext);
  if (!value) throw new Error("useCoeditUi must be used inside <CoeditUiProvider>");
  return value;
}
