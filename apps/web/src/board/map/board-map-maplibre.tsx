"use client";
// The board's map on MapLibre GL (react-map-gl's maplibre entry) with the built-in offline style:
// the default renderer, no account, no token, no network. Loaded lazily (lazyComponent, no SSR).
// Also the fallback of the Mapbox renderer when its basemap cannot load (then with a notice).
import "maplibre-gl/dist/maplibre-gl.css";
import { useMemo } from "react";
import { Map, NavigationControl } from "react-map-gl/maplibre";
import type { Theme } from "../theme";
import { baseStyle } from "./base-style";
import { BoardOverlays } from "./board-overlays";
import { maplibreKit } from "./kit-maplibre";
import { MapKitProvider } from "./map-kit";
import { MAP_VIEW_PROPS, MapNotice, MapTooltip, useBoardMap } from "./map-core";

export default function BoardMapMaplibre({ theme, notice }: { theme: Theme; notice?: string | undefined }) {
  const { overlays, layers, state, hover, onRef, mapProps } = useBoardMap(theme);
  const style = useMemo(() => baseStyle(theme), [theme]);
  return (
    <div className="map-canvas" data-map-state={state} data-testid="board-map" data-renderer="maplibre">
      <Map
        ref={onRef}
        mapStyle={style}
        attributionControl={false}
        {...MAP_VIEW_PROPS}
        {...mapProps}
        style={{ position: "absolute", inset: 0 }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <MapKitProvider kit={maplibreKit}>
          <BoardOverlays overlays={overlays} layers={layers} />
        </MapKitProvider>
      </Map>
      <MapTooltip hover={hover} />
      {notice ? <MapNotice text={notice} /> : null}
    </div>
  );
}
