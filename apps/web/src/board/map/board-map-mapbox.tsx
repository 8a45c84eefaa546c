"use client";
// The board's map on mapbox-gl (react-map-gl's mapbox entry) with a Mapbox basemap, used only when
// a Mapbox public token was configured at build time; loaded lazily, and never part of a build
// without a token. The overlays and the co-editing layer are the same components as on MapLibre
// (./board-overlays.tsx). Over the Mapbox basemap it adds the country polygons the board needs
// (invisible fill for the "filter by country" click, the Central Asia outline).
//
// If the basemap cannot load (no network, a wrong or revoked token, a style that does not exist)
// the board falls back to the built-in MapLibre map with a notice saying why, so the analyst keeps
// every overlay; so does a basemap that has not loaded after STYLE_TIMEOUT_MS (a network that
// swallows requests never reports an error). Tile failures after the style loaded only show a notice.
import "mapbox-gl/dist/mapbox-gl.css";
import { useEffect, useRef, useState } from "react";
import { Map, NavigationControl, type ErrorEvent } from "react-map-gl/mapbox";
import { useT } from "~/i18n/provider";
import type { Theme } from "../theme";
import { COUNTRIES, IS_CENTRAL_ASIA, MAP_COLORS } from "./base-style";
import BoardMapMaplibre from "./board-map-maplibre";
import { BoardOverlays } from "./board-overlays";
import { mapboxKit } from "./kit-mapbox";
import { MapKitProvider } from "./map-kit";
import { MAP_VIEW_PROPS, MapNotice, MapTooltip, useBoardMap } from "./map-core";
import type { OverlayFonts } from "./overlays";

/** Fonts every Mapbox style's glyph server has (the built-in style's local fonts are not there). */
const MAPBOX_FONTS: OverlayFonts = {
  regular: ["DIN Pro Regular", "Arial Unicode MS Regular"],
  bold: ["DIN Pro Bold", "Arial Unicode MS Bold"],
};

const STYLE_TIMEOUT_MS = 15_000;

export default function BoardMapMapbox({ theme, token, styleUrl }: { theme: Theme; token: string; styleUrl: string }) {
  const t = useT();
  const [failure, setFailure] = useState<string | null>(null);
  if (failure !== null) {
    return <BoardMapMaplibre theme={theme} notice={t("board.map.mapboxFailed", { reason: failure })} />;
  }
  return <MapboxMap theme={theme} token={token} styleUrl={styleUrl} onStyleFailure={setFailure} />;
}

function MapboxMap(props: { theme: Theme; token: string; styleUrl: string; onStyleFailure: (message: string) => void }) {
  const t = useT();
  const { overlays, layers, state, hover, onRef, mapProps } = useBoardMap(props.theme, MAPBOX_FONTS);
  const loaded = useRef(false);
  const [tileProblem, setTileProblem] = useState(false);
  const c = MAP_COLORS[props.theme];
  const { onStyleFailure } = props;

  useEffect(() => {
    const timer = window.setTimeout(() => {
      if (!loaded.current) onStyleFailure(t("board.map.mapboxTimeout", { seconds: STYLE_TIMEOUT_MS / 1000 }));
    }, STYLE_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [onStyleFailure, t]);

  const onError = (event: ErrorEvent) => {
    const message = event.error.message || t("board.map.unknownError");
    // Before the first load the style itself failed: nothing of the basemap can show.
    if (!loaded.current) onStyleFailure(message);
    else setTileProblem(true);
  };

  return (
    <div className="map-canvas" data-map-state={state} data-testid="board-map" data-renderer="mapbox">
      <Map
        ref={onRef}
        mapboxAccessToken={props.token}
        mapStyle={props.styleUrl}
        projection="mercator"
        {...MAP_VIEW_PROPS}
        {...mapProps}
        onLoad={() => {
          loaded.current = true;
        }}
        onError={onError}
        style={{ position: "absolute", inset: 0 }}
      >
        <NavigationControl position="top-right" showCompass={false} />
        <MapKitProvider kit={mapboxKit}>
          <BasemapAdditions caBorder={c.caBorder} />
          <BoardOverlays overlays={overlays} layers={layers} />
        </MapKitProvider>
      </Map>
      <MapTooltip hover={hover} />
      {tileProblem ? <MapNotice text={t("board.map.mapboxTiles")} /> : null}
    </div>
  );
}

/** The countries the board's clicks and emphasis need, over the Mapbox basemap and under the overlays. */
function BasemapAdditions({ caBorder }: { caBorder: string }) {
  const { Source, Layer } = mapboxKit;
  return (
    <Source id="countries" type="geojson" data={COUNTRIES}>
      <Layer id="countries-fill" type="fill" paint={{ "fill-color": "#000000", "fill-opacity": 0 }} />
      <Layer id="central-asia-line" type="line" filter={IS_CENTRAL_ASIA} paint={{ "line-color": caBorder, "line-width": 1.4 }} />
    </Source>
  );
}
