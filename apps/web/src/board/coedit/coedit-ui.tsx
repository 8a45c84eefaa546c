"use client";
// View state the co-editing widgets share on this client only (never in the document): the map's
// "add note" mode (on the map and on chart data), the open note and a request to focus the map on a
// point or a chart on a datum.
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { ChartName } from "../charts/datum-keys";

export interface MapFocus {
  lonLat: [number, number];
  /** Changes on every request, so focusing the same note twice moves the map back to it. */
  nonce: number;
}

export interface ChartFocus {
  chart: ChartName;
  key: string;
  nonce: number;
}

interface CoeditUi {
  addingNote: boolean;
  setAddingNote: (adding: boolean) => void;
  openNoteId: string | null;
  setOpenNoteId: (id: string | null) => void;
  focus: MapFocus | null;
  focusMap: (lonLat: [number, number]) => void;
  chartFocus: ChartFocus | null;
  focusChart: (chart: ChartName, key: string) => void;
}

const CoeditUiContext = createContext<CoeditUi | null>(null);

export function CoeditUiProvider({ children }: { children: ReactNode }) {
  const [addingNote, setAddingNote] = useState(false);
  const [openNoteId, setOpenNoteId] = useState<string | null>(null);
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const [chartFocus, setChartFocus] = useState<ChartFocus | null>(null);
  const value = useMemo(
    () => ({
      addingNote,
      setAddingNote,
      openNoteId,
      setOpenNoteId,
      focus,
      focusMap: (lonLat: [number, number]) => setFocus({ lonLat, nonce: Date.now() }),
      chartFocus,
      focusChart: (chart: ChartName, key: string) => setChartFocus({ chart, key, nonce: Date.now() }),
    }),
    [addingNote, openNoteId, focus, chartFocus],
  );
  return <CoeditUiContext.Provider value={value}>{children}</CoeditUiContext.Provider>;
}

export function useCoeditUi(): CoeditUi {
  const value = useContext(CoeditUiContext);
  if (!value) throw new Error("useCoeditUi must be used inside <CoeditUiProvider>");
  return value;
}
