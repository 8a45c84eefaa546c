"use client";
// The board's map on MapLibre GL (react-map-gl's maplibre entry) with the built-in offline style:
// the default renderer, no account, no token, no network. Loaded lazily (next/dynamic, no SSR).
import "maplibre-gl/dist/maplibre-gl.css";
import { useMemo } from "react";
import { Layer, Map, NavigationControl, Source } from "react-map-gl/maplibre";
import { CoeditMapLayer } from "../coedit/map-layer";
import { CameraSync } from "../views/camera";
import type { Theme } from "../theme";
import { baseStyle } from "./base-style";
import { INITIAL_VIEW, MapTooltip, OVERLAY_SOURCES, useBoardMap } from "./map-core";

export default function BoardMap({ theme }: { theme: Theme }) {
  const { overlays, layers, state, hover, onRef, mapProps } = useBoardMap(theme);
  const style = useMemo(() => baseStyle(theme), [theme]);
  return (
    <div className="map-canvas" data-map-state={state} data-testid="board-map" data-renderer="maplibre">
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
        {...mapProps}
        style={{ position: "absolute", inset: 0 }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        {OVERLAY_SOURCES.map((id) => (
          <Source key={id} id={id} type="geojson" data={overlays[id]} />
        ))}
        {layers.map((layer) => (
          <Layer key={layer.id} {...layer} />
        ))}
        <CoeditMapLayer />
        <CameraSync />
      </Map>
      <MapTooltip hover={hover} />
    </div>
  );
}
