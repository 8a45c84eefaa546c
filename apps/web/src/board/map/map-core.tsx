"use client";
// What the board's map does, written once for both renderers (MapLibre by default, Mapbox with a
// token): the overlay data and layers, hover tooltips, what a click selects, the first-idle mark
// and the test hook. The renderer files only choose the map library and the basemap.
import { useMemo, useState } from "react";
import { useT } from "~/i18n/provider";
import type { Messages } from "~/i18n/messages/en";
import type { Translator } from "~/i18n/translate";
import { formatMoney } from "~/lib/format";
import { useBoard } from "../board-context";
import type { Theme } from "../theme";
import { buildOverlays, INTERACTIVE_LAYERS, LOCAL_FONTS, overlayLayers, type OverlayFonts } from "./overlays";

/** What the core reads of a map mouse event (the same in react-map-gl's MapLibre and Mapbox entries). */
export interface MapPointerEvent {
  point: { x: number; y: number };
  // mapbox-gl v3 may leave `layer` out (features of a source without a rendered layer).
  features?: { layer?: { id: string } | undefined; properties: Record<string, unknown> | null }[] | undefined;
}

/** The map instance as the test hook exposes it. */
export interface HookableMap {
  getMap(): unknown;
}

declare global {
  interface Window {
    /** The map library's map instance, exposed only when the page runs with ?e2e=1 (tests and benchmarks). */
    __corridorMap?: unknown;
  }
}

interface Hover {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function describe(feature: NonNullable<MapPointerEvent["features"]>[number], t: Translator<Messages>): Omit<Hover, "x" | "y"> | null {
  const p = feature.properties ?? {};
  const money = (value: unknown) => formatMoney(Number(value), "EUR", t.locale);
  switch (feature.layer?.id) {
    case "corridor-hit":
      return { title: text(p.name), lines: [`${text(p.leg)}${p.sea === true ? t("board.map.tipSeaLeg") : ""}`, t("board.map.tipCorridor")] };
    case "waypoints":
      return { title: text(p.name), lines: [text(p.role)] };
    case "chokepoints":
      return { title: text(p.name), lines: [t("board.map.tipChokepoint", { type: text(p.type) }), t("board.map.tipChokepointClick")] };
    case "places": {
      const lines = [t("board.map.tipCommitted", { amount: money(p.totalEur), count: text(p.count) })];
      if (Number(p.nestedEur) > 0) lines.push(t("board.map.tipNested", { amount: money(p.nestedEur) }));
      if (Number(p.sharedEur) > 0) lines.push(t("board.map.tipShared", { amount: money(p.sharedEur) }));
      lines.push(t("board.map.tipPlaceClick"));
      return { title: text(p.place), lines };
    }
    case "events":
      // The overlay already carries the date and lanes in the interface language (overlays.ts).
      return { title: text(p.title), lines: [`${text(p.date)} · ${text(p.lanes)}`, t("board.map.tipEventClick")] };
    case "countries-fill":
      return { title: text(p.name), lines: [t("board.map.tipCountry")] };
    default:
      return null;
  }
}

/** The default view: the corridors from the Black Sea to western China. */
export const INITIAL_VIEW = { bounds: [[22, 20], [112, 57]] as [[number, number], [number, number]], fitBoundsOptions: { padding: 16 } };

/** The view and interaction settings both renderers' maps share: a flat, north-up regional map. */
export const MAP_VIEW_PROPS = {
  initialViewState: INITIAL_VIEW,
  minZoom: 1.5,
  maxZoom: 9,
  renderWorldCopies: false,
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
} as const;

export function useBoardMap(theme: Theme, fonts: OverlayFonts = LOCAL_FONTS) {
  const t = useT();
  const { data, view, selection, dispatch } = useBoard();
  const [hover, setHover] = useState<Hover | null>(null);
  const [state, setState] = useState<"loading" | "idle">("loading");
  const layers = useMemo(() => overlayLayers(theme, fonts), [theme, fonts]);
  const overlays = useMemo(
    () => buildOverlays({ corridors: data.corridors, view, selection, theme, t }),
    [data.corridors, view, selection, theme, t],
  );

  const onRef = (ref: HookableMap | null) => {
    if (ref && new URLSearchParams(window.location.search).has("e2e")) window.__corridorMap = ref.getMap();
  };

  const onMouseMove = (event: MapPointerEvent) => {
    const feature = event.features?.[0];
    const described = feature ? describe(feature, t) : null;
    setHover(described ? { ...described, x: event.point.x, y: event.point.y } : null);
  };

  const onClick = (event: MapPointerEvent) => {
    const feature = event.features?.[0];
    if (!feature) return;
    const p = feature.properties ?? {};
    switch (feature.layer?.id) {
      case "corridor-hit":
        dispatch({ type: "toggleCorridor", id: text(p.corridorId) });
        break;
      case "waypoints":
        dispatch({ type: "openPanel", panel: { kind: "corridor", id: text(p.corridorId) } });
        break;
      case "chokepoints":
        dispatch({ type: "openPanel", panel: { kind: "chk", id: text(p.id) } });
        break;
      case "places":
        dispatch({ type: "openPanel", panel: { kind: "place", id: text(p.place) } });
        break;
      case "events":
        dispatch({ type: "toggleEvent", id: text(p.id) });
        break;
      case "countries-fill":
        dispatch({ type: "toggleCountry", country: text(p.name) });
        break;
    }
  };

  const onIdle = () => {
    if (state === "idle") return;
    setState("idle");
    performance.mark("board:map-idle");
  };

  return {
    overlays,
    layers,
    state,
    hover,
    onRef,
    mapProps: {
      interactiveLayerIds: INTERACTIVE_LAYERS,
      cursor: hover ? "pointer" : "grab",
      onMouseMove,
      onMouseLeave: () => setHover(null),
      onClick,
      onIdle,
    },
  };
}

export function MapTooltip({ hover }: { hover: Hover | null }) {
  if (!hover) return null;
  return (
    <div className="map-tooltip" role="status" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{hover.title}</strong>
      {hover.lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  );
}

/** The overlay sources, by id (the layers name them). */
export const OVERLAY_SOURCES = ["corridors", "waypoints", "chokepoints", "places", "events"] as const;

/** A visible note over the map about the basemap (e.g. Mapbox could not load, the built-in map is shown). */
export function MapNotice({ text }: { text: string }) {
  return (
    <p className="map-notice" role="status" data-testid="map-notice">
      {text}
    </p>
  );
}
