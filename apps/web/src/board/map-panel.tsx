"use client";
// The map's frame: a box of fixed size (no shift when the map arrives), the lazily loaded map in
// it, and a legend whose corridor entries are keyboard-operable toggles (the same selection as a
// click on the line). The renderer is MapLibre with the built-in style unless a Mapbox token was
// configured at build time (./map/renderer.ts).
import { useT } from "~/i18n/provider";
import { lazyComponent } from "~/lib/lazy-component";
import { useBoard } from "./board-context";
import { shortName } from "./derive";
import { mapboxConfig } from "./map/env";
import { chooseRenderer } from "./map/renderer";
import { corridorColor } from "./palette";
import type { Theme } from "./theme";

function MapLoading() {
  const t = useT();
  return <div className="map-loading">{t("board.map.loading")}</div>;
}
const loadingMap = () => <MapLoading />;
const MaplibreMap = lazyComponent(() => import("./map/board-map-maplibre").then((m) => m.default), { ssr: false, loading: loadingMap });
// The condition reads the inlined build-time value right here, so a build without a token drops
// this import() entirely: no mapbox-gl chunk exists in it (checked by e2e/tests/map-renderer.spec.ts).
// eslint-disable-next-line no-restricted-properties -- must be the inlined literal for dead-code elimination
const MapboxMap = process.env.NEXT_PUBLIC_MAPBOX_TOKEN ? lazyComponent(() => import("./map/board-map-mapbox").then((m) => m.default), { ssr: false, loading: loadingMap }) : null;

function BoardMap({ theme }: { theme: Theme }) {
  const renderer = chooseRenderer(mapboxConfig, theme);
  if (renderer.kind === "mapbox" && MapboxMap) return <MapboxMap theme={theme} token={renderer.token} styleUrl={renderer.styleUrl} />;
  return <MaplibreMap theme={theme} />;
}

export function MapPanel({ theme }: { theme: Theme | null }) {
  const t = useT();
  const { data, selection, dispatch, view } = useBoard();
  const unplaced = view.places.unplacedIds.length;
  return (
    <section className="map-card" aria-labelledby="map-title">
      <h2 id="map-title" className="visually-hidden">
        {t("board.map.title")}
      </h2>
      <div className="map-frame">
        {theme === null ? loadingMap() : <BoardMap theme={theme} />}
      </div>
      <div className="map-legend">
        <ul className="corridor-toggles" aria-label={t("board.map.corridors")}>
          {data.corridors.map((c, i) => (
            <li key={c.id}>
              <button
                type="button"
                className="corridor-toggle"
                aria-pressed={selection.corridor === c.id}
                onClick={() => dispatch({ type: "toggleCorridor", id: c.id })}
                data-corridor={c.id}
              >
                <span className="swatch" style={{ background: theme ? corridorColor(i, theme) : undefined }} aria-hidden="true" />
                {shortName(c)}
              </button>
            </li>
          ))}
        </ul>
        <p className="map-key">
          <span className="key-line" aria-hidden="true" /> {t("board.map.keyLand")} <span className="key-line key-sea" aria-hidden="true" />{" "}
          {t("board.map.keySea")}{" "}
          <span className="key-chk" aria-hidden="true">
            ▲
          </span>{" "}
          {t("board.map.keyChokepoint")} <span className="key-circle" aria-hidden="true" /> {t("board.map.keyCommitments")}{" "}
          <span className="key-dot" aria-hidden="true" /> {t("board.map.keyEvent")}
        </p>
        <p className="map-note">
          {t("board.map.note")}
          {unplaced > 0 ? ` ${t("board.map.unplaced", { count: unplaced })}` : ""} {t("board.map.noteEvents")}
        </p>
      </div>
    </section>
  );
}
