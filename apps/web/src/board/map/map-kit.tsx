"use client";
// The react-map-gl parts the overlay tree uses, from whichever entry point draws the map
// (react-map-gl/maplibre or react-map-gl/mapbox). Both entries take the same props and the same
// style-spec sources and layers, but each has its own map context: a Source or Marker must come from
// the entry that made the Map. The renderer provides its kit; the overlays and the co-editing layer
// are written once against it.
import { createContext, useContext, type ReactNode } from "react";
import type { Layer, Marker, Source, useMap } from "react-map-gl/maplibre";

/** Typed as the MapLibre entry's parts; the Mapbox kit supplies its own equivalents. */
export interface MapKit {
  Source: typeof Source;
  Layer: typeof Layer;
  Marker: typeof Marker;
  useMap: typeof useMap;
}

const MapKitContext = createContext<MapKit | null>(null);

export function MapKitProvider({ kit, children }: { kit: MapKit; children: ReactNode }) {
  return <MapKitContext.Provider value={kit}>{children}</MapKitContext.Provider>;
}

export function useMapKit(): MapKit {
  const kit = useContext(MapKitContext);
  if (!kit) throw new Error("useMapKit must be used inside a map renderer (MapKitProvider)");
  return kit;
}
