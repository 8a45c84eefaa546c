"use client";
// The board's map with react-map-gl's MapLibre entry and the built-in offline style. Loaded lazily
// (next/dynamic, no SSR). Hover shows a tooltip; a click selects (corridor, country, event) or
// opens the item in the side panel. With ?e2e=1 the MapLibre instance is exposed for tests.
import "maplibre-gl/dist/maplibre-gl.css";
import { useMemo, useState } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { Layer, Map, NavigationControl, Source, type MapLayerMouseEvent, type MapRef } from "react-map-gl/maplibre";
import { formatMoney } from "~/lib/format";
import { useBoard } from "../board-context";
import type { Theme } from "../theme";
import { baseStyle } from "./base-style";
import { buildOverlays, INTERACTIVE_LAYERS, overlayLayers } from "./overlays";

declare global {
  interface Window {
    /** The MapLibre map, exposed only when the page runs with ?e2e=1 (tests and benchmarks). */
    __corridorMap?: MapLibreMap;
  }
}

interface Hover {
  x: number;
  y: number;
  title: string;
  lines: string[];
}

const INITIAL_VIEW = { bounds: [[22, 20], [112, 57]] as [[number, number], [number, number]], fitBoundsOptions: { padding: 16 } };

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function describe(feature: MapLayerMouseEvent["features"] extends (infer F)[] | undefined ? F : never): Omit<Hover, "x" | "y"> | null {
  const p = feature.properties ?? {};
  switch (feature.layer.id) {
    case "corridor-hit":
      return { title: text(p.name), lines: [`${text(p.leg)}${p.sea === true ? " · sea leg" : ""}`, "Click to select the corridor and filter the charts"] };
    case "waypoints":
      return { title: text(p.name), lines: [text(p.role)] };
    case "chokepoints":
      return { title: text(p.name), lines: [`Chokepoint or risk · ${text(p.type)}`, "Click for the risk and its sources"] };
    case "places": {
      const lines = [`${formatMoney(Number(p.totalEur), "EUR")} committed, ${text(p.count)} counted`];
      if (Number(p.nestedEur) > 0) lines.push(`${formatMoney(Number(p.nestedEur), "EUR")} inside a commitment counted elsewhere`);
      if (Number(p.sharedEur) > 0) lines.push(`${formatMoney(Number(p.sharedEur), "EUR")} shared with other countries`);
      lines.push("Click for the commitments and sources");
      return { title: text(p.place), lines };
    }
    case "events":
      return { title: text(p.title), lines: [`${text(p.date)} · ${text(p.lanes)}`, "Click to select the event"] };
    case "countries-fill":
      return { title: text(p.name), lines: ["Click to filter by this country"] };
    default:
      return null;
  }
}

export default function BoardMap({ theme }: { theme: Theme }) {
  const { data, view, selection, dispatch } = useBoard();
  const [hover, setHover] = useState<Hover | null>(null);
  const [state, setState] = useState<"loading" | "idle">("loading");
  const style = useMemo(() => baseStyle(theme), [theme]);
  const layers = useMemo(() => overlayLayers(theme), [theme]);
  const overlays = useMemo(
    () => buildOverlays({ corridors: data.corridors, view, selection, theme }),
    [data.corridors, view, selection, theme],
  );

  const onRef = (ref: MapRef | null) => {
    if (ref && new URLSearchParams(window.location.search).has("e2e")) window.__corridorMap = ref.getMap();
  };

  const onMove = (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    const described = feature ? describe(feature) : null;
    setHover(described ? { ...described, x: event.point.x, y: event.point.y } : null);
  };

  const onClick = (event: MapLayerMouseEvent) => {
    const feature = event.features?.[0];
    if (!feature) return;
    const p = feature.properties ?? {};
    switch (feature.layer.id) {
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

  return (
    <div className="map-canvas" data-map-state={state} data-testid="board-map">
      <Map
        ref={onRef}
        mapStyle={style}
        initialViewState={INITIAL_VIEW}
        minZoom={1.5}
        maxZoom={9}
        renderWorldCopies={false}
        attributionControl={false}
        dragRotate={false}
        pitchWithRotate={false}
        touchPitch={false}
        interactiveLayerIds={INTERACTIVE_LAYERS}
        cursor={hover ? "pointer" : "grab"}
        onMouseMove={onMove}
        onMouseLeave={() => setHover(null)}
        onClick={onClick}
        onIdle={() => {
          if (state === "idle") return;
          setState("idle");
          performance.mark("board:map-idle");
        }}
        style={{ position: "absolute", inset: 0 }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        {(["corridors", "waypoints", "chokepoints", "places", "events"] as const).map((id) => (
          <Source key={id} id={id} type="geojson" data={overlays[id]} />
        ))}
        {layers.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
      </Map>
      {hover ? (
        <div className="map-tooltip" role="status" style={{ left: hover.x + 14, top: hover.y + 14 }}>
          <strong>{hover.title}</strong>
          {hover.lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
        </div>
      ) : null}
    </div>
  );
}
