// The Mapbox entry's parts for the shared overlay tree (see ./map-kit.tsx). Only the Mapbox
// renderer imports this file, so mapbox-gl stays out of builds without a token.
import { Layer, Marker, Source, useMap } from "react-map-gl/mapbox";
import type { MapKit } from "./map-kit";

// The two entries' props describe the same style spec and the same map methods the overlays call
// (on, off, unproject, flyTo, getZoom), but mapbox-gl and maplibre-gl declare them as distinct
// types, so TypeScript cannot see they match.
export const mapboxKit = { Source, Layer, Marker, useMap } as unknown as MapKit;
