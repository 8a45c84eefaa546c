"use client";
// The board's overlays inside whichever map draws them: one GeoJSON source per overlay, the style
// layers over them, the co-editing layer (cursors, notes) and the camera sync (saved views,
// presenting). Written once for both renderers.
import type { LayerSpecification } from "maplibre-gl";
import { CoeditMapLayer } from "../coedit/map-layer";
import { CameraSync } from "../views/camera-sync";
import { useMapKit } from "./map-kit";
import type { OverlayData } from "./overlays";
import { OVERLAY_SOURCES } from "./map-core";

export function BoardOverlays({ overlays, layers }: { overlays: OverlayData; layers: readonly LayerSpecification[] }) {
  const { Source, Layer } = useMapKit();
  return (
    <>
      {OVERLAY_SOURCES.map((id) => (
        <Source key={id} id={id} type="geojson" data={overlays[id]} />
      ))}
      {layers.map((layer) => (
        <Layer key={layer.id} {...layer} />
      ))}
      <CoeditMapLayer />
      <CameraSync />
    </>
  );
}
