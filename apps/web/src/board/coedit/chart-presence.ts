"use client";
// Other users' pointers over the charts, from awareness: each client publishes at most one chart
// cursor (field `chartCursor`) in that chart's data coordinates (charts/chart-points.ts), so it is
// drawn at the same value on every screen. Read per chart; malformed states are skipped.
import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { readChartCursor, type ChartCursor } from "../charts/chart-points";
import type { ChartName } from "../charts/datum-keys";
import { readPeers, type PresenceUser } from "./presence";

export const CHART_CURSOR_FIELD = "chartCursor";

export interface ChartPeer {
  clientId: number;
  user: PresenceUser;
  cursor: ChartCursor;
}

export function chartPeers(awareness: Awareness, chart: ChartName): ChartPeer[] {
  const states = awareness.getStates();
  return readPeers(awareness).flatMap((peer) => {
    if (peer.self) return [];
    const state = states.get(peer.clientId) as Record<string, unknown> | undefined;
    const cursor = readChartCursor(state?.[CHART_CURSOR_FIELD]);
    return cursor && cursor.chart === chart ? [{ clientId: peer.clientId, user: peer.user, cursor }] : [];
  });
}

/** This client's own chart cursor as last published (to clear it only if it is still this chart's). */
export function ownChartCursor(awareness: Awareness): ChartCursor | null {
  return readChartCursor((awareness.getLocalState() as Record<string, unknown> | null)?.[CHART_CURSOR_FIELD]);
}

export function useChartPeers(awareness: Awareness | null, chart: ChartName): ChartPeer[] {
  const [peers, setPeers] = useState<ChartPeer[]>([]);
  useEffect(() => {
    if (!awareness) return;
    // Awareness changes on every remote pointer move over any chart or the map: re-render this
    // chart's layer only when its own cursors changed.
    let last = "";
    const refresh = () => {
      const next = chartPeers(awareness, chart);
      const signature = JSON.stringify(next);
      if (signature === last) return;
      last = signature;
      setPeers(next);
    };
    refresh();
    awareness.on("change", refresh);
    return () => awareness.off("change", refresh);
  }, [awareness, chart]);
  return peers;
}
