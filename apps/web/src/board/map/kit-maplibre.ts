// The MapLibre entry's parts for the shared overlay tree (see ./map-kit.tsx).
import { Layer, Marker, Source, useMap } from "react-map-gl/maplibre";
import type { MapKit } from "./map-kit";

export const maplibreKit: MapKit = { Source, Layer, Marker, useMap };
